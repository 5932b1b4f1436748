/// The draft's fields, as validation messages and the composer name them.
public enum DraftField: String, Sendable, CaseIterable {
    case type, text, media, color, font, audience, voice, source, account
}

/// One thing wrong (or worth knowing) about a draft for one gateway. `message` is one line that
/// names the field, the value, the rule and the gateway, e.g.
/// `caption: 1,210 characters; Green API allows 1,024`.
public struct ValidationIssue: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public let severity: Severity
    public let field: DraftField
    public let message: String
    public let gateway: GatewayKind?

    public init(_ severity: Severity, _ field: DraftField, _ message: String, gateway: GatewayKind? = nil) {
        self.severity = severity
        self.field = field
        self.message = message
        self.gateway = gateway
    }

    public static func error(_ field: DraftField, _ message: String, gateway: GatewayKind? = nil) -> ValidationIssue {
        ValidationIssue(.error, field, message, gateway: gateway)
    }

    public static func warning(_ field: DraftField, _ message: String, gateway: GatewayKind? = nil) -> ValidationIssue {
        ValidationIssue(.warning, field, message, gateway: gateway)
    }

    public var isError: Bool { severity == .error }
    public var description: String { message }
}
