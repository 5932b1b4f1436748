import Foundation
import Scheduling
import StatusKit
import XCTest

/// Reading `--at`, `--in`, `--repeat` and the zone.
final class ScheduleInputTests: XCTestCase {
    func testAtTakesADateAndTimeOrATime() throws {
        XCTAssertEqual(try WhenSpec.parse(at: "2026-12-03 08:00"), .at(date: LocalDate(year: 2026, month: 12, day: 3), hour: 8, minute: 0))
        XCTAssertEqual(try WhenSpec.parse(at: "18:30"), .at(date: nil, hour: 18, minute: 30))
        for bad in ["25:00", "8h", "2026-02-30 08:00", "2026-12-03 8:0", "tomorrow", ""] {
            XCTAssertThrowsError(try WhenSpec.parse(at: bad), bad) { error in
                let problem = error as! ScheduleInputError
                XCTAssertEqual(problem.field, "at")
                XCTAssertEqual(problem.value, bad)
                XCTAssertTrue(problem.message().hasPrefix("--at: '\(bad)': "), problem.message())
                XCTAssertTrue(problem.example.contains("--at"), problem.example)
            }
        }
    }

    func testInTakesANumberAndAUnit() throws {
        XCTAssertEqual(try WhenSpec.parse(in: "90s"), .after(seconds: 90))
        XCTAssertEqual(try WhenSpec.parse(in: "30m"), .after(seconds: 1800))
        XCTAssertEqual(try WhenSpec.parse(in: "2h"), .after(seconds: 7200))
        XCTAssertEqual(try WhenSpec.parse(in: "1d"), .after(seconds: 86_400))
        for bad in ["0s", "-5m", "2w", "m", "400d", "99999999999999999999d"] {
            XCTAssertThrowsError(try WhenSpec.parse(in: bad), bad) { XCTAssertEqual(($0 as! ScheduleInputError).field, "in") }
        }
    }

    func testRepeatRulesReadAndWriteTheSameText() throws {
        for text in ["daily", "weekdays", "weekly:mon,thu"] {
            XCTAssertEqual(try RepeatRule.parse(text).description, text)
        }
        XCTAssertEqual(try RepeatRule.parse("weekly:thu,monday,thu"), .weekly([.mon, .thu]))
        XCTAssertFalse(RepeatRule.weekdays.includes(.sat))
        XCTAssertThrowsError(try RepeatRule.parse("weekly:mon,funday")) { error in
            XCTAssertTrue((error as! ScheduleInputError).rule.contains("'funday' is not a day"))
        }
        XCTAssertThrowsError(try RepeatRule.parse("hourly")) { XCTAssertEqual(($0 as! ScheduleInputError).field, "repeat") }
    }

    func testTheZoneIsTheConfigsElseTZElseTheMachines() throws {
        let machine = TimeZone(identifier: "Europe/Lisbon")!
        XCTAssertEqual(try ScheduleZone.resolve(configured: "America/Sao_Paulo", environment: ["TZ": "UTC"], machine: machine).identifier, "America/Sao_Paulo")
        XCTAssertEqual(try ScheduleZone.resolve(configured: nil, environment: ["TZ": ":America/New_York"], machine: machine).origin, .environment)
        XCTAssertEqual(try ScheduleZone.resolve(configured: nil, environment: ["TZ": "America/New_York"], machine: machine).identifier, "America/New_York")
        XCTAssertEqual(try ScheduleZone.resolve(configured: nil, environment: [:], machine: machine).identifier, "Europe/Lisbon")
        XCTAssertThrowsError(try ScheduleZone.resolve(configured: "America/Sao_Paolo", environment: [:], configPath: "/c.toml")) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("/c.toml: timezone: 'America/Sao_Paolo' is not an IANA time zone name"), text)
            XCTAssertTrue(text.contains("timezone = \"America/Sao_Paulo\""), text)
        }
        XCTAssertTrue(ScheduleSettings.timezoneProblem("america/sao_paulo")?.contains("did you mean \"America/Sao_Paulo\"") ?? false)
    }

    func testTimesAreWrittenInTheZoneWithItsOffset() {
        let text = ScheduleTimeText(zone: TimeZone(identifier: "America/Sao_Paulo")!)
        let instant = Date(timeIntervalSince1970: 1_796_295_600) // 2026-12-03 11:00 UTC
        XCTAssertEqual(text.iso(instant), "2026-12-03T08:00:00-03:00")
        XCTAssertEqual(text.minute(instant), "2026-12-03 08:00")
        XCTAssertEqual(text.short(instant, now: instant), "Thu 3 Dec 08:00")
    }
}
