/// The result of checking a draft for one gateway.
public struct DraftCheck: Sendable {
    public var issues: [ValidationIssue]
    /// Present when there is no error (warnings allowed) and the media is known: nil without an
    /// error while a local file's facts are still being read (`MediaError.notReadYet`).
    public var valid: ValidDraft?

    public var errors: [ValidationIssue] { issues.filter(\.isError) }
    public var warnings: [ValidationIssue] { issues.filter { !$0.isError } }
}

/// Checks a draft against one gateway's rules. The same rules run in `post` before anything is
/// sent and in the composer as the user types. Fields the kind does not use are ignored (the
/// composer keeps them while the user switches kinds).
public enum DraftValidator {
    /// Checks `draft` for `gateway`; the issues' messages are in `language`. `media` is the
    /// draft's media field already parsed (`MediaSource.parse`, or `MediaSource.resolve` with
    /// facts the caller read), when the caller has it: checking one draft for many accounts
    /// then reads a local file's size once, and the composer reads none itself. `facts` are what
    /// is known of the media's bytes or link (Media's inspector reads them): with them, the
    /// media checks (`MediaChecks`) run too.
    public static func check(
        _ draft: StatusDraft, for gateway: GatewayKind, account: Account? = nil, language: Language = .english,
        media parsed: Result<MediaSource, MediaError>? = nil, facts: MediaFacts? = nil
    ) -> DraftCheck {
        let adapter = gateway.adapter
        let caps = adapter.capabilities
        var issues: [ValidationIssue] = []
        func error(_ field: DraftField, _ phrase: ValidationPhrase) {
            issues.append(.error(field, phrase.text(language), gateway: gateway))
        }
        func warning(_ field: DraftField, _ phrase: ValidationPhrase) {
            issues.append(.warning(field, phrase.text(language), gateway: gateway))
        }

        guard caps.kinds.contains(draft.kind) else {
            let offered = StatusKind.allCases.filter(caps.kinds.contains)
            error(.type, .kindNotOffered(draft.kind, gateway, offered: offered))
            return DraftCheck(issues: issues, valid: nil)
        }

        // Text or caption.
        let length = draft.text.unicodeScalars.count
        // White_Space is the set Foundation trims as whitespacesAndNewlines; checked in place,
        // since this runs on every keystroke and trimming copies the whole text.
        if draft.kind == .text, draft.text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            error(.text, .textEmpty)
        } else if let limit = caps.limit(for: draft.kind), length > limit {
            error(.text, .textTooLong(draft.kind, length: length, limit: limit, gateway))
        } else if draft.kind == .text, caps.textLimit == nil, length > 650 {
            warning(.text, .textMayBeCut(length: length))
        }

