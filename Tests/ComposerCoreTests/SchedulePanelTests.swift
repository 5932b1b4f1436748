import ComposerCore
import Foundation
import StatusKit
import TerminalCells
import XCTest

/// The Schedule panel in the pure state: Ctrl-T/F5 opens it and asks for the items, the agenda
/// groups them by day and by campaign with a progress bar, p pauses and resumes, x cancels after
/// y/n, a whole campaign is steered after y/n, and Enter loads an item so the next Ctrl-S
/// updates it.
final class SchedulePanelTests: XCTestCase {
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    static func items(now: Date) -> [ScheduleEntry] {
        let hour: TimeInterval = 3600
        return [
            ScheduleEntry(id: 12, accounts: ["loja", "shop"], draft: StatusDraft(kind: .text, text: "Café da manhã: pão na chapa"),
                          next: now.addingTimeInterval(3 * hour + 23 * 60 + 20), state: .scheduled, updatedAt: now),
            ScheduleEntry(id: 14, accounts: ["loja"], draft: StatusDraft(kind: .image, media: "https://cdn.example.com/almoco.jpg"),
                          next: now.addingTimeInterval(27 * hour), repeatRule: "daily", until: "2026-12-31", state: .paused, updatedAt: now),
            ScheduleEntry(id: 20, accounts: ["demo"], draft: StatusDraft(kind: .text, text: "Semana 1: segunda"), next: nil,
                          state: .posted, campaign: "semana", updatedAt: now.addingTimeInterval(-hour)),
            ScheduleEntry(id: 21, accounts: ["demo"], draft: StatusDraft(kind: .text, text: "Semana 1: terça"), next: nil,
                          state: .missed, campaign: "semana", updatedAt: now.addingTimeInterval(-hour / 2)),
            ScheduleEntry(id: 22, accounts: ["demo"], draft: StatusDraft(kind: .text, text: "Semana 1: quarta"),
                          next: now.addingTimeInterval(5 * hour), state: .scheduled, campaign: "semana", updatedAt: now),
            ScheduleEntry(id: 23, accounts: ["demo"], draft: StatusDraft(kind: .text, text: "Semana 1: quinta"),
                          next: now.addingTimeInterval(29 * hour), state: .scheduled, campaign: "semana", updatedAt: now),
        ]
    }

    /// A campaign's progress counts posted of the total, failed (unknown among them), missed and
    /// cancelled apart, and says each in its line.
    func testACampaignsProgressCountsEachOutcomeApart() {
        let states: [ScheduleEntry.State] = [.posted, .posted, .failed, .unknown, .missed, .cancelled, .scheduled, .paused]
        let items = states.enumerated().map { index, state in
            ScheduleEntry(id: Int64(index + 1), accounts: ["demo"], draft: StatusDraft(kind: .text, text: "\(index)"), next: nil,
                          state: state, campaign: "semana", updatedAt: now)
        }
        let progress = CampaignProgress(name: "semana", items: items)
        XCTAssertEqual([progress.total, progress.posted, progress.failed, progress.missed, progress.cancelled], [8, 2, 2, 1, 1])
        XCTAssertEqual(progress.scheduledIDs, [7])
        XCTAssertEqual(progress.pausedIDs, [8])
        XCTAssertEqual(UIText(.english).campaignLine(progress), "2/8 posted · 2 failed · 1 missed · 1 paused · 1 cancelled")
    }

    func openPanel(_ state: inout ComposerState, key: Key = .control("t")) {
        let effects = ComposerReducer.reduce(&state, .event(.key(key)), now: now)
        guard case .loadSchedule? = effects.first else { return XCTFail("opening reads the schedule: \(effects)") }
        XCTAssertEqual(state.overlay, .schedule)
        _ = ComposerReducer.reduce(&state, .scheduleLoaded(.success(Self.items(now: now))), now: now)
    }

    func state() -> ComposerState {
        var state = Fixture.state(selected: ["demo"])
        state.timeZone = TimeZone(identifier: "America/Sao_Paulo")!
        state.now = now
        return state
    }

