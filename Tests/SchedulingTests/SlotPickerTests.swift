import Foundation
import History
import Scheduling
import StatusKit
import XCTest

/// Posting slots as a queue: the earliest free slot at least a minute away.
final class SlotPickerTests: XCTestCase {
    let rules = OccurrenceRules(zone: TimeZone(identifier: "America/Sao_Paulo")!)
    let slots = ["08:00", "11:30", "18:00"].map { SlotTime.parse($0)! }

    private func account(_ name: String, slots: [String] = []) -> Account {
        var account = Account(name: name, gateway: .sandbox, baseURL: URL(string: "http://127.0.0.1:9")!, instance: name, token: Secret("t"))
        account.slots = slots.map { SlotTime.parse($0)! }
        return account
    }

    private func at(_ day: String, _ hour: Int, _ minute: Int) -> Date {
        rules.instant(on: LocalDate.parse(day)!, hour: hour, minute: minute)
    }

    private func held(_ next: Date, accounts: [String] = ["shop"], repeatRule: String? = nil, state: ScheduleState = .scheduled) -> ScheduledItem {
        let wall = rules.local(next)
        return ScheduledItem(
            createdAt: next, accounts: accounts, draft: StatusDraft(kind: .text, text: "x"), zone: "America/Sao_Paulo",
            hour: wall.hour, minute: wall.minute, repeatRule: repeatRule, next: next, state: state)
    }

    func testTheEarliestFreeSlotAtLeastAMinuteAway() {
        let now = at("2026-12-03", 11, 0)
        let empty = SlotPicker(accounts: [account("shop")], topLevel: slots, existing: [], rules: rules)
        XCTAssertEqual(empty.next(after: now), at("2026-12-03", 11, 30))
        XCTAssertEqual(empty.next(after: at("2026-12-03", 11, 29).addingTimeInterval(30)), at("2026-12-03", 18, 0), "30 s away is too soon")
        let taken = SlotPicker(accounts: [account("shop")], topLevel: slots, existing: [held(at("2026-12-03", 11, 30))], rules: rules)
        XCTAssertEqual(taken.next(after: now), at("2026-12-03", 18, 0))
        // Another account's item, a cancelled one: the slot is free for shop.
        let others = SlotPicker(
            accounts: [account("shop")], topLevel: slots,
            existing: [held(at("2026-12-03", 11, 30), accounts: ["bakery"]), held(at("2026-12-03", 18, 0), state: .cancelled)], rules: rules)
        XCTAssertEqual(others.next(after: now), at("2026-12-03", 11, 30))
    }

    func testARepeatHoldsItsSlotOnEveryDayItFallsOn() {
        let daily = held(at("2026-12-03", 8, 0), repeatRule: "daily")
        let picker = SlotPicker(accounts: [account("shop")], topLevel: [SlotTime.parse("08:00")!], existing: [daily], rules: rules)
        XCTAssertNil(picker.next(after: at("2026-12-03", 7, 0), horizon: 30))
        let ahead = picker.slotsAhead(days: 7, from: at("2026-12-03", 7, 0))
        XCTAssertEqual(ahead.count, 7)
        XCTAssertTrue(ahead.allSatisfy(\.taken))
    }

    func testAnAccountsOwnSlotsWinAndSeveralAccountsShareTheCommonOnes() {
        let now = at("2026-12-03", 7, 0)
        let own = SlotPicker(accounts: [account("shop", slots: ["09:15"])], topLevel: slots, existing: [], rules: rules)
        XCTAssertEqual(own.next(after: now), at("2026-12-03", 9, 15))
        XCTAssertEqual(SlotPicker.slots(for: [account("shop", slots: ["11:30", "18:00"]), account("bakery")], topLevel: slots).map(\.description), ["11:30", "18:00"])
    }

    func testFreeSlotsOfTheNextSevenDays() {
        let now = at("2026-12-03", 12, 0)
        let picker = SlotPicker(accounts: [account("shop")], topLevel: slots, existing: [held(at("2026-12-04", 8, 0))], rules: rules)
        let ahead = picker.slotsAhead(days: 7, from: now)
        XCTAssertEqual(ahead.count, 19, "today's 18:00 and three slots on each of six days")
        XCTAssertEqual(ahead.first?.time, at("2026-12-03", 18, 0))
        XCTAssertEqual(ahead.filter(\.taken).map(\.time), [at("2026-12-04", 8, 0)])
    }
}
