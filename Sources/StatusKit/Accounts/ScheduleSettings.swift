import Foundation
import TOMLKit

/// The schedule's settings at the top of the config: the zone times are read and shown in, and
/// the posting slots shared by every account (an `[[account]]` may have its own `slots`).
public struct ScheduleSettings: Sendable, Equatable {
    /// `timezone = "America/Sao_Paulo"`: an IANA name.
    public var timezone: String?
    /// `slots = ["08:00", "11:30", "18:00"]`.
    public var slots: [SlotTime]

    public init(timezone: String? = nil, slots: [SlotTime] = []) {
        self.timezone = timezone
        self.slots = slots
    }

    /// Why `name` is not a usable IANA zone name, with the fix; nil when it is one.
    public static func timezoneProblem(_ name: String) -> String? {
        if !name.isEmpty, TimeZone(identifier: name) != nil { return nil }
        let known = TimeZone.knownTimeZoneIdentifiers
        let lower = name.lowercased().replacingOccurrences(of: " ", with: "_")
        let suggestion = known.first { $0.lowercased() == lower }
            ?? known.first { $0.lowercased().hasSuffix("/" + (lower.split(separator: "/").last.map(String.init) ?? lower)) }
        let hint = suggestion.map { "did you mean \"\($0)\"? " } ?? ""
        return "timezone: '\(name)' is not an IANA time zone name; \(hint)write it as a region/city name, e.g. timezone = \"America/Sao_Paulo\" (the names are listed by timedatectl list-timezones)"
    }

    /// Reads `slots` from a table (the top level or an `[[account]]`); problems go to `problem`.
    static func readSlots(_ table: TOMLTable, problem: (String) -> Void) -> [SlotTime] {
        guard let value = table["slots"] else { return [] }
        let example = "e.g. slots = [\"08:00\", \"11:30\", \"18:00\"]"
        guard let list = value.array else {
            problem("slots: not a list of times; write them as \(example)")
            return []
        }
        var slots: [SlotTime] = []
        for item in list {
            guard let text = item.string, let slot = SlotTime.parse(text) else {
                problem("slots: '\(item.string ?? "\(item)")' is not a time of day HH:MM from 00:00 to 23:59; \(example)")
                continue
            }
            if !slots.contains(slot) { slots.append(slot) }
        }
        return slots.sorted()
    }
}