    func testAgendaByDayWithCampaignProgress() {
        var state = state()
        XCTAssertTrue(KeyMap.standard.helpLines(UIText(.english)).contains { $0.0 == "Ctrl-T/F5" && $0.1.hasPrefix("schedule:") }, "the help names the key")
        openPanel(&state)
        let screen = state.screenText
        XCTAssertTrue(screen.contains("Schedule · by day; campaigns with their progress · no runner"), screen)
        let rows = state.screen
        func row(_ text: String) -> String { rows.first { $0.contains(text) } ?? "(no row with \(text))" }
        XCTAssertTrue(screen.contains("Single statuses"), screen)
        XCTAssertTrue(screen.contains(" Today, Wed 18 Nov"), screen)
        XCTAssertTrue(screen.contains(" Tomorrow, Thu 19 Nov"), screen)
        XCTAssertTrue(row("“Café").contains("› 11:30   in 3h 23m   loja, shop  text  “Café da manhã: pão na chapa”"), row("“Café"))
        XCTAssertTrue(row("“Café").hasSuffix("scheduled"), row("“Café"))
        XCTAssertTrue(row("almoco").contains("11:06 ↻ in 1d 03h"), row("almoco"))
        XCTAssertTrue(row("almoco").contains("paused"), row("almoco"))
        XCTAssertTrue(row("“semana”").contains("█"), row("“semana”"))
        XCTAssertTrue(row("“semana”").contains("1/4 posted · 1 missed"), row("“semana”"))
        XCTAssertTrue(row("segunda").contains("posted"), row("segunda"))
        XCTAssertTrue(row("terça").contains("missed"), row("terça"))
        XCTAssertTrue(screen.contains("#12 · loja, shop"), "the highlighted item's details under the list:\n\(screen)")
        XCTAssertTrue(screen.contains("p pause/resume"), "the footer shows the panel's keys:\n\(screen)")
        XCTAssertNil(ComposerInvariants.checkScreen(ComposerView.render(state), state: state))
    }

    func testF5OpensAndEscCloses() {
        var state = state()
        openPanel(&state, key: .function(5))
        state.send(.escape)
        XCTAssertEqual(state.overlay, .none)
    }

    func testPPausesAndResumesAnItemAtOnce() {
        var state = state()
        openPanel(&state)
        let pause = state.send(.character("p"))
        guard case .changeSchedule(let change)? = pause.first else { return XCTFail("\(pause)") }
        XCTAssertEqual(change, ScheduleItemsChange(.pause, ids: [12]))
        XCTAssertTrue(state.screenText.contains("changing…"), state.screenText)
        let reload = ComposerReducer.reduce(&state, .scheduleChangeFinished(change, .success(1)), now: now)
        guard case .loadSchedule? = reload.first else { return XCTFail("\(reload)") }
        XCTAssertEqual(state.notice, .info("Paused #12."))
        state.send(.down)
        guard case .changeSchedule(let resume)? = state.send(.character("p")).first else { return XCTFail() }
        XCTAssertEqual(resume, ScheduleItemsChange(.resume, ids: [14]))
    }

    func testXCancelsOnlyAfterYes() {
        var state = state()
        openPanel(&state)
        XCTAssertTrue(state.send(.character("x")).isEmpty, "x only asks")
        XCTAssertTrue(state.screenText.contains("Cancel this scheduled status?  y/Enter: yes · Esc: leave it — #12 Wed 18 Nov 11:30, loja, shop"), state.screenText)
        XCTAssertTrue(state.send(.escape).isEmpty)
        XCTAssertEqual(state.overlay, .schedule, "Esc answers the question and leaves the panel open")
        XCTAssertEqual(state.notice, .info("Nothing was changed."))
        state.send(.character("x"))
        guard case .changeSchedule(let change)? = state.send(.character("y")).first else { return XCTFail() }
        XCTAssertEqual(change, ScheduleItemsChange(.cancel, ids: [12]))
    }

    func testAFinishedItemIsNotPausedOrCancelled() {
        var state = state()
        openPanel(&state)
        state.send(.pageDown)
        state.send(.up, .up)
        XCTAssertEqual(state.schedule.selection, .item(21))
        XCTAssertTrue(state.send(.character("p")).isEmpty)
        XCTAssertEqual(state.notice?.kind, .error)
        XCTAssertTrue(state.send(.character("x")).isEmpty)
        XCTAssertNil(state.schedule.question)
    }

