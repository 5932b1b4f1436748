import Foundation
import History
import Scheduling
import StatusKit

/// How `schedule list` and `schedule show` write an item: one line for people, one JSON object
/// for scripts, times in the schedule's zone.
struct ScheduleRows {
    let text: ScheduleTimeText
    let now: Date

    /// `#12  scheduled  Thu 3 Dec 08:00  daily  shop, bakery  text  Breakfast offer until…`
    func line(_ item: ScheduleListing) -> String {
        let next = item.next.map { text.short($0, now: now) } ?? "-"
        let columns = [
            "#\(item.id)", item.state.rawValue, next, item.repeatRule ?? "once", item.accounts.joined(separator: ", "),
            item.kind.rawValue, Self.start(of: item.text),
        ] + (item.campaign.map { ["[\($0)]"] } ?? [])
        return columns.joined(separator: "  ")
    }

    /// `{"id":12,"state":"scheduled","next":"2026-12-03T08:00:00-03:00","repeat":"daily","accounts":["shop"],"type":"text","text":"…"}`
    func json(_ item: ScheduleListing) -> JSONValue {
        .object(jsonFields(item))
    }

    func jsonFields(_ item: ScheduleListing) -> [(String, JSONValue)] {
        [
            ("id", .int(Int(item.id))), ("state", .string(item.state.rawValue)),
            ("next", item.next.map { .string(text.iso($0)) } ?? .null),
            ("repeat", item.repeatRule.map(JSONValue.string) ?? .null),
            ("accounts", .array(item.accounts.map(JSONValue.string))),
            ("type", .string(item.kind.rawValue)), ("text", .string(item.text)),
            ("campaign", item.campaign.map(JSONValue.string) ?? .null),
        ]
    }

    /// The first line of a text, at most 40 characters.
    static func start(of text: String) -> String {
        let line = text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
        return line.count > 40 || text.contains("\n") ? String(line.prefix(39)) + "…" : line
    }
}