        // Media.
        var media: MediaSource?
        var mediaUnknown = false
        if draft.kind.isMedia {
            if case .failure(.notReadYet)? = parsed, !draft.media.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                // Nothing to say until the file's facts arrive; not ready to post either.
                mediaUnknown = true
            } else {
                media = checkMedia(draft, parsed: parsed, caps: caps, gateway: gateway, account: account) { error($0, $1) }
                if let media, let facts {
                    let name = media.isLocal ? media.fileName ?? draft.media : draft.media.trimmingCharacters(in: .whitespacesAndNewlines)
                    issues += MediaChecks.issues(facts, media: media, kind: draft.kind, gateway: gateway, name: name, language: language)
                }
            }
        }

        // Background colour.
        var color: HexColor?
        let colorText = draft.color.trimmingCharacters(in: .whitespaces)
        if !colorText.isEmpty {
            if let parsed = HexColor(colorText) {
                if caps.colorKinds.contains(draft.kind) {
                    color = parsed
                    if draft.kind == .text, parsed.luminance > 0.7 {
                        warning(.color, .colorHardToRead(parsed))
                    }
                } else if draft.kind == .text || caps.colorKinds.isEmpty {
                    warning(.color, .colorNotTaken(parsed, gateway))
                }
            } else {
                error(.color, .colorInvalid(colorText))
            }
        } else if draft.kind == .text, caps.colorRequiredForText {
            error(.color, .colorRequired(gateway))
        }

        // Font (text statuses only).
        var fontWire: String?
        let fontText = draft.font.trimmingCharacters(in: .whitespaces)
        if draft.kind == .text {
            if !fontText.isEmpty {
                if let font = FontChoice(name: fontText) {
                    if caps.fonts.isEmpty {
                        warning(.font, .fontsNotTaken(font, gateway))
                    } else if let wire = caps.wireName(of: font) {
                        fontWire = wire
                    } else {
                        error(.font, .fontNotOffered(font, gateway, offered: caps.fonts.map(\.font)))
                    }
                } else {
                    error(.font, .fontUnknown(fontText))
                }
            } else if caps.fontRequiredForText {
                error(.font, .fontRequired(gateway, offered: caps.fonts.map(\.font)))
            }
        }

        // Audience.
        var audience: [AudienceMember] = []
        let entries = draft.audience.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        if !entries.isEmpty {
            if caps.audience {
                for entry in entries {
                    switch AudienceMember.parse(entry) {
                    case .success(let member): if !audience.contains(member) { audience.append(member) }
                    case .failure(let why): error(.audience, .audienceEntryInvalid(entry, why))
                    }
                }
            } else {
                error(.audience, .audienceNotTaken(count: entries.count, gateway))
            }
        }

        // Voice and source.
        if draft.kind == .audio, !draft.voice, !caps.voiceChoice {
            warning(.voice, .voiceAlwaysOn(gateway))
        }
        let source = draft.source.trimmingCharacters(in: .whitespaces)
        if !source.isEmpty, !caps.sourceTag {
            warning(.source, .sourceNotTaken(source, gateway))
        }

        let valid = ValidDraft(
            kind: draft.kind, text: draft.text, media: media, color: color, fontWireName: fontWire,
            audience: audience, voice: draft.voice,
            source: caps.sourceTag && !source.isEmpty ? source : nil
        )
        issues += adapter.extraIssues(for: valid, account: account, language: language)
        return DraftCheck(issues: issues, valid: mediaUnknown || issues.contains(where: \.isError) ? nil : valid)
    }

    private static func checkMedia(
        _ draft: StatusDraft, parsed: Result<MediaSource, MediaError>?, caps: GatewayCapabilities, gateway: GatewayKind, account: Account?,
        error: (DraftField, ValidationPhrase) -> Void
    ) -> MediaSource? {
        let raw = draft.media.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !raw.isEmpty else {
            error(.media, .mediaEmpty(draft.kind))
            return nil
        }
        let media: MediaSource
        switch parsed ?? MediaSource.parse(raw) {
        case .success(let parsed): media = parsed
        case .failure(let why):
            error(.media, .mediaUnusable(raw, why))
            return nil
        }
        if let detected = media.detectedKind, detected != draft.kind {
            error(.media, .mediaIsOtherKind(name: media.fileName ?? raw, detected: detected, chosen: draft.kind))
            return nil
        }
        let forms = caps.mediaForms[draft.kind] ?? []
        switch media {
        case .url:
            guard forms.contains(.link) else {
                error(.media, .mediaLinkNotTaken(draft.kind, gateway))
                return nil
            }
        case .file, .dataURI:
            guard forms.contains(.dataURI) || forms.contains(.rawBase64) || forms.contains(.upload) else {
                error(.media, .mediaLocalNotTaken(isFile: media.isFileForm, draft.kind, gateway))
                return nil
            }
            let inline = forms.contains(.dataURI) || forms.contains(.rawBase64)
            if !inline, let account, account.mediaURL == nil {
                error(.media, .mediaHostMissing(gateway, account: account.name))
                return nil
            }
        }
        if let bytes = media.byteCount {
            if draft.kind == .video, let max = caps.maxVideoBytes, bytes > max {
                error(.media, .videoTooLarge(bytes: bytes, max: max, gateway))
                return nil
            }
            if let max = caps.maxMediaBytes, bytes > max {
                error(.media, .mediaTooLarge(bytes: bytes, max: max, gateway))
                return nil
            }
            if bytes == 0 {
                error(.media, .mediaFileEmpty(name: media.fileName ?? raw))
                return nil
            }
        }
        return media
    }
}

extension MediaSource {
    var isFileForm: Bool {
        if case .file = self { return true }
        return false
    }
}

import Foundation
