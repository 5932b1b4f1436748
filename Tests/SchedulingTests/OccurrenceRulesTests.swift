import Foundation
import Scheduling
import XCTest

/// The time rules in New York, where the clocks change: 2026-11-01 02:00 EDT falls back to
/// 01:00 EST (01:00–02:00 happens twice) and 2027-03-14 02:00 EST springs to 03:00 EDT
/// (02:00–03:00 does not exist). Every "now" is given: nothing waits for real time.
final class OccurrenceRulesTests: XCTestCase {
    let newYork = OccurrenceRules(zone: TimeZone(identifier: "America/New_York")!)

    /// `2027-03-14 07:00` read as UTC.
    private func utc(_ text: String) -> Date {
        let parts = text.split(separator: " ")
        let day = LocalDate.parse(String(parts[0]))!
        let clock = parts[1].split(separator: ":").map { Int($0)! }
        return OccurrenceRules(zone: TimeZone(identifier: "UTC")!).instant(on: day, hour: clock[0], minute: clock[1])
    }

    private func day(_ text: String) -> LocalDate { LocalDate.parse(text)! }

    func testADailyNineOClockStaysNineAcrossBothChanges() {
        // Spring: 09:00 EST is 14:00 UTC; after the change 09:00 EDT is 13:00 UTC.
        var due = utc("2027-03-13 14:00")
        due = newYork.occurrence(after: due, hour: 9, minute: 0, rule: .daily)!
        XCTAssertEqual(due, utc("2027-03-14 13:00"))
        XCTAssertEqual(newYork.occurrence(after: due, hour: 9, minute: 0, rule: .daily), utc("2027-03-15 13:00"))
        // Autumn: 09:00 EDT (13:00 UTC) then 09:00 EST (14:00 UTC).
        XCTAssertEqual(newYork.occurrence(after: utc("2026-10-31 13:00"), hour: 9, minute: 0, rule: .daily), utc("2026-11-01 14:00"))
        XCTAssertEqual(newYork.local(utc("2026-11-01 14:00")).hour, 9)
    }

    func testATimeInTheSpringGapMovesToTheFirstMinuteAfterIt() {
        // 02:30 does not exist on 14 March 2027: 03:00 EDT, the instant the clocks jumped.
        XCTAssertEqual(newYork.instant(on: day("2027-03-14"), hour: 2, minute: 30), utc("2027-03-14 07:00"))
        let local = newYork.local(utc("2027-03-14 07:00"))
        XCTAssertEqual([local.hour, local.minute], [3, 0])
        // A daily 02:30 goes back to 02:30 the day after.
        XCTAssertEqual(newYork.occurrence(after: utc("2027-03-13 07:30"), hour: 2, minute: 30, rule: .daily), utc("2027-03-14 07:00"))
        XCTAssertEqual(newYork.occurrence(after: utc("2027-03-14 07:00"), hour: 2, minute: 30, rule: .daily), utc("2027-03-15 06:30"))
    }

    func testAnAmbiguousTimeTakesTheFirstOccurrence() {
        // 01:30 on 1 November 2026 happens at 05:30 UTC (EDT) and again at 06:30 UTC (EST).
        XCTAssertEqual(newYork.instant(on: day("2026-11-01"), hour: 1, minute: 30), utc("2026-11-01 05:30"))
        // Posted at the first, the repeat does not post again at the second.
        XCTAssertEqual(newYork.occurrence(after: utc("2026-11-01 05:30"), hour: 1, minute: 30, rule: .daily), utc("2026-11-02 06:30"))
    }

    func testWeekdaysAndNamedDaysAcrossTheSpringChange() {
        // Friday 12 March 2027 09:00 EST; the next weekday is Monday 15 March, 09:00 EDT.
        XCTAssertEqual(newYork.occurrence(after: utc("2027-03-12 14:00"), hour: 9, minute: 0, rule: .weekdays), utc("2027-03-15 13:00"))
        let monThu = RepeatRule.weekly([.mon, .thu])
        XCTAssertEqual(newYork.occurrence(after: utc("2027-03-12 14:00"), hour: 9, minute: 0, rule: monThu), utc("2027-03-15 13:00"))
        XCTAssertEqual(newYork.occurrence(after: utc("2027-03-15 13:00"), hour: 9, minute: 0, rule: monThu), utc("2027-03-18 13:00"))
        XCTAssertEqual(day("2027-03-14").weekday, .sun)
    }

    func testNoOccurrenceAfterUntil() {
        XCTAssertEqual(newYork.occurrence(after: utc("2027-03-13 14:00"), hour: 9, minute: 0, rule: .daily, until: day("2027-03-14")), utc("2027-03-14 13:00"))
        XCTAssertNil(newYork.occurrence(after: utc("2027-03-14 13:00"), hour: 9, minute: 0, rule: .daily, until: day("2027-03-14")))
        XCTAssertNil(newYork.occurrence(after: utc("2027-03-12 14:00"), hour: 9, minute: 0, rule: .weekdays, until: day("2027-03-14")))
    }

    func testFirstTimes() throws {
        let now = utc("2027-03-10 15:00") // 10:00 EST
        XCTAssertEqual(try newYork.first(.after(seconds: 5400), rule: nil, now: now), now.addingTimeInterval(5400))
        // --at HH:MM: the next such time, today or tomorrow.
        XCTAssertEqual(try newYork.first(.at(date: nil, hour: 11, minute: 0), rule: nil, now: now), utc("2027-03-10 16:00"))
        XCTAssertEqual(try newYork.first(.at(date: nil, hour: 8, minute: 0), rule: nil, now: now), utc("2027-03-11 13:00"))
        XCTAssertEqual(try newYork.first(.at(date: nil, hour: 10, minute: 0), rule: nil, now: now), utc("2027-03-11 15:00"), "now itself is past")
        // With a repeat, the first time falls on a day of the rule: Saturday 13 → Monday 15.
        XCTAssertEqual(try newYork.first(.at(date: day("2027-03-13"), hour: 9, minute: 0), rule: .weekdays, now: now), utc("2027-03-15 13:00"))
        XCTAssertEqual(try newYork.first(.at(date: day("2027-03-14"), hour: 2, minute: 30), rule: nil, now: now), utc("2027-03-14 07:00"))
        XCTAssertNil(try newYork.first(.nextSlot, rule: nil, now: now))
    }

    func testAPastAtIsRefusedNamingTheFieldValueAndNow() {
        let now = utc("2027-03-10 15:00")
        XCTAssertThrowsError(try newYork.first(.at(date: day("2027-03-10"), hour: 9, minute: 59), rule: nil, now: now)) { error in
            let problem = error as! ScheduleInputError
            XCTAssertEqual(problem.field, "at")
            XCTAssertEqual(problem.value, "2027-03-10 09:59")
            XCTAssertTrue(problem.rule.contains("in the past") && problem.rule.contains("2027-03-10 10:00 in America/New_York"), problem.rule)
            XCTAssertEqual(problem.example, "--at \"2027-03-10 11:00\"")
        }
    }
}
