import ComposerCore
import Foundation
import StatusKit
import TerminalCells
import XCTest

/// The add-account form in the view-model: A on the Accounts field opens it, the gateway is a
/// choice, the tokens show as dots only, Ctrl-S hands the answers to the app, its problems show
/// under their fields, and an account written reopens the composer with it.
final class AccountFormTests: XCTestCase {
    private func opened() -> ComposerState {
        var state = Fixture.state()
        state.focus = .accounts
        XCTAssertTrue(state.send(.character("A")).isEmpty, "opening writes nothing")
        XCTAssertEqual(state.overlay, .addAccount)
        return state
    }

    func testFillingTheFormHandsItsAnswersToTheApp() {
        var state = opened()
        XCTAssertTrue(state.screenText.contains("Add an account"), state.screenText)
        XCTAssertTrue(state.screenText.contains("‹Z-API›"), state.screenText)
        XCTAssertTrue(state.screenText.contains("Client token"), "Z-API has a client token")
        state.send(.right)
        XCTAssertTrue(state.screenText.contains("‹Green API›"), state.screenText)
        XCTAssertFalse(state.screenText.contains("Client token"), "Green API has none")
        state.send(.left)
        state.send(.tab)
        state.type("loja-centro")
        state.send(.enter)
        state.type("3C1A9")
        state.send(.tab, .tab)
        state.type("segredo-123")
        XCTAssertFalse(state.screenText.contains("segredo"), "a token is never on screen")
        XCTAssertTrue(state.screenText.contains("•••••••••••"), state.screenText)
        state.send(.tab)
        state.paste("cliente-456\nsecond line")
        XCTAssertFalse(state.screenText.contains("cliente"), state.screenText)
        let effects = state.send(.control("s"))
        guard case .saveAccount(let entry)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(entry.gateway, .zapi)
        XCTAssertEqual(entry.name, "loja-centro")
        XCTAssertEqual(entry.instance, "3C1A9")
        XCTAssertEqual(entry.baseURL, "")
        XCTAssertEqual(entry.token.exposedValue, "segredo-123")
        XCTAssertEqual(entry.clientToken?.exposedValue, "cliente-456", "a paste takes its first line")
        XCTAssertFalse("\(entry)".contains("segredo"), "\(entry)")
        XCTAssertEqual(state.accountForm?.saving, true)
        state.send(.character("x"))
        XCTAssertEqual(state.accountForm?.clientToken.text, "cliente-456", "nothing is typed while the app writes it")
        XCTAssertEqual(state.accountForm?.name.text, "loja-centro")
    }

    func testProblemsShowUnderTheirFieldsAndSuccessReopens() {
        var state = opened()
        _ = state.send(.control("s"))
        let problems = AccountFormProblems(byField: [
            .name: "name: empty; give the account a short name to choose it by, e.g. shop",
            .token: "token: empty; paste the token from the gateway's panel",
        ])
        XCTAssertTrue(ComposerReducer.reduce(&state, .accountSaved(.failure(problems))).isEmpty)
        XCTAssertEqual(state.accountForm?.focus, .name, "the first field with a problem takes the focus")
        XCTAssertTrue(state.screenText.contains("name: empty; give the account a short name"), state.screenText)
        XCTAssertTrue(state.screenText.contains("No account was added: fix the 2 fields marked below."), state.screenText)
        state.type("shop")
        XCTAssertFalse(state.screenText.contains("name: empty"), "typing in the field clears its problem")
        _ = state.send(.control("s"))
        let reopen = ComposerReducer.reduce(&state, .accountSaved(.success("shop")))
        guard case .reopen(let name)? = reopen.first else { return XCTFail("\(reopen)") }
        XCTAssertEqual(name, "shop")
    }

    /// A problem longer than the row wraps under its field, whole, at 80 columns.
    func testALongProblemWrapsUnderItsField() {
        var state = opened()
        state.size = (80, 24)
        _ = state.send(.control("s"))
        let problem = "client token: the token has a space, a control character or a non-ASCII letter at character 4; a token is one word"
        XCTAssertTrue(ComposerReducer.reduce(&state, .accountSaved(.failure(AccountFormProblems(byField: [.clientToken: problem])))).isEmpty)
        let rows = state.screenText.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let start = rows.firstIndex { $0.hasPrefix("client token: the token has a space") }
        XCTAssertNotNil(start, state.screenText)
        let joined = start.map { rows[$0...].prefix(3).joined(separator: " ") } ?? ""
        XCTAssertTrue(joined.contains("at character 4; a token is one word"), state.screenText)
    }

    /// Adding reopens the composer: not while a post still waits for its answer.
    func testAddingWaitsForThePostsInFlight() {
        var state = Fixture.state(selected: ["shop"])
        state.type("Promo")
        state.send(.control("s"))
        guard case .post? = state.send(.enter).first else { return XCTFail("posting starts") }
        XCTAssertEqual(state.postsInFlight, 1)
        state.focus = .accounts
        state.send(.character("A"))
        XCTAssertEqual(state.overlay, .addAccount)
        XCTAssertTrue(state.send(.control("s")).isEmpty, "nothing is written while a post is in flight")
        XCTAssertEqual(state.notice?.text, "Adding an account reopens the composer: wait for the post still sending, then add it.")
        XCTAssertEqual(state.accountForm?.saving, false)
    }

    func testEscClosesWritingNothingAndTheHelpListsTheFormsKeys() {
        var state = opened()
        state.send(.tab)
        state.type("loja")
        XCTAssertTrue(state.send(.escape).isEmpty)
        XCTAssertEqual(state.overlay, .none)
        XCTAssertTrue(state.screenText.contains("No account was added."), state.screenText)
        let modes = KeyMap.standard.activeModes(in: opened()).map(\.id)
        XCTAssertEqual(modes.first, "account-form")
    }
}
