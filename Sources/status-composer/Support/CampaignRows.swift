import Campaigns
import Foundation
import History
import Scheduling
import StatusKit

/// How the campaign commands write a planned row and a campaign's counts: one line for people,
/// one JSON object for scripts, times in the schedule's zone.
struct CampaignRows {
    let text: ScheduleTimeText
    let now: Date

    /// The states counted for a campaign, in the order they are shown.
    static let states: [ScheduleState] = [.scheduled, .paused, .posting, .posted, .failed, .missed, .unknown, .cancelled]

    /// `row 2  Thu 3 Dec 08:00  weekdays  shop, bakery  text  Good morning!…`
    func line(_ planned: CampaignPlanner.PlannedRow) -> String {
        let item = planned.item
        let next = item.next.map { text.short($0, now: now) } ?? "-"
        return [
            planned.row.label, next, item.repeatRule ?? "once", item.accounts.joined(separator: ", "), item.draft.kind.rawValue,
            ScheduleRows.start(of: item.draft.text),
        ].joined(separator: "  ")
    }

    /// `{"row":2,"next":"…","repeat":"weekdays","accounts":["shop"],"type":"text","text":"…"}`
    func json(_ planned: CampaignPlanner.PlannedRow) -> JSONValue {
        let item = planned.item
        let place: (String, JSONValue) = switch planned.row.place {
        case .row(let number): ("row", .int(number))
        case .status(let number): ("status", .int(number))
        }
        return .object([
            place, ("next", item.next.map { .string(text.iso($0)) } ?? .null),
            ("repeat", item.repeatRule.map(JSONValue.string) ?? .null), ("accounts", .array(item.accounts.map(JSONValue.string))),
            ("type", .string(item.draft.kind.rawValue)), ("text", .string(item.draft.text)), ("jitter", .int(item.jitter)),
        ])
    }

    /// `scheduled 4 · posted 1 · failed 0 …` (states with none left out but posted and scheduled).
    static func counts(_ counts: [ScheduleState: Int]) -> String {
        states.filter { (counts[$0] ?? 0) > 0 || $0 == .scheduled || $0 == .posted }
            .map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: " · ")
    }

    /// `{"name":"semana","next":"…","scheduled":4,"paused":0,…}`
    func json(_ summary: ScheduleStore.CampaignSummary) -> JSONValue {
        .object([("name", .string(summary.name)), ("next", summary.next.map { .string(text.iso($0)) } ?? .null)]
            + Self.states.map { ($0.rawValue, .int(summary.counts[$0] ?? 0)) } + [("total", .int(summary.total))])
    }
}