    func testAWholeCampaignIsPausedResumedAndCancelledAfterYes() {
        var state = state()
        openPanel(&state)
        state.send(.down, .down)
        XCTAssertEqual(state.schedule.selection, .campaign("semana"))
        XCTAssertTrue(state.send(.character("p")).isEmpty, "a campaign's pause asks first")
        XCTAssertTrue(state.screenText.contains("Pause campaign “semana” (2 items)?  y/Enter: yes · Esc: leave it"), state.screenText)
        guard case .changeSchedule(let pause)? = state.send(.enter).first else { return XCTFail() }
        XCTAssertEqual(pause, ScheduleItemsChange(.pause, ids: [22, 23], campaign: "semana"))
        _ = ComposerReducer.reduce(&state, .scheduleChangeFinished(pause, .success(2)), now: now)
        XCTAssertEqual(state.notice, .info("Paused 2 items of campaign “semana”."))

        var paused = Self.items(now: now)
        for index in paused.indices where [22, 23].contains(paused[index].id) { paused[index].state = ScheduleEntry.State.paused }
        _ = ComposerReducer.reduce(&state, .scheduleLoaded(.success(paused)), now: now)
        XCTAssertEqual(state.schedule.selection, .campaign("semana"), "the highlight stays on the campaign across a reload")
        state.send(.character("p"))
        guard case .changeSchedule(let resume)? = state.send(.character("y")).first else { return XCTFail() }
        XCTAssertEqual(resume, ScheduleItemsChange(.resume, ids: [22, 23], campaign: "semana"))
        state.send(.character("x"))
        XCTAssertTrue(state.screenText.contains("Cancel campaign “semana” (2 items not posted yet)?"), state.screenText)
        guard case .changeSchedule(let cancel)? = state.send(.character("y")).first else { return XCTFail() }
        XCTAssertEqual(cancel, ScheduleItemsChange(.cancel, ids: [22, 23], campaign: "semana"))
    }

    func testEnterLoadsAnItemAndTheNextScheduleUpdatesIt() {
        var state = state()
        openPanel(&state)
        state.send(.down)
        // Loading posts and stores nothing; the loaded form's media and accounts are looked at.
        let loading = state.send(.enter)
        XCTAssertTrue(loading.allSatisfy { effect in
            switch effect {
            case .readMediaFacts, .drawPreview, .checkHealth: true
            default: false
            }
        }, "loading sends nothing: \(loading)")
        XCTAssertEqual(state.overlay, .none)
        XCTAssertEqual(state.kind, .image)
        XCTAssertEqual(state.draft.media, "https://cdn.example.com/almoco.jpg")
        XCTAssertEqual(state.selected, ["loja"])
        XCTAssertEqual(state.when, .at)
        XCTAssertEqual(state.atTime.text, "2026-11-19 11:06")
        XCTAssertEqual(state.repeatChoice, .daily)
        XCTAssertEqual(state.until.text, "2026-12-31")
        XCTAssertEqual(state.editingSchedule, 14)
        XCTAssertTrue(state.screenText.contains("Ctrl-S/F2 updates #14"), state.screenText)
        guard case .checkSchedule(let order)? = state.send(.control("s")).first else { return XCTFail("Ctrl-S checks the update") }
        XCTAssertEqual(order.replacing, 14)
        XCTAssertEqual(order.repeatRule, "daily")
        _ = ComposerReducer.reduce(&state, .scheduleChecked(order, .success(SchedulePlan(first: now.addingTimeInterval(27 * 3600), zone: "America/Sao_Paulo", accounts: ["loja"]))), now: now)
        XCTAssertTrue(state.screenText.contains("Update #14 to Thu 19 Nov 11:06 (America/Sao_Paulo), then daily on 1 account?"), state.screenText)
        _ = state.send(.character("y"))
        var updated = Self.items(now: now)[1]
        updated.draft = order.draft
        _ = ComposerReducer.reduce(&state, .scheduleSaved(order, .success(updated)), now: now)
        XCTAssertNil(state.editingSchedule, "the next Ctrl-S adds a new item")
        XCTAssertTrue(state.screenText.contains("schedule #14 updated — Thu 19 Nov 11:06 (America/Sao_Paulo)"), state.screenText)
    }

    func testNewDraftForgetsTheLoadedItem() {
        var state = state()
        openPanel(&state)
        state.send(.enter)
        XCTAssertEqual(state.editingSchedule, 12)
        state.send(.control("n"))
        XCTAssertNil(state.editingSchedule)
    }

    func testUnreadableAndEmpty() {
        var state = state()
        _ = ComposerReducer.reduce(&state, .event(.key(.control("t"))), now: now)
        XCTAssertTrue(state.screenText.contains("Reading the schedule…"), state.screenText)
        _ = ComposerReducer.reduce(&state, .scheduleLoaded(.success([])), now: now)
        XCTAssertTrue(state.screenText.contains("Nothing is scheduled."), state.screenText)
        _ = ComposerReducer.reduce(&state, .scheduleLoaded(.failure(HistoryUnreadable("history.sqlite: disk I/O error"))), now: now)
        XCTAssertTrue(state.screenText.contains("The schedule cannot be read: history.sqlite: disk I/O error"), state.screenText)
    }
}
