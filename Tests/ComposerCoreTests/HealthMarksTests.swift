import ComposerCore
import Foundation
import StatusKit
import TerminalCells
import XCTest

/// The chosen accounts' connection states in the view-model: asked at the start and when the
/// choice changes (never on a keystroke), marked in the header and the Accounts field, and named
/// by the confirmation, whose second key posts to them too.
final class HealthMarksTests: XCTestCase {
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    private func health(_ name: String, _ gateway: GatewayKind, _ state: HealthState, _ detail: String = "") -> ComposerAction {
        .healthChecked(AccountHealth(accountName: name, gateway: gateway, state: state, detail: detail, checkedAt: now))
    }

    private func asked(_ effects: [Effect]) -> [String] {
        effects.flatMap { effect -> [String] in
            if case .checkHealth(let accounts) = effect { return accounts.map(\.name) }
            return []
        }
    }

    func testAskedAtTheStartAndWhenTheChoiceChangesNeverOnAKeystroke() {
        var state = Fixture.state(selected: ["demo", "loja"])
        XCTAssertEqual(asked(ComposerReducer.startRequests(&state)), ["demo", "loja"])
        XCTAssertEqual(asked(state.send(.character("a"), .character("b"))), [], "typing asks nothing")
        state.focus = .accounts
        state.accountCursor = 0
        XCTAssertEqual(asked(state.send(.character(" "))), ["shop"], "a newly chosen account is asked")
        XCTAssertEqual(asked(state.send(.character(" "))), [], "unchoosing asks nothing")
        XCTAssertEqual(asked(state.send(.character(" "))), ["shop"], "chosen again: asked again (the runtime keeps answers 60 s)")
    }

    func testMarksInTheHeaderAndTheAccountsField() {
        var state = Fixture.state(selected: ["demo", "loja"])
        XCTAssertFalse(state.screenText.contains("✓"), "nothing until the gateways answer")
        _ = ComposerReducer.reduce(&state, health("demo", .sandbox, .connected), now: now)
        _ = ComposerReducer.reduce(&state, health("loja", .greenAPI, .notAuthorised, "stateInstance: notAuthorized"), now: now)
        let header = state.screen[0]
        XCTAssertTrue(header.contains("demo (Sandbox) ✓, loja (Green API) ✗ not authorised"), header)
        XCTAssertTrue(state.screenText.contains("[x] loja (Green API) ✗ not authorised"), state.screenText)

        // In Portuguese the marks name the state in Portuguese.
        state.language = .portuguese
        XCTAssertTrue(state.screen[0].contains("loja (Green API) ✗ não autorizada"), state.screen[0])
        _ = ComposerReducer.reduce(&state, health("loja", .greenAPI, .phoneOffline), now: now)
        XCTAssertTrue(state.screenText.contains("[x] loja (Green API) ✗ celular offline"), state.screenText)
    }

    func testConfirmationNamesTheAccountNotConnectedAndTheSecondKeyPostsThereToo() {
        var state = Fixture.state(selected: ["demo", "loja"], draft: StatusDraft(kind: .text, text: "Oi"))
        _ = ComposerReducer.reduce(&state, health("loja", .greenAPI, .phoneOffline), now: now)
        state.send(.control("s"))
        XCTAssertEqual(state.overlay, .confirmPost)
        XCTAssertTrue(state.screenText.contains("Not connected: loja (phone offline).  y/Enter: post to the 1 connected · a: all · Esc: cancel"), state.screenText)

        var connectedOnly = state
        let effects = connectedOnly.send(.enter)
        guard case .post(_, _, let items)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(items.map(\.account.name), ["demo"])

        let all = state.send(.character("a"))
        guard case .post(_, _, let every)? = all.first else { return XCTFail("\(all)") }
        XCTAssertEqual(every.map(\.account.name), ["demo", "loja"])
    }

    func testWhenNoneIsConnectedOnlyTheSecondKeyPosts() {
        var state = Fixture.state(selected: ["loja"], draft: StatusDraft(kind: .text, text: "Oi"))
        _ = ComposerReducer.reduce(&state, health("loja", .greenAPI, .blocked), now: now)
        state.send(.control("s"))
        XCTAssertTrue(state.screenText.contains("Not connected: loja (blocked).  none is connected · a: all"), state.screenText)
        XCTAssertTrue(state.send(.enter).isEmpty)
        XCTAssertEqual(state.overlay, .confirmPost, "the question stays")
        XCTAssertEqual(state.send(.character("a")).count, 1)
    }

    func testAnUnreachableGatewayIsMarkedButNeedsNoSecondKey() {
        var state = Fixture.state(selected: ["loja"], draft: StatusDraft(kind: .text, text: "Oi"))
        _ = ComposerReducer.reduce(&state, health("loja", .greenAPI, .unreachable), now: now)
        XCTAssertTrue(state.screen[0].contains("loja (Green API) ✗ unreachable"), state.screen[0])
        state.send(.control("s"))
        XCTAssertTrue(state.screenText.contains("Post this text status to 1 account?"), state.screenText)
    }

    func testViewsColumnAndRecipientsInThePanel() {
        var state = Fixture.state(selected: ["loja"])
        state.send(.control("r"))
        let effects = ComposerReducer.reduce(&state, .historyLoaded(.success(KeyMapWalkTests.statuses(now: now))), now: now)
        guard case .fetchViews(let asked)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(asked.map(\.id), [7, 6], "the live ones")
        let recipients = [RecipientView(participant: "5511911110000@c.us", status: "read", at: now), RecipientView(participant: "5511922220000@c.us", status: "delivered", at: now)]
        _ = ComposerReducer.reduce(&state, .viewsFetched(attemptID: 7, .recipients(recipients)), now: now)
        _ = ComposerReducer.reduce(&state, .viewsFetched(attemptID: 6, .noDataYet(reason: "needs the outgoing-webhook setting")), now: now)
        XCTAssertTrue(state.screenText.contains("1/2 read"), state.screenText)
        XCTAssertTrue(state.screenText.contains("no data yet"), state.screenText)
        XCTAssertFalse(state.screenText.contains("0 views"))
        state.send(.character("v"))
        XCTAssertEqual(state.notice?.text, "5511911110000@c.us read · 5511922220000@c.us delivered")
        XCTAssertTrue(ComposerReducer.reduce(&state, .tick, now: now).isEmpty, "asked once")
        let reloaded = ComposerReducer.reduce(&state, .historyLoaded(.success(KeyMapWalkTests.statuses(now: now))), now: now)
        XCTAssertFalse(reloaded.contains { if case .fetchViews = $0 { true } else { false } }, "answered statuses are not asked again: \(reloaded)")
    }
}
