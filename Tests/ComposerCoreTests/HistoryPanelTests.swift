import ComposerCore
import Foundation
import StatusKit
import TerminalCells
import XCTest

/// The History panel in the pure state: opening asks for the journal, rows show the countdown,
/// Enter loads a status back, d asks before deleting, and answers land on the right row.
final class HistoryPanelTests: XCTestCase {
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    func statuses() -> [PostedStatus] {
        [
            PostedStatus(id: 7, accountName: "loja", gateway: .greenAPI, draft: StatusDraft(kind: .text, text: "Promo de sábado 🎉\nsó hoje", color: "#1E8449"),
                         postedAt: now.addingTimeInterval(-(47 * 60 + 30)), state: .live(messageId: "BAE5F4886B2A")),
            PostedStatus(id: 5, accountName: "shop", gateway: .zapi, draft: StatusDraft(kind: .image, media: "https://cdn.example.com/oferta.jpg"),
                         postedAt: now.addingTimeInterval(-3 * 3600), state: .unknownOutcome),
            PostedStatus(id: 3, accountName: "demo", gateway: .sandbox, draft: StatusDraft(kind: .text, text: "old"),
                         postedAt: now.addingTimeInterval(-20 * 3600), state: .deleted),
        ]
    }

    /// The panel open with the statuses loaded, at `now`.
    func openPanel(_ state: inout ComposerState) {
        let effects = ComposerReducer.reduce(&state, .event(.key(.control("r"))), now: now)
        guard case .loadHistory? = effects.first else { return XCTFail("opening reads the journal: \(effects)") }
        XCTAssertEqual(state.overlay, .history)
        XCTAssertTrue(state.history.loading)
        _ = ComposerReducer.reduce(&state, .historyLoaded(.success(statuses())), now: now)
    }

    func testOpensFromTheFooterKeyAndListsStatusesWithTimeLeft() {
        var state = Fixture.state(selected: ["loja"])
        XCTAssertTrue(state.screenText.contains("Ctrl-R/F3 history"), "the footer names the key:\n\(state.screenText)")
        openPanel(&state)
        let screen = state.screenText
        XCTAssertTrue(screen.contains("History · statuses of the last 24 hours"), screen)
        let rows = state.screen
        let live = rows.first { $0.contains("› ") && $0.contains("loja (Green API)") } ?? ""
        XCTAssertTrue(live.contains("text  “Promo de sábado 🎉 ⏎ só hoje”"), live)
        XCTAssertTrue(live.contains("23h 12m left"), live)
        XCTAssertTrue(screen.contains("shop (Z-API)  image  oferta.jpg"), screen)
        XCTAssertTrue(screen.contains("outcome unknown"), screen)
        XCTAssertTrue(screen.contains("deleted"), screen)
        XCTAssertTrue(screen.contains("idMessage BAE5F4886B2A"), "the highlighted status's id shows under the list:\n\(screen)")
        XCTAssertTrue(screen.contains("Enter load into the form"), "the footer shows the panel's keys:\n\(screen)")
        XCTAssertNil(ComposerInvariants.checkScreen(ComposerView.render(state), state: state))
    }

    func testCountdownFollowsTheClock() {
        var state = Fixture.state(selected: ["loja"])
        openPanel(&state)
        _ = ComposerReducer.reduce(&state, .tick, now: now.addingTimeInterval(3600))
        XCTAssertTrue(state.screenText.contains("22h 12m left"), state.screenText)
        _ = ComposerReducer.reduce(&state, .tick, now: now.addingTimeInterval(24 * 3600))
        XCTAssertTrue(state.screenText.contains("expired"), state.screenText)
    }

    func testEnterLoadsTheStatusBackWithoutSendingAnything() {
        var state = Fixture.state(selected: ["demo"], draft: StatusDraft(audience: ["5511999990001", "5511999990002"]))
        state.audienceCursor = 1
        state.type("half-typed")
        openPanel(&state)
        let effects = ComposerReducer.reduce(&state, .event(.key(.enter)), now: now)
        XCTAssertTrue(effects.isEmpty, "loading sends nothing")
        XCTAssertEqual(state.overlay, .none)
        XCTAssertEqual(state.draft.text, "Promo de sábado 🎉\nsó hoje")
        XCTAssertEqual(state.draft.color, "#1E8449")
        XCTAssertEqual(state.selected, ["demo"], "the chosen accounts stay as they were")
        XCTAssertEqual(state.focus, .text)
        XCTAssertNil(state.audienceCursor, "the highlighted number went with the old audience")
        XCTAssertTrue(state.screenText.contains("from loja (Green API) into the form; nothing was sent."), state.screenText)
    }

    func testDeleteAsksFirstThenSendsAndMarksTheRow() {
        var state = Fixture.state(selected: ["loja"])
        openPanel(&state)
        XCTAssertTrue(ComposerReducer.reduce(&state, .event(.key(.character("d"))), now: now).isEmpty, "d only asks")
        XCTAssertTrue(state.screenText.contains("Delete for everyone?  y/Enter: delete · Esc: keep it — the status of "), state.screenText)
        XCTAssertTrue(state.screenText.contains(" from loja (Green API)"), state.screenText)
        let effects = ComposerReducer.reduce(&state, .event(.key(.character("y"))), now: now)
        guard case .deleteStatus(let status)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(status.messageId, "BAE5F4886B2A")
        XCTAssertTrue(state.screenText.contains("deleting…"), state.screenText)
        _ = ComposerReducer.reduce(&state, .deleteFinished(attemptID: 7, result: .success(())), now: now)
        XCTAssertEqual(state.history.items[0].state, .deleted)
        XCTAssertTrue(state.screenText.contains("Deleted from loja (Green API)."), state.screenText)
        _ = ComposerReducer.reduce(&state, .event(.key(.character("d"))), now: now)
        XCTAssertEqual(state.notice?.text, "That status was already deleted.")
    }

