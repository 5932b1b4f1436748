import Foundation

/// Whether an account's gateway can publish now, in one of a few plain states, with the
/// gateway's own words beside it.
public enum HealthState: String, Sendable, CaseIterable, Codable {
    case connected
    case phoneOffline = "phone offline"
    /// No session: the QR code must be scanned in the gateway's panel.
    case notAuthorised = "not authorised"
    case blocked
    case starting
    /// The gateway refused the instance or token.
    case tokenRefused = "token refused"
    /// No answer: the network, the gateway's host, a timeout.
    case unreachable
    case unknown

    /// What to do about it, for people (the state's word stays what scripts read).
    public var advice: String? {
        switch self {
        case .connected, .unknown: nil
        case .phoneOffline: "the phone is off or offline; a status may wait until it is back"
        case .notAuthorised: "scan the QR code in the gateway's panel"
        case .blocked: "the number is blocked or restricted by WhatsApp"
        case .starting: "the instance is starting; try again in a minute"
        case .tokenRefused: "check the instance and token in the config"
        case .unreachable: "the gateway did not answer"
        }
    }
}

/// One answer to "is this account connected?".
public struct AccountHealth: Sendable, Equatable {
    public let accountName: String
    public let gateway: GatewayKind
    public let state: HealthState
    /// The gateway's own words (its state field, its error text), never a token.
    public let detail: String
    public let checkedAt: Date

    public init(accountName: String, gateway: GatewayKind, state: HealthState, detail: String, checkedAt: Date = Date()) {
        self.accountName = accountName
        self.gateway = gateway
        self.state = state
        self.detail = detail
        self.checkedAt = checkedAt
    }

    public var isConnected: Bool { state == .connected }

    /// The gateway said the account cannot publish now (phone offline, not authorised, blocked,
    /// starting): a post would be refused, or held and published hours later. When the state
    /// could not be asked (unreachable, unknown, a refused token) the post's own answer tells.
    public var saysNotConnected: Bool { [.phoneOffline, .notAuthorised, .blocked, .starting].contains(state) }

    /// `shop (Z-API): phone offline — connected: true, smartphoneConnected: false`
    public var line: String {
        var text = "\(accountName) (\(gateway.displayName)): \(state.rawValue)"
        if !detail.isEmpty { text += " — \(detail)" }
        if let advice = state.advice { text += " (\(advice))" }
        return text
    }

    /// `{"account","provider","state","detail"}`.
    public var json: JSONValue {
        .object([
            ("account", .string(accountName)), ("provider", .string(gateway.rawValue)),
            ("state", .string(state.rawValue)), ("detail", .string(detail)),
        ])
    }
}

/// What an adapter read from a health answer.
public struct HealthReading: Sendable, Equatable {
    public let state: HealthState
    public let detail: String

    public init(_ state: HealthState, _ detail: String) {
        self.state = state
        self.detail = detail
    }
}
