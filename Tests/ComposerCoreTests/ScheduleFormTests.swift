import ComposerCore
import Foundation
import StatusKit
import TerminalCells
import XCTest

/// Scheduling from the form, in the pure state: the When field, the order sent to the
/// schedule's checker, the question naming the time, the zone and the accounts, the problems
/// under their fields, the stored item in the log, and the header's runner.
final class ScheduleFormTests: XCTestCase {
    /// Wed 18 Nov 2026 08:06:40 in São Paulo (11:06:40 UTC).
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    /// Thu 19 Nov 2026 08:00 in São Paulo.
    let thursday8 = Date(timeIntervalSince1970: 1_795_086_000)
    let zone = TimeZone(identifier: "America/Sao_Paulo")!

    func state(_ language: Language = .english) -> ComposerState {
        var state = Fixture.state(selected: ["loja", "shop"], draft: StatusDraft(kind: .text, text: "Café da manhã: pão na chapa"), language: language)
        state.timeZone = zone
        state.now = now
        return state
    }

    /// Focus on When, one step right: "at a time"; then the time typed in At.
    func chooseAt(_ time: String, in state: inout ComposerState) {
        state.focus = .when
        _ = ComposerReducer.reduce(&state, .event(.key(.right)), now: now)
        XCTAssertEqual(state.when, .at)
        state.send(.tab)
        XCTAssertEqual(state.focus, .at)
        state.type(time)
    }

    func testWhenIsNowByDefaultAndCtrlSPostsAsBefore() {
        var state = state()
        XCTAssertEqual(state.when, .now)
        XCTAssertEqual(state.visibleFields.last, .when, "When shows on every form, after the status's fields")
        XCTAssertTrue(state.screenText.contains("When        ‹now›  at a time   next slot"), state.screenText)
        XCTAssertFalse(state.screen[0].contains("runner"), "no runner in the header while nothing is scheduled")
        state.send(.control("s"))
        XCTAssertEqual(state.overlay, .confirmPost)
    }

    func testSchedulingAsksTheCheckerThenConfirmsWithTimeZoneAndAccounts() throws {
        var state = state()
        chooseAt("08:00", in: &state)
        XCTAssertEqual(state.visibleFields.suffix(3), [.when, .at, .repeats])
        XCTAssertTrue(state.screenText.contains("no runner: scheduled posts will not go out until a runner starts"), state.screenText)
        let effects = state.send(.control("s"))
        guard case .checkSchedule(let order)? = effects.first else { return XCTFail("Ctrl-S asks the checker: \(effects)") }
        XCTAssertEqual(order, ScheduleOrder(accounts: ["loja", "shop"], draft: state.draft, when: .at, at: "08:00"))
        XCTAssertEqual(state.overlay, .none, "nothing is asked before the checker answers")

        _ = ComposerReducer.reduce(&state, .scheduleChecked(order, .success(SchedulePlan(first: thursday8, zone: "America/Sao_Paulo", accounts: ["loja", "shop"]))), now: now)
        XCTAssertEqual(state.overlay, .confirmSchedule)
        XCTAssertTrue(state.screenText.contains(" Schedule for Thu 19 Nov 08:00 (America/Sao_Paulo) on 2 accounts?  y/Enter: schedule · Esc: cancel —"), state.screenText)

        let saved = ComposerReducer.reduce(&state, .event(.key(.character("y"))), now: now)
        guard case .saveSchedule(let stored)? = saved.first else { return XCTFail("y stores the order: \(saved)") }
        XCTAssertEqual(stored, order)
        XCTAssertEqual(state.overlay, .none)

        let item = ScheduleEntry(id: 12, accounts: ["loja", "shop"], draft: order.draft, next: thursday8, state: .scheduled, updatedAt: now)
        let reload = ComposerReducer.reduce(&state, .scheduleSaved(order, .success(item)), now: now)
        guard case .loadSchedule? = reload.first else { return XCTFail("the agenda is read again: \(reload)") }
        let screen = state.screenText
        XCTAssertTrue(screen.contains("08:06:40 ⏱ loja (Green API): scheduled #12 for Thu 19 Nov 08:00 (America/Sao_Paulo)"), screen)
        XCTAssertTrue(screen.contains("08:06:40 ⏱ shop (Z-API): scheduled #12 for Thu 19 Nov 08:00 (America/Sao_Paulo)"), screen)
        XCTAssertTrue(screen.contains("Scheduled #12 for Thu 19 Nov 08:00 on 2 accounts."), screen)
        XCTAssertTrue(state.postsInFlight == 0, "a scheduled status is not in flight")
    }

