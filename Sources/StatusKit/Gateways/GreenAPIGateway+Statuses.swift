import Foundation

/// Green API's record of what was really posted: `getOutgoingStatuses?minutes=N` (statuses of
/// the last N minutes, newest first) and `getSettings` (whether `outgoingWebhook` is on, which
/// that list needs). One request a second each.
extension GreenAPIGateway {
    public func settingsRequest(account: Account) -> GatewayRequest {
        .json(.GET, methodURL(account.baseURL, account, "getSettings"), nil, purpose: "ask the instance's settings")
    }

    /// `outgoingWebhook` is `"yes"`/`"no"`; nil when the answer does not say.
    public func outgoingWebhookOn(from response: GatewayResponse) -> Bool? {
        switch response.json["outgoingWebhook"].string {
        case "yes": true
        case "no": false
        default: nil
        }
    }

    public func outgoingStatusesRequest(account: Account, minutes: Int) -> GatewayRequest {
        let url = methodURL(account.baseURL, account, "getOutgoingStatuses").withQuery([("minutes", String(minutes))])
        return .json(.GET, url, nil, purpose: "list the statuses posted")
    }

    /// The listed statuses; nil when the answer is not a list.
    public func outgoingStatuses(from response: GatewayResponse) -> [OutgoingStatus]? {
        guard let items = response.json.items else { return nil }
        return items.compactMap { item in
            guard let id = item["idMessage"].string else { return nil }
            let extended = item["extendedTextMessage"]
            let text = extended["text"].string ?? item["textMessage"].string ?? item["caption"].string ?? ""
            return OutgoingStatus(
                id: id, typeMessage: item["typeMessage"].string ?? "", text: text,
                backgroundColor: extended["backgroundColor"].string ?? item["backgroundColor"].string,
                timestamp: item["timestamp"].int.map { Date(timeIntervalSince1970: TimeInterval($0)) },
                sendByApi: item["sendByApi"].bool, statusMessage: item["statusMessage"].string
            )
        }
    }
}

/// One status a gateway lists as posted by the account.
public struct OutgoingStatus: Sendable, Equatable {
    public let id: String
    /// `extendedTextMessage`, `imageMessage`, `videoMessage`, `audioMessage`.
    public let typeMessage: String
    /// The text, or a media status's caption.
    public let text: String
    public let backgroundColor: String?
    /// Green: the post's *last action* (a view, a delivery), not when it was sent.
    public let timestamp: Date?
    public let sendByApi: Bool?
    public let statusMessage: String?

    public init(id: String, typeMessage: String, text: String, backgroundColor: String?, timestamp: Date?, sendByApi: Bool?, statusMessage: String?) {
        self.id = id
        self.typeMessage = typeMessage
        self.text = text
        self.backgroundColor = backgroundColor
        self.timestamp = timestamp
        self.sendByApi = sendByApi
        self.statusMessage = statusMessage
    }

    /// The status kind the type names.
    public var kind: StatusKind? {
        switch typeMessage {
        case "extendedTextMessage", "textMessage": .text
        case "imageMessage": .image
        case "videoMessage": .video
        case "audioMessage": .audio
        default: nil
        }
    }
}
