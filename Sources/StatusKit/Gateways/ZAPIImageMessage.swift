import Foundation

/// Z-API's `/send-image`: an image to one chat or group (not a status), with an optional
/// reply, delay and view-once flag.
public struct ZAPIImageMessage: Sendable {
    public var phone: String
    public var image: String
    public var caption: String
    public var replyToMessageId: String
    public var delaySeconds: Int?
    public var viewOnce: Bool

    public init(phone: String, image: String, caption: String = "", replyToMessageId: String = "", delaySeconds: Int? = nil, viewOnce: Bool = false) {
        self.phone = phone
        self.image = image
        self.caption = caption
        self.replyToMessageId = replyToMessageId
        self.delaySeconds = delaySeconds
        self.viewOnce = viewOnce
    }

    /// Checks every field; the messages name the field, the value and Z-API's rule, in `language`.
    public func issues(language: Language = .english) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        func error(_ field: DraftField, _ phrase: ValidationPhrase) {
            issues.append(.error(field, phrase.text(language), gateway: .zapi))
        }
        if normalizedPhone == nil {
            error(.audience, .phoneInvalid(phone, .zapi))
        }
        switch MediaSource.parse(image) {
        case .failure(let why): error(.media, .imageUnusable(image, why))
        case .success(let media):
            if let kind = media.detectedKind, kind != .image {
                error(.media, .imageIsOtherKind(name: media.fileName ?? image, kind))
            } else if media.isLocal, media.mimeType == nil {
                error(.media, .imageTypeUnknown(image))
            }
        }
        if let delay = delaySeconds, !(1...15).contains(delay) {
            error(.text, .delayOutOfRange(seconds: delay, .zapi))
        }
        return issues
    }

    /// Digits only for a person, or a group id as Z-API writes it.
    public var normalizedPhone: String? {
        let trimmed = phone.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("-group") {
            let id = trimmed.dropLast(6)
            return !id.isEmpty && id.allSatisfy(\.isASCIIDigit) ? trimmed : nil
        }
        guard case .success(let member) = AudienceMember.parse(trimmed) else { return nil }
        return member.digits
    }

    public func request(account: Account) throws -> GatewayRequest {
        guard let phone = normalizedPhone, case .success(let media) = MediaSource.parse(image) else {
            throw RequestBuildError(.invalidMessage)
        }
        var fields: [(String, JSONValue)] = [("phone", .string(phone)), ("image", try MediaEncoding.dataURI(media))]
        if !caption.isEmpty { fields.append(("caption", .string(caption))) }
        if !replyToMessageId.isEmpty { fields.append(("messageId", .string(replyToMessageId))) }
        if let delaySeconds { fields.append(("delayMessage", .int(delaySeconds))) }
        if viewOnce { fields.append(("viewOnce", .bool(true))) }
        let gateway = ZAPIGateway()
        return .postJSON(gateway.methodURL(account, "send-image"), .object(fields), headers: gateway.headers(account), purpose: "send the image")
    }
}