    func testNoAnswerKeepsEverythingAndSaysNothingWasScheduled() {
        var state = state()
        chooseAt("08:00", in: &state)
        guard case .checkSchedule(let order)? = state.send(.control("s")).first else { return XCTFail() }
        _ = ComposerReducer.reduce(&state, .scheduleChecked(order, .success(SchedulePlan(first: thursday8, zone: "America/Sao_Paulo", accounts: order.accounts))), now: now)
        XCTAssertTrue(state.send(.escape).isEmpty)
        XCTAssertEqual(state.overlay, .none)
        XCTAssertEqual(state.notice, .info("Nothing was scheduled."))
    }

    func testRepeatAndUntilGoIntoTheOrder() {
        var state = state()
        chooseAt("2026-12-03 08:00", in: &state)
        state.send(.tab)
        XCTAssertEqual(state.focus, .repeats)
        state.send(.right, .right, .right)
        XCTAssertEqual(state.repeatChoice, .weekly)
        XCTAssertEqual(state.visibleFields.suffix(5), [.when, .at, .repeats, .days, .until])
        state.send(.tab)
        state.type("mon, thu")
        state.send(.tab)
        state.type("2026-12-31")
        guard case .checkSchedule(let order)? = state.send(.control("s")).first else { return XCTFail("Ctrl-S asks the checker") }
        XCTAssertEqual(order.at, "2026-12-03 08:00")
        XCTAssertEqual(order.repeatRule, "weekly:mon,thu")
        XCTAssertEqual(order.until, "2026-12-31")
        XCTAssertNil(order.replacing)
    }

    func testNextSlotNeedsNoTime() {
        var state = state()
        state.focus = .when
        state.send(.left)
        XCTAssertEqual(state.when, .nextSlot)
        XCTAssertFalse(state.visibleFields.contains(.at))
        guard case .checkSchedule(let order)? = state.send(.control("s")).first else { return XCTFail("Ctrl-S asks the checker") }
        XCTAssertEqual(order.when, .nextSlot)
        XCTAssertEqual(order.at, "")
    }

    func testProblemsShowUnderTheirFieldUntilTheFieldChanges() {
        var state = state()
        chooseAt("25:00", in: &state)
        state.focus = .text
        guard case .checkSchedule(let order)? = state.send(.control("s")).first else { return XCTFail() }
        let problem = "at: '25:00'; the hour is 00 to 23; e.g. --at 08:00 or --at \"2026-12-03 08:00\""
        _ = ComposerReducer.reduce(&state, .scheduleChecked(order, .failure(ScheduleProblems([ScheduleProblem(field: .at, message: problem)]))), now: now)
        XCTAssertEqual(state.overlay, .none)
        XCTAssertEqual(state.focus, .at, "the focus goes to the field with the problem")
        let rows = state.screen
        let field = rows.firstIndex { $0.contains("› At") } ?? -1
        XCTAssertTrue(rows.indices.contains(field + 1) && rows[field + 1].contains("✗ at: '25:00'; the hour is 00 to 23"), state.screenText)
        XCTAssertTrue(state.screenText.contains("Nothing was scheduled: fix the problem shown."), state.screenText)
        state.send(.backspace)
        XCTAssertTrue(state.scheduleProblems.isEmpty, "a changed time is not the one the checker refused")
    }

    /// What the checker finds on a form field (an account it does not know) shows under it too.
    func testACheckersProblemOnAnAccountShowsUnderAccounts() {
        var state = state()
        chooseAt("08:00", in: &state)
        guard case .checkSchedule(let order)? = state.send(.control("s")).first else { return XCTFail() }
        let problem = "account: 'shop' has no connection to schedule with"
        _ = ComposerReducer.reduce(&state, .scheduleChecked(order, .failure(ScheduleProblems([ScheduleProblem(field: .accounts, message: problem)]))), now: now)
        XCTAssertEqual(state.focus, .accounts)
        XCTAssertTrue(state.fieldNotes(for: .accounts).contains { $0.message == problem && $0.isError })
        XCTAssertTrue(state.screenText.contains("✗ account: 'shop' has no connection"), state.screenText)
        let chosen = state.selected
        state.send(.character(" "))
        XCTAssertNotEqual(state.selected, chosen)
        XCTAssertTrue(state.scheduleProblems.isEmpty, "other accounts are not what the checker refused")
    }

