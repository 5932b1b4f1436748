import Foundation

/// When a scheduled status is due, in one zone: the first time for a `WhenSpec`, and each next
/// occurrence of a repeat at the same wall-clock time (09:00 stays 09:00 across daylight-saving
/// changes). A wall-clock time that does not exist that day (in the spring gap) moves to the
/// first minute after the gap; one that exists twice (in the autumn overlap) takes the first.
///
/// The zone's offsets come from Foundation's `TimeZone`; the gap and overlap are resolved here
/// because `Calendar`'s own choice for a skipped time is not the one the schedule promises.
public struct OccurrenceRules: Sendable {
    public let zone: TimeZone

    public init(zone: TimeZone) {
        self.zone = zone
    }

    /// The instant of `hour:minute` on `day` in the zone.
    public func instant(on day: LocalDate, hour: Int, minute: Int) -> Date {
        let local = day.midnightSeconds + hour * 3600 + minute * 60
        let offsets = Set([offset(at: local - 86_400), offset(at: local + 86_400)]).sorted(by: >)
        // The earliest valid reading first: the larger offset gives the earlier instant.
        for candidate in offsets.map({ local - $0 }) where offset(at: candidate) == local - candidate {
            return Date(timeIntervalSince1970: TimeInterval(candidate))
        }
        // In the gap: the instant the clocks jumped, between the reading with the offset after
        // the change (too early) and with the one before (too late).
        var low = local - (offsets.first ?? 0), high = local - (offsets.last ?? 0)
        let before = offset(at: low)
        while high - low > 1 {
            let middle = (low + high) / 2
            if offset(at: middle) == before { low = middle } else { high = middle }
        }
        return Date(timeIntervalSince1970: TimeInterval(high))
    }

    /// The day and wall-clock time of `date` in the zone.
    public func local(_ date: Date) -> (day: LocalDate, hour: Int, minute: Int) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let local = seconds + offset(at: seconds)
        let day = LocalDate(seconds: local)
        let intoDay = local - day.midnightSeconds
        return (day, intoDay / 3600, intoDay % 3600 / 60)
    }

    /// The first occurrence strictly after `instant` at `hour:minute` on a day the rule includes
    /// (every day without one), nil when it would fall after `until`.
    public func occurrence(after instant: Date, hour: Int, minute: Int, rule: RepeatRule?, until: LocalDate? = nil) -> Date? {
        var day = local(instant).day
        // A week and a day always hold a day the rule includes, and one after `instant`.
        for _ in 0..<9 {
            if let until, until < day { return nil }
            if rule?.includes(day.weekday) ?? true {
                let candidate = self.instant(on: day, hour: hour, minute: minute)
                if candidate > instant { return candidate }
            }
            day = day.adding(days: 1)
        }
        return nil
    }

    /// The first occurrence on `day` or later, on a day the rule includes.
    public func occurrence(onOrAfter day: LocalDate, hour: Int, minute: Int, rule: RepeatRule?) -> Date {
        var day = day
        for _ in 0..<7 where !(rule?.includes(day.weekday) ?? true) { day = day.adding(days: 1) }
        return instant(on: day, hour: hour, minute: minute)
    }

    /// The first time for `when` from `now` (nil for `.nextSlot`, which `SlotPicker` answers).
    /// A time on a given day that is not after `now` is refused.
    public func first(_ when: WhenSpec, rule: RepeatRule?, now: Date) throws(ScheduleInputError) -> Date? {
        switch when {
        case .nextSlot:
            return nil
        case .after(let seconds):
            let due = now.addingTimeInterval(TimeInterval(seconds))
            guard let rule else { return due }
            let wall = local(due)
            return occurrence(onOrAfter: wall.day, hour: wall.hour, minute: wall.minute, rule: rule)
        case .at(nil, let hour, let minute):
            return occurrence(after: now, hour: hour, minute: minute, rule: rule)!
        case .at(let day?, let hour, let minute):
            let due = occurrence(onOrAfter: day, hour: hour, minute: minute, rule: rule)
            guard due > now else {
                let wall = local(now)
                let example = ScheduleTimeText(zone: zone).minute(now.addingTimeInterval(3600))
                throw ScheduleInputError(
                    field: "at", value: "\(day) \(ScheduleTimeText.clock(hour, minute))",
                    rule: "is in the past (it is now \(wall.day) \(ScheduleTimeText.clock(wall.hour, wall.minute)) in \(zone.identifier))",
                    example: "--at \"\(example)\"")
            }
            return due
        }
    }

    func offset(at seconds: Int) -> Int {
        zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
