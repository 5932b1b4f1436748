import Foundation

/// What a gateway offers beyond posting — its connection state, its own number, who saw a
/// status — is not offered unless its adapter says otherwise.
extension GatewayAdapter {
    public func healthRequest(account: Account) -> GatewayRequest? { nil }
    public func health(from response: GatewayResponse) -> HealthReading { HealthReading(.unknown, response.snippet) }
    public func ownNumberRequest(account: Account) -> GatewayRequest? { nil }
    public func ownNumber(from response: GatewayResponse) -> AudienceMember? { nil }
    public func viewsRequest(messageId: String, account: Account) -> GatewayRequest? { nil }
    public func views(from response: GatewayResponse) -> StatusViews { .notOffered }
}

extension JSONReader {
    /// A JSON boolean (never a number or a string that looks like one).
    var bool: Bool? { root as? Bool }

    /// A JSON number as an integer.
    var int: Int? {
        if let value = root as? Int { return value }
        return (root as? Double).map { Int($0) }
    }

    /// The items of a JSON array, or nil when it is not one.
    var items: [JSONReader]? { (root as? [Any])?.map { JSONReader(value: $0) } }

    var isNull: Bool { root is NSNull }
}

extension AudienceMember {
    /// The number in the JID a gateway gives for the account itself: as `parse` reads it, once
    /// the linked device's suffix is dropped (`5511999999999:8@s.whatsapp.net`).
    static func owner(ofJID jid: String) -> AudienceMember? {
        let user = jid.prefix(while: { $0 != "@" }), domain = jid.drop(while: { $0 != "@" })
        return try? parse(String(user.split(separator: ":").first ?? user) + domain).get()
    }
}
