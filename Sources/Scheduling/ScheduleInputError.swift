import StatusKit

/// One problem with a schedule request: the field, the value given, the rule it breaks and an
/// example that keeps it; the gateway (and account) when it is a gateway's rule. The command
/// line names the field as its option (`--at`), a campaign import as its column.
public struct ScheduleInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The option without its dashes: `at`, `in`, `repeat`, `until`, `jitter`, `account`, or a
    /// draft field (`text`, `color`…).
    public let field: String
    public let value: String
    public let rule: String
    /// What to write instead, e.g. `--at "2026-12-03 08:00"`.
    public let example: String
    public let gateway: GatewayKind?
    public let account: String?
    /// The rule is a validator's message, which names the field and value itself
    /// (`color: '#12'; write six hex digits…`).
    public let ruleNamesField: Bool

    public init(
        field: String, value: String, rule: String, example: String, gateway: GatewayKind? = nil, account: String? = nil,
        ruleNamesField: Bool = false
    ) {
        self.field = field
        self.value = value
        self.rule = rule
        self.example = example
        self.gateway = gateway
        self.account = account
        self.ruleNamesField = ruleNamesField
    }

    /// One line: `--at: '2020-01-01 08:00': is in the past …; e.g. --at "2026-12-03 08:00"`,
    /// prefixed by the account and gateway for a gateway's rule. `fieldName` renders the field
    /// (the command line's `--at`, a column's name).
    public func message(fieldName: (String) -> String = { "--" + $0 }) -> String {
        let who = account.map { name in gateway.map { "\(name) (\($0.displayName)): " } ?? "\(name): " } ?? ""
        if ruleNamesField { return "\(who)\(rule); e.g. \(example)" }
        return "\(who)\(fieldName(field)): '\(value)': \(rule); e.g. \(example)"
    }

    public var description: String { message() }
}

/// Every problem a request has (at least one); nothing was stored.
public struct ScheduleCheckFailure: Error, Sendable, Equatable {
    public let problems: [ScheduleInputError]

    public init(_ problems: [ScheduleInputError]) { self.problems = problems }
}
