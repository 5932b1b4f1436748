import Foundation

/// Green API: `{apiUrl}/waInstance{id}/{method}/{token}`, no auth header. `sendTextStatus`
/// (≤ 500 characters, colour, font enum, participants as `<digits>@c.us`), `sendMediaStatus`
/// (link + file name with extension, caption ≤ 1,024), `sendVoiceStatus` (.mp3/.wav). A local
/// file is first sent to `uploadFile` on the media host. Receipt: `idMessage`.
public struct GreenAPIGateway: GatewayAdapter {
    public init() {}
    public var kind: GatewayKind { .greenAPI }

    public var capabilities: GatewayCapabilities {
        GatewayCapabilities(
            kinds: [.text, .image, .video, .audio], textLimit: 500, captionLimit: 1024,
            colorKinds: [.text, .audio],
            fonts: [(.serif, "SERIF"), (.sansSerif, "SANS_SERIF"), (.norican, "NORICAN_REGULAR"),
                    (.bryndan, "BRYNDAN_WRITE"), (.oswald, "OSWALD_HEAVY")],
            audience: true,
            mediaForms: [.image: [.link, .upload], .video: [.link, .upload], .audio: [.link, .upload]],
            maxVideoBytes: nil, maxMediaBytes: 100 * 1024 * 1024, voiceChoice: false, sourceTag: false
        )
    }

    public func extraIssues(for draft: ValidDraft, account: Account?, language: Language) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if let media = draft.media {
            let fileName = media.fileName ?? ""
            let ext = PathText.pathExtension(fileName).lowercased()
            if ext.isEmpty {
                let phrase = ValidationPhrase.mediaNoExtension(fileName: fileName.isEmpty ? nil : fileName, kind)
                issues.append(.error(.media, phrase.text(language), gateway: kind))
            } else if draft.kind == .audio, ext != "mp3", ext != "wav" {
                issues.append(.error(.media, ValidationPhrase.audioFormatNotTaken(extension: ext, kind).text(language), gateway: kind))
            }
        }
        if draft.fontWireName == "NORICAN_REGULAR", draft.text.unicodeScalars.contains(where: { $0.properties.isAlphabetic && $0.value > 0x24F }) {
            issues.append(.warning(.font, ValidationPhrase.fontLatinOnly(.norican, kind).text(language), gateway: kind))
        }
        return issues
    }

    func methodURL(_ base: URL, _ account: Account, _ method: String) -> URL {
        base.appending(segments: ["waInstance" + account.instance, method, account.token.exposedValue])
    }

    public func uploadRequest(for draft: ValidDraft, account: Account) throws -> GatewayRequest? {
        guard let media = draft.media, media.isLocal else { return nil }
        guard let mediaURL = account.mediaURL else { throw RequestBuildError(.mediaURLNotSet) }
        let name = media.fileName ?? "status"
        return GatewayRequest(
            method: .POST, url: methodURL(mediaURL, account, "uploadFile"),
            headers: [("Content-Type", media.mimeType ?? "application/octet-stream"), ("GA-Filename", name)],
            payload: try MediaEncoding.bytes(media), bodyIsBinary: true, purpose: "upload the media"
        )
    }

    public func uploadedLink(from response: GatewayResponse) -> Result<String, GatewayFailure> {
        guard (200...299).contains(response.status) else { return .failure(Self.reading.failure(from: response)) }
        guard let link = response.json["urlFile"].string, !link.isEmpty else {
            return .failure(.unreadableAnswer(status: response.status, detail: .uploadAnswerLacks(field: "urlFile")))
        }
        return .success(link)
    }

    public func statusRequest(for draft: ValidDraft, account: Account, uploadedLink: String?) throws -> GatewayRequest {
        var fields: [(String, JSONValue)] = []
        let method: String
        switch draft.kind {
        case .text:
            method = "sendTextStatus"
            fields.append(("message", .string(draft.text)))
            if let color = draft.color { fields.append(("backgroundColor", .string(color.description))) }
            if let font = draft.fontWireName { fields.append(("font", .string(font))) }
        case .image, .video, .audio:
            guard let media = draft.media else { throw RequestBuildError(.noMedia) }
            method = draft.kind == .audio ? "sendVoiceStatus" : "sendMediaStatus"
            let link: String
            if case .url(let url) = media { link = url.absoluteString } else {
                guard let uploadedLink else { throw RequestBuildError(.uploadGaveNoLink) }
                link = uploadedLink
            }
            fields.append(("urlFile", .string(link)))
            fields.append(("fileName", .string(media.fileName ?? "status")))
            if draft.kind == .audio {
                if let color = draft.color { fields.append(("backgroundColor", .string(color.description))) }
            } else if !draft.text.isEmpty {
                fields.append(("caption", .string(draft.text)))
            }
        }
        if !draft.audience.isEmpty {
            fields.append(("participants", .array(draft.audience.map { .string($0.greenChatId) })))
        }
        return .postJSON(methodURL(account.baseURL, account, method), .object(fields), purpose: "post the status")
    }

    public func receipt(from response: GatewayResponse) -> Result<StatusReceipt, GatewayFailure> {
        Self.reading.receipt(from: response, idField: "idMessage") { json in (json["idMessage"].string, nil) }
    }

    public func deleteRequest(messageId: String, account: Account) -> GatewayRequest? {
        .postJSON(methodURL(account.baseURL, account, "deleteStatus"), .object([("idMessage", .string(messageId))]), purpose: "delete the status")
    }

    public func deleteResult(from response: GatewayResponse) -> Result<Void, GatewayFailure> {
        (200...299).contains(response.status) ? .success(()) : .failure(Self.reading.failure(from: response))
    }

    static let reading = AnswerReading(
        gateway: .greenAPI,
        errorText: { response in
            if response.isJSONContent {
                return response.json["message"].text ?? response.json["error"].text
                    ?? response.json["correspondentsStatus"]["description"].text
            }
            let text = String(decoding: response.body.prefix(300), as: UTF8.self)
            return text.contains("<") ? nil : text
        },
        hint: { status, text in
            let lower = text.lowercased()
            if lower.contains("not authorized") { return .greenNotLinked }
            if lower.contains("starting process") { return .greenStarting }
            if lower.contains("expired") { return .greenExpired }
            switch status {
            case 401: return .greenWrongToken
            case 403: return .greenWrongInstance
            case 404: return .greenUnknownPath
            case 429: return .greenRateLimit
            case 466: return .greenQuotaUsedUp
            case 502: return .greenGatewayFailed
            default: return nil
            }
        }
    )
}