    func testShiftDDeletesThePostFromEveryAccountItWentTo() {
        var state = Fixture.state(selected: ["loja"], size: (160, 30))
        _ = ComposerReducer.reduce(&state, .event(.key(.control("r"))), now: now)
        let at = now.addingTimeInterval(-600)
        let post = StatusDraft(kind: .text, text: "Preço errado")
        _ = ComposerReducer.reduce(&state, .historyLoaded(.success([
            PostedStatus(id: 12, accountName: "loja", gateway: .greenAPI, draft: post, postedAt: at, state: .live(messageId: "G1"), batch: "b1"),
            PostedStatus(id: 11, accountName: "shop", gateway: .zapi, draft: post, postedAt: at, state: .live(messageId: "Z1"), batch: "b1"),
            PostedStatus(id: 10, accountName: "evo", gateway: .evolution, draft: post, postedAt: at, state: .deleted, batch: "b1"),
            PostedStatus(id: 9, accountName: "demo", gateway: .sandbox, draft: post, postedAt: at, state: .live(messageId: "S1"), batch: "other"),
        ])), now: now)
        XCTAssertTrue(ComposerReducer.reduce(&state, .event(.key(.character("D"))), now: now).isEmpty, "D only asks")
        XCTAssertTrue(state.screenText.contains("Delete for everyone, from all 2 accounts?  y/Enter: delete · Esc: keep them — the post of "), state.screenText)
        XCTAssertTrue(state.screenText.contains(": loja (Green API), shop (Z-API)"), state.screenText)
        let effects = ComposerReducer.reduce(&state, .event(.key(.character("y"))), now: now)
        let deleted = effects.compactMap { effect -> String? in
            if case .deleteStatus(let status) = effect { return status.messageId }
            return nil
        }
        XCTAssertEqual(deleted, ["G1", "Z1"], "the already deleted one and the other post are left alone")
        XCTAssertEqual(state.history.deleting, [12, 11])
    }

    func testEscKeepsTheStatusAndAFailedDeleteSaysWhy() {
        var state = Fixture.state(selected: ["loja"])
        openPanel(&state)
        _ = ComposerReducer.reduce(&state, .event(.key(.delete)), now: now)
        XCTAssertTrue(ComposerReducer.reduce(&state, .event(.key(.escape)), now: now).isEmpty)
        XCTAssertEqual(state.overlay, .history, "Esc answers the question, the panel stays")
        XCTAssertEqual(state.notice?.text, "Nothing was deleted.")
        _ = ComposerReducer.reduce(&state, .event(.key(.character("d"))), now: now)
        _ = ComposerReducer.reduce(&state, .event(.key(.enter)), now: now)
        let refused = GatewayFailure.refused(status: 401, reason: .verbatim("Unauthorized"), hint: nil)
        _ = ComposerReducer.reduce(&state, .deleteFinished(attemptID: 7, result: .failure(refused)), now: now)
        XCTAssertEqual(state.history.items[0].state, .live(messageId: "BAE5F4886B2A"))
        XCTAssertEqual(state.notice?.kind, .error)
        XCTAssertTrue(state.notice?.text.hasPrefix("Not deleted from loja (Green API): ") ?? false, "\(String(describing: state.notice))")
    }

    func testAStatusWithoutAnIdCannotBeDeleted() {
        var state = Fixture.state(selected: ["shop"])
        openPanel(&state)
        _ = ComposerReducer.reduce(&state, .event(.key(.down)), now: now)
        XCTAssertTrue(ComposerReducer.reduce(&state, .event(.key(.character("d"))), now: now).isEmpty)
        XCTAssertEqual(state.history.pendingDelete, [])
        XCTAssertTrue(state.notice?.text.contains("check the phone") ?? false)
    }

    func testEscClosesAndCtrlQStillQuits() {
        var state = Fixture.state()
        openPanel(&state)
        _ = ComposerReducer.reduce(&state, .event(.key(.escape)), now: now)
        XCTAssertEqual(state.overlay, .none)
        openPanel(&state)
        let effects = ComposerReducer.reduce(&state, .event(.key(.control("q"))), now: now)
        guard case .quit? = effects.first else { return XCTFail("Ctrl-Q quits from the panel: \(effects)") }
    }

    func testUnreadableJournalAndEmptyHistorySayWhat() {
        var state = Fixture.state()
        _ = ComposerReducer.reduce(&state, .event(.key(.function(3))), now: now)
        XCTAssertTrue(state.screenText.contains("Reading the history…"), state.screenText)
        _ = ComposerReducer.reduce(&state, .historyLoaded(.success([])), now: now)
        XCTAssertTrue(state.screenText.contains("Nothing was posted in the last 24 hours."), state.screenText)
        _ = ComposerReducer.reduce(&state, .historyLoaded(.failure(HistoryUnreadable("disk I/O error"))), now: now)
        XCTAssertTrue(state.screenText.contains("The history cannot be read: disk I/O error"), state.screenText)
    }

    func testPortugueseWords() {
        var state = Fixture.state(selected: ["loja"], language: .portuguese)
        openPanel(&state)
        XCTAssertTrue(state.screenText.contains("faltam 23h 12m"), state.screenText)
        XCTAssertTrue(state.screenText.contains("Histórico"), state.screenText)
    }
}