    /// A check answered after a panel was opened leaves the panel open and asks nothing.
    func testACheckAnsweredBehindAPanelDoesNotReplaceIt() {
        var state = state()
        chooseAt("08:00", in: &state)
        guard case .checkSchedule(let order)? = state.send(.control("s")).first else { return XCTFail() }
        state.send(.control("t"))
        XCTAssertEqual(state.overlay, .schedule)
        _ = ComposerReducer.reduce(&state, .scheduleChecked(order, .success(SchedulePlan(first: thursday8, zone: "UTC", accounts: order.accounts))), now: now)
        XCTAssertEqual(state.overlay, .schedule, "the panel stays")
        XCTAssertNil(state.pendingSchedule)
        XCTAssertEqual(state.notice?.text, "The form was checked while another view was open: nothing was scheduled; Ctrl-S/F2 asks again.")
    }

    /// A stored rule goes back to its choice and days, and is worded in the composer's language.
    func testARepeatRuleRoundTripsAndIsWorded() {
        for (choice, days) in [(RepeatChoice.once, ""), (.daily, ""), (.weekdays, ""), (.weekly, "mon,thu")] {
            let rule = choice.rule(days: days)
            XCTAssertEqual(RepeatChoice(rule: rule), choice)
            XCTAssertEqual(RepeatChoice.days(of: rule), days)
        }
        XCTAssertEqual(RepeatChoice.weekly.rule(days: "mon, thu"), "weekly:mon,thu")
        XCTAssertEqual(UIText(.portuguese).repeatRule("weekly:mon,thu"), "semanal mon,thu")
        XCTAssertEqual(UIText(.portuguese).repeatRule("daily"), "todo dia")
    }

    /// A post the composer's runner made shows in the log with its item and its campaign.
    func testARunnerPostInTheLogNamesItsItemAndCampaign() {
        var state = state()
        let outcome = PostOutcome(accountName: "loja", gateway: .zapi, result: .success(StatusReceipt(messageId: "msg-1", zaapId: "zaap-1", httpStatus: 200)))
        _ = ComposerReducer.reduce(&state, .scheduledPostFinished(scheduleId: 3, campaign: "semana", outcome: outcome), now: now)
        XCTAssertEqual(state.log.last?.scheduleId, 3)
        XCTAssertEqual(state.log.last?.campaign, "semana")
        XCTAssertTrue(state.screenText.contains("· scheduled #3 [semana]"), state.screenText)
    }

    func testAnAnswerForAnOlderFormIsDropped() {
        var state = state()
        chooseAt("08:00", in: &state)
        guard case .checkSchedule(let order)? = state.send(.control("s")).first else { return XCTFail() }
        state.type("9")
        guard case .checkSchedule? = state.send(.control("s")).first else { return XCTFail() }
        _ = ComposerReducer.reduce(&state, .scheduleChecked(order, .success(SchedulePlan(first: thursday8, zone: "UTC", accounts: order.accounts))), now: now)
        XCTAssertEqual(state.overlay, .none, "the question is about the form as it is now")
    }

    func testARefusedSaveShowsInTheLog() {
        var state = state()
        let order = ScheduleOrder(accounts: ["loja"], draft: state.draft, when: .at, at: "08:00")
        _ = ComposerReducer.reduce(&state, .scheduleSaved(order, .failure(ScheduleFailure("the history cannot be written (disk full)"))), now: now)
        XCTAssertTrue(state.screenText.contains("✗ loja (Green API): not scheduled: the history cannot be written (disk full)"), state.screenText)
    }

    func testHeaderNamesTheRunner() {
        var state = state()
        _ = ComposerReducer.reduce(&state, .scheduleRunnerChanged(.thisComposer), now: now)
        XCTAssertEqual(state.scheduleRunner, .thisComposer)
        XCTAssertTrue(state.screen[0].contains("runner: this composer"), state.screen[0])
        _ = ComposerReducer.reduce(&state, .scheduleRunnerChanged(.otherProcess(pid: 4242)), now: now)
        XCTAssertTrue(state.screen[0].contains("runner: `run` (pid 4242)"), state.screen[0])
        var portuguese = self.state(.portuguese)
        portuguese.when = .nextSlot
        XCTAssertTrue(portuguese.screen[0].contains("sem executor: as publicações agendadas não saem até um executor iniciar"), portuguese.screen[0])
    }

    func testAChangedScheduleIsReadAgain() {
        var state = state()
        let effects = ComposerReducer.reduce(&state, .scheduleChanged, now: now)
        guard case .loadSchedule? = effects.first else { return XCTFail("\(effects)") }
    }
}
