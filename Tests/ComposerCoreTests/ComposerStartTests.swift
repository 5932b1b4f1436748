import ComposerCore
import Foundation
import StatusKit
import XCTest

/// What the composer opens with: the draft options, or the draft the last run saved, and the
/// posts an earlier run left without an answer.
final class ComposerStartTests: XCTestCase {
    private let savedAt = Date(timeIntervalSince1970: 1_800_000_000)
    private var saved: ComposerStart.SavedForm {
        ComposerStart.SavedForm(draft: StatusDraft(kind: .text, text: "Promoção de sábado", color: "#1E8449"), accounts: ["loja", "evo"], savedAt: savedAt)
    }

    func testWithNothingOnTheCommandLineTheSavedDraftIsRestored() {
        var start = ComposerStart(accounts: Fixture.accounts)
        start.saved = saved
        let state = start.state()
        XCTAssertEqual(state.draft.text, "Promoção de sábado")
        XCTAssertEqual(state.draft.color, "#1E8449")
        XCTAssertEqual(state.selected, ["loja", "evo"])
        XCTAssertEqual(state.notice, .info(UIText(.english).draftRestored(savedAt, timeZone: .gmt)))
    }

    /// The notice tells the saved time in the zone the caller gives, not the machine's.
    func testTheRestoredNoticeTellsTheTimeInTheGivenZone() {
        var start = ComposerStart(accounts: Fixture.accounts)
        start.saved = saved
        XCTAssertEqual(start.state().notice, .info("Draft restored (saved 2027-01-15 08:00:00); Ctrl-N starts a new one."))
        start.timeZone = TimeZone(secondsFromGMT: -3 * 3600)!
        XCTAssertEqual(start.state().notice, .info("Draft restored (saved 2027-01-15 05:00:00); Ctrl-N starts a new one."))
    }

    func testTheStartTimeIsTheCallers() {
        var start = ComposerStart(accounts: Fixture.accounts)
        start.now = savedAt
        XCTAssertEqual(start.state().now, savedAt)
    }

    func testDraftOptionsOrAccountsWinOverTheSavedDraft() {
        var start = ComposerStart(accounts: Fixture.accounts)
        start.saved = saved
        start.prefill = StatusDraft(kind: .text, text: "Oi")
        var state = start.state()
        XCTAssertEqual(state.draft.text, "Oi")
        XCTAssertEqual(state.selected, ["shop"], "the first account when none is chosen")
        XCTAssertNil(state.notice)

        start.prefill = StatusDraft()
        start.chosen = ["demo"]
        state = start.state()
        XCTAssertEqual(state.draft.text, "")
        XCTAssertEqual(state.selected, ["demo"])
        XCTAssertNil(start.restored)
    }

    func testAnEmptySavedDraftIsNotRestored() {
        var start = ComposerStart(accounts: Fixture.accounts)
        start.saved = ComposerStart.SavedForm(draft: StatusDraft(), accounts: ["evo"], savedAt: savedAt)
        let state = start.state()
        XCTAssertNil(start.restored)
        XCTAssertEqual(state.selected, ["shop"])
        XCTAssertNil(state.notice)
    }

    func testUnansweredAttemptsAreLoggedAsMayHavePosted() {
        var start = ComposerStart(accounts: Fixture.accounts)
        start.language = .portuguese
        start.saved = saved
        start.unanswered = [
            .init(account: "shop", gateway: "zapi", kind: "image", startedAt: savedAt),
            .init(account: "gone", gateway: "no-such-gateway", kind: "no-such-kind", startedAt: savedAt.addingTimeInterval(5)),
        ]
        let state = start.state()
        let words = UIText(.portuguese)
        XCTAssertEqual(state.log, [
            LogEntry(postID: 0, accountName: "shop", gateway: .zapi, kind: .image, startedAt: savedAt, finishedAt: savedAt,
                     status: .failed(message: words.unknownOutcome, mayHavePosted: true)),
            LogEntry(postID: 0, accountName: "gone", gateway: .sandbox, kind: .text, startedAt: savedAt.addingTimeInterval(5),
                     finishedAt: savedAt.addingTimeInterval(5), status: .failed(message: words.unknownOutcome, mayHavePosted: true)),
        ])
        XCTAssertEqual(state.postsInFlight, 0)
        XCTAssertEqual(state.notice, .error(words.unknownOutcomes(2)), "told over the restored draft")
        XCTAssertEqual(state.draft.text, "Promoção de sábado", "the draft is restored all the same")
    }

    func testABrokenThemeIsToldFirstAndSettingsCarryOver() {
        var start = ComposerStart(accounts: Fixture.accounts)
        start.unanswered = [.init(account: "shop", gateway: "zapi", kind: "text", startedAt: savedAt)]
        start.themeProblem = "default theme in use — themes/neon.toml: line 3"
        start.quietScreen = true
        start.usesBuiltInSandbox = true
        start.size = (80, 24)
        let state = start.state()
        XCTAssertEqual(state.notice, .error("default theme in use — themes/neon.toml: line 3"))
        XCTAssertTrue(state.quietScreen)
        XCTAssertTrue(state.usesBuiltInSandbox)
        XCTAssertEqual(state.size.width, 80)
        XCTAssertEqual(state.size.height, 24)
    }

    /// A restored draft's media file is asked about before the first frame, not read here.
    func testARestoredMediaFileIsAskedAboutAtTheStart() {
        var start = ComposerStart(accounts: Fixture.accounts)
        start.saved = ComposerStart.SavedForm(draft: StatusDraft(kind: .image, media: "/nonexistent/photo.jpg"), accounts: ["demo"], savedAt: savedAt)
        var state = start.state()
        XCTAssertEqual(state.issues(for: .media), [])
        let effects = ComposerReducer.requests(&state)
        guard effects.count == 1, case .readMediaFacts(.file(let path)) = effects[0] else { return XCTFail("\(effects)") }
        XCTAssertEqual(path, "/nonexistent/photo.jpg")
        XCTAssertTrue(ComposerReducer.requests(&state).isEmpty, "asked once")
    }

    /// A first run on the built-in sandbox opens on Accounts, where A opens the form to add one.
    func testTheBuiltInSandboxOffersToAddTheFirstAccount() {
        var start = ComposerStart(accounts: Fixture.accounts)
        start.usesBuiltInSandbox = true
        var state = start.state()
        XCTAssertEqual(state.focus, .accounts)
        XCTAssertEqual(state.notice, .info("No accounts yet: press A to add your first (these sandbox accounts publish nothing)."))
        XCTAssertTrue(state.send(.character("A")).isEmpty)
        XCTAssertEqual(state.overlay, .addAccount)

        var configured = ComposerStart(accounts: Fixture.accounts).state()
        XCTAssertEqual(configured.focus, .text, "with a config the text has the focus")
        configured.type("A")
        XCTAssertEqual(configured.draft.text, "A")
    }
}
