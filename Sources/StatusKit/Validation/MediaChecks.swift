/// The checks made on what a media file is, once its facts are known (`MediaFacts.content` and
/// `.head`, read by the Media module): the composer shows them under the media field, and
/// `post` (and everything else that checks through `DraftValidator`) applies them. Warnings
/// tell what WhatsApp will do with the file; errors stop what would be accepted by the gateway
/// and never shown, or a link that is not the file.
enum MediaChecks {
    static func issues(
        _ facts: MediaFacts, media: MediaSource, kind: StatusKind, gateway: GatewayKind, name: String, language: Language
    ) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        func error(_ phrase: MediaCheckPhrase) { issues.append(.error(.media, phrase.text(language), gateway: gateway)) }
        func warning(_ phrase: MediaCheckPhrase) { issues.append(.warning(.media, phrase.text(language), gateway: gateway)) }

        if case .url = media, let head = facts.head {
            switch head {
            case .answered(let status, let type, _):
                let bare = type?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                if !(200..<300).contains(status) || bare == "text/html" || bare == "application/octet-stream" {
                    error(.linkRefused(link: name, status: status, contentType: bare))
                }
            case .unreachable(let why):
                warning(.linkUnreachable(link: name, why: why))
            }
        }

        guard let content = facts.content else { return issues }
        switch content {
        case .unrecognised(let why):
            warning(.unrecognised(name: name, why: why, kind))
        case .audio(let format, _) where kind != .audio:
            if gateway == .greenAPI {
                error(.audioAsMediaStatus(name: name, format: format, gateway))
            } else {
                warning(.contentIsOtherKind(name: name, what: "\(format) audio", chosen: kind))
            }
        case .image(let format, _, _) where kind != .image:
            warning(.contentIsOtherKind(name: name, what: "a \(format.rawValue) image", chosen: kind))
        case .video(let container, _, _, _, _) where kind != .video:
            warning(.contentIsOtherKind(name: name, what: "\(container) video", chosen: kind))
        case .image(let format, let width, let height):
            if format == .webp || format == .gif { warning(.imageFormatNotShown(name: name, format)) }
            if width > height { warning(.imageLandscape(name: name, width: width, height: height)) }
        case .video(let container, let codec, let seconds, _, _):
            if container != "MP4" {
                warning(.videoNotMP4(name: name, container: container))
            } else if let codec, codec != "avc1", codec != "avc3" {
                warning(.videoNotH264(name: name, codec: codec))
            }
            if let seconds, seconds > 60 { warning(.videoTooLong(name: name, seconds: seconds)) }
        case .audio:
            break
        }
        return issues
    }
}
