/// One thing wrong with one row of a plan: where, which column, the value, the rule it breaks
/// (with an example of what would do) and, when the rule is a gateway's, the gateway.
public struct PlanProblem: Sendable, Equatable, CustomStringConvertible {
    public let place: String
    public let column: String?
    public let value: String?
    public let rule: String
    public let gateway: String?

    public init(place: String, column: String? = nil, value: String? = nil, rule: String, gateway: String? = nil) {
        self.place = place
        self.column = column
        self.value = value
        self.rule = rule
        self.gateway = gateway
    }

    /// `row 7, color "#GG0000": not a colour; write #RRGGBB, e.g. #1E8449 (Z-API, account shop)`.
    public var description: String {
        var text = place
        if let column { text += ", " + column }
        if let value { text += " \"" + (value.count > 40 ? String(value.prefix(40)) + "…" : value) + "\"" }
        text += ": " + rule
        if let gateway { text += " (" + gateway + ")" }
        return text
    }
}

/// Every problem of a row or a plan, as one error.
public struct PlanProblems: Error, Sendable, Equatable {
    public let list: [PlanProblem]

    public init(_ list: [PlanProblem]) { self.list = list }
}
