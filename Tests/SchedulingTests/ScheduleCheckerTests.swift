import Foundation
import History
import Scheduling
import StatusKit
import XCTest

/// A request is checked as `post` checks a draft, against every account, plus the time rules;
/// every problem is returned at once and nothing is planned.
final class ScheduleCheckerTests: XCTestCase {
    let zone = ScheduleZone(TimeZone(identifier: "America/Sao_Paulo")!, origin: .config)
    let now = Date(timeIntervalSince1970: 1_796_295_600) // Thu 2026-12-03 08:00 in São Paulo

    private var accounts: [Account] {
        [
            Account(name: "shop", gateway: .zapi, baseURL: URL(string: "https://api.z-api.io")!, instance: "i", token: Secret("t1")),
            Account(name: "bakery", gateway: .greenAPI, baseURL: URL(string: "https://api.green-api.com")!, instance: "1101", token: Secret("t2")),
        ]
    }

    private func checker(slots: [String] = []) -> ScheduleChecker {
        ScheduleChecker(accounts: accounts, settings: ScheduleSettings(slots: slots.map { SlotTime.parse($0)! }), zone: zone)
    }

    private func problems(_ request: ScheduleRequest, slots: [String] = []) -> [ScheduleInputError] {
        guard case .failure(let failure) = checker(slots: slots).check(request, now: now) else { return [] }
        return failure.problems
    }

    func testAGoodRequestIsPlannedWithItsFirstTimeAndWallClock() throws {
        let request = ScheduleRequest(
            accounts: ["shop", "bakery"], draft: StatusDraft(kind: .text, text: "Café da manhã", color: "#1E8449"),
            when: .at(date: nil, hour: 11, minute: 30), repeatRule: .weekdays, until: LocalDate(year: 2026, month: 12, day: 31), jitter: 120)
        let plan = try checker().check(request, now: now).get()
        XCTAssertNil(plan.item.id)
        XCTAssertEqual(plan.item.accounts, ["shop", "bakery"])
        XCTAssertEqual(ScheduleTimeText(zone: zone.timeZone).iso(plan.item.next!), "2026-12-03T11:30:00-03:00")
        XCTAssertEqual([plan.item.hour, plan.item.minute], [11, 30])
        XCTAssertEqual(plan.item.repeatRule, "weekdays")
        XCTAssertEqual(plan.item.until, "2026-12-31")
        XCTAssertEqual(plan.item.zone, "America/Sao_Paulo")
        XCTAssertEqual(plan.item.jitter, 120)
    }

    func testEveryProblemIsReturnedAtOnceNamingFieldValueRuleAndExample() {
        let request = ScheduleRequest(
            accounts: ["shop", "nobody"], draft: StatusDraft(kind: .text, text: "Oferta", color: "#12"),
            when: .at(date: LocalDate(year: 2026, month: 12, day: 2), hour: 8, minute: 0), jitter: 4000)
        let found = problems(request)
        let byField = Dictionary(grouping: found, by: \.field)
        XCTAssertEqual(byField["account"]?.first?.value, "nobody")
        XCTAssertTrue(byField["account"]?.first?.rule.contains("accounts: shop, bakery") ?? false)
        let color = byField["color"]?.first
        XCTAssertEqual(color?.value, "#12")
        XCTAssertEqual(color?.gateway, .zapi)
        XCTAssertEqual(color?.account, "shop")
        XCTAssertTrue(color?.message().hasPrefix("shop (Z-API): color: ") ?? false, color?.message() ?? "")
        XCTAssertTrue(color?.example.contains("#1E8449") ?? false)
        XCTAssertEqual(byField["jitter"]?.first?.value, "4000")
        XCTAssertEqual(byField["at"]?.first?.value, "2026-12-02 08:00")
        XCTAssertTrue(found.allSatisfy { !$0.rule.isEmpty && !$0.example.isEmpty })
    }

    func testUntilBeforeTheFirstTimeAndWithoutARepeatIsRefused() {
        let draft = StatusDraft(kind: .text, text: "Oferta")
        let early = problems(ScheduleRequest(accounts: ["shop"], draft: draft, when: .at(date: nil, hour: 7, minute: 0), repeatRule: .daily,
                                              until: LocalDate(year: 2026, month: 12, day: 3)))
        XCTAssertEqual(early.map(\.field), ["until"])
        XCTAssertTrue(early[0].rule.contains("before the first time, 2026-12-04 07:00"), early[0].rule)
        let single = problems(ScheduleRequest(accounts: ["shop"], draft: draft, when: .after(seconds: 60), until: LocalDate(year: 2026, month: 12, day: 9)))
        XCTAssertEqual(single.map(\.field), ["until"])
    }

    func testNextSlotNeedsSlotsAndTakesTheEarliestFreeOne() throws {
        let draft = StatusDraft(kind: .text, text: "Oferta")
        let none = problems(ScheduleRequest(accounts: ["shop"], draft: draft, when: .nextSlot))
        XCTAssertEqual(none.map(\.field), ["next-slot"])
        XCTAssertTrue(none[0].rule.contains("no posting slots are set for shop"), none[0].rule)
        let request = ScheduleRequest(accounts: ["shop"], draft: draft, when: .nextSlot)
        let first = try checker(slots: ["08:00", "11:30"]).check(request, now: now).get().item
        XCTAssertEqual(ScheduleTimeText(zone: zone.timeZone).minute(first.next!), "2026-12-03 11:30")
        let second = try checker(slots: ["08:00", "11:30"]).check(request, existing: [first], now: now).get().item
        XCTAssertEqual(ScheduleTimeText(zone: zone.timeZone).minute(second.next!), "2026-12-04 08:00")
    }
}
