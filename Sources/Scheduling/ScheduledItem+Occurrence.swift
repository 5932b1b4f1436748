import Foundation
import History

extension ScheduledItem {
    /// The occurrence after `due` by the item's repeat (in its zone, wall-clock time kept across
    /// daylight-saving changes), nil when it does not repeat or its `until` has passed.
    public func occurrence(after due: Date) -> Date? {
        guard let text = repeatRule, let rule = try? RepeatRule.parse(text), let timeZone = TimeZone(identifier: zone) else { return nil }
        return OccurrenceRules(zone: timeZone).occurrence(after: due, hour: hour, minute: minute, rule: rule, until: until.flatMap(LocalDate.parse))
    }
}
