import Foundation
import History
import Scheduling
import StatusKit

/// A stored campaign written back as plan rows (`campaign export`): the items still to come
/// (scheduled or paused), each at its next time in the schedule's zone (the one `campaign
/// import` reads times in), with the draft as typed.
/// Importing the result gives the same plan; what was posted, missed or cancelled is left out,
/// since importing it again would post it again.
public enum PlanExport {
    public static func rows(_ items: [ScheduledItem], times: ScheduleTimeText) -> [[PlanColumn: String]] {
        items.filter { $0.state == .scheduled || $0.state == .paused }.map { row($0, times: times) }
    }

    public static func row(_ item: ScheduledItem, times: ScheduleTimeText) -> [PlanColumn: String] {
        var row: [PlanColumn: String] = [:]
        if let next = item.next { row[.when] = times.minute(next) }
        row[.accounts] = PlanValues.cell(item.accounts)
        let draft = item.draft
        row[.type] = draft.kind.rawValue
        func keep(_ column: PlanColumn, _ value: String) { if !value.isEmpty { row[column] = value } }
        keep(.text, draft.text)
        keep(.media, draft.media)
        keep(.color, draft.color)
        keep(.font, draft.font)
        keep(.to, PlanValues.numbersCell(draft.audience))
        keep(.source, draft.source)
        if draft.kind == .audio { row[.voice] = draft.voice ? "true" : "false" }
        if let rule = item.repeatRule { row[.repeat] = rule }
        if let until = item.until { row[.until] = until }
        if item.jitter != 0 { row[.jitter] = String(item.jitter) }
        return row
    }
}
