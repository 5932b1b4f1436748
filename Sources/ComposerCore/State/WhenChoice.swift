/// The form's When field: post now (the default), at a typed time, or in the next free slot.
public enum WhenChoice: String, Sendable, CaseIterable {
    case now, at, nextSlot
}

/// The form's Repeat field, shown when the status is scheduled.
public enum RepeatChoice: String, Sendable, CaseIterable {
    case once, daily, weekdays, weekly

    /// The choice of a stored rule ("daily", "weekdays", "weekly:mon,thu"; nil is once).
    public init(rule: String?) {
        self = rule.flatMap { RepeatChoice(rawValue: String($0.prefix { $0 != ":" })) } ?? .once
    }

    /// The days of a weekly rule (`mon,thu`), empty for the others.
    public static func days(of rule: String?) -> String {
        guard let rule, rule.hasPrefix("weekly:") else { return "" }
        return String(rule.dropFirst("weekly:".count))
    }

    /// The rule to store for this choice, with the days typed for a weekly one; nil for once.
    public func rule(days: String) -> String? {
        switch self {
        case .once: nil
        case .daily, .weekdays: rawValue
        case .weekly: "weekly:" + days.filter { !$0.isWhitespace }
        }
    }
}
