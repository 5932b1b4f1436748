import Foundation

/// How a scheduled status repeats: on every day, on Monday to Friday, or on named weekdays; at
/// the same wall-clock time each day it falls on. `until` (a `LocalDate`) is kept beside it.
public enum RepeatRule: Sendable, Hashable, CustomStringConvertible {
    case daily
    case weekdays
    /// The days, in week order, each once.
    case weekly([Weekday])

    /// `daily`, `weekdays` or `weekly:mon,thu`.
    public static func parse(_ text: String) throws(ScheduleInputError) -> RepeatRule {
        let lower = text.trimmingCharacters(in: .whitespaces).lowercased()
        if lower == "daily" { return .daily }
        if lower == "weekdays" { return .weekdays }
        if lower.hasPrefix("weekly:") {
            var days: [Weekday] = []
            for name in lower.dropFirst("weekly:".count).split(separator: ",", omittingEmptySubsequences: false) {
                let word = String(name)
                guard let day = Weekday(rawValue: word) ?? Weekday.allCases.first(where: { Self.fullNames[$0] == word }) else {
                    throw ScheduleInputError(
                        field: "repeat", value: text,
                        rule: "'\(name)' is not a day; name days by their first three letters (mon, tue, wed, thu, fri, sat, sun), separated by commas",
                        example: "--repeat weekly:mon,thu")
                }
                if !days.contains(day) { days.append(day) }
            }
            return .weekly(days.sorted())
        }
        throw ScheduleInputError(
            field: "repeat", value: text, rule: "give daily, weekdays (Monday to Friday) or weekly: with days",
            example: "--repeat daily, --repeat weekdays or --repeat weekly:mon,thu")
    }

    private static let fullNames: [Weekday: String] = [
        .mon: "monday", .tue: "tuesday", .wed: "wednesday", .thu: "thursday", .fri: "friday", .sat: "saturday", .sun: "sunday",
    ]

    /// Whether an occurrence falls on `day`.
    public func includes(_ day: Weekday) -> Bool {
        switch self {
        case .daily: true
        case .weekdays: !day.isWeekend
        case .weekly(let days): days.contains(day)
        }
    }

    public var description: String {
        switch self {
        case .daily: "daily"
        case .weekdays: "weekdays"
        case .weekly(let days): "weekly:" + days.map(\.rawValue).joined(separator: ",")
        }
    }
}
