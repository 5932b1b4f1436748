import ComposerCore
import Foundation
import StatusKit
import TerminalCells
import XCTest

final class ComposerReducerTests: XCTestCase {
    func testTypingEditsTheTextWithEmojiAsWholeCharacters() {
        var state = Fixture.state()
        state.type("Oi 👍🏽 🇧🇷")
        XCTAssertEqual(state.draft.text, "Oi 👍🏽 🇧🇷")
        XCTAssertEqual(state.text.cursor, 6)
        state.send(.backspace, .left, .backspace)
        XCTAssertEqual(state.draft.text, "Oi  ")
        state.send(.control("z"))
        XCTAssertEqual(state.draft.text, "Oi 👍🏽 ")
    }

    func testEnterInTextIsANewLineAndNeverPosts() {
        var state = Fixture.state()
        state.type("a")
        let effects = state.send(.enter)
        XCTAssertTrue(effects.isEmpty)
        XCTAssertEqual(state.draft.text, "a\n")
        XCTAssertEqual(state.overlay, .none)
    }

    func testTabCyclesVisibleFieldsAndTheKindHidesFieldsWithoutLosingThem() {
        var state = Fixture.state()
        XCTAssertEqual(state.focus, .text)
        state.send(.tab)
        XCTAssertEqual(state.focus, .color)
        state.type("1E8449")
        XCTAssertEqual(state.draft.color, "#1E8449")
        state.send(.backTab, .backTab)
        XCTAssertEqual(state.focus, .type)
        state.send(.right)
        XCTAssertEqual(state.kind, .image)
        XCTAssertEqual(state.visibleFields, [.accounts, .type, .media, .text, .audience, .when])
        state.send(.left)
        XCTAssertEqual(state.draft.color, "#1E8449", "hidden fields keep their values")
    }

    func testAccountsToggleAndFontsAreThoseEveryChosenGatewayOffers() {
        var state = Fixture.state(selected: ["loja"])
        XCTAssertEqual(state.fontOptions.compactMap { $0?.rawValue }, ["sans-serif", "serif", "norican", "bryndan", "oswald"])
        state.focus = .accounts
        state.send(.right, .right, .character(" "))
        XCTAssertEqual(state.selected, ["loja", "evo"])
        XCTAssertEqual(state.fontOptions.compactMap { $0?.rawValue }, ["serif", "norican", "bryndan", "oswald"])
        state.send(.character(" "))
        XCTAssertEqual(state.selected, ["loja"])
    }

    func testColourPaletteAndTypedHex() {
        var state = Fixture.state()
        state.focus = .color
        state.send(.right)
        XCTAssertEqual(state.draft.color, ColorPalette.swatches[0].description)
        state.send(.right)
        XCTAssertEqual(state.draft.color, ColorPalette.swatches[1].description)
        state.send(.control("u"))
        state.type("f0z0")
        XCTAssertEqual(state.draft.color, "#F00", "non-hex characters are ignored")
        state.type("１Ａ")
        state.paste("ｆｆ")
        XCTAssertEqual(state.draft.color, "#F00", "fullwidth digits are not hex digits to a gateway")
        XCTAssertTrue(state.issues(for: .color).first?.message.contains("six hex digits") ?? false)
    }

    func testAudienceAddsTypedAndPastedNumbersAndRemovesThem() {
        var state = Fixture.state(selected: ["loja"])
        state.focus = .audience
        state.type("+55 11 99999-9999")
        state.send(.enter)
        state.paste("5521988887777\n123\n")
        XCTAssertEqual(state.audience, ["+55 11 99999-9999", "5521988887777", "123"])
        XCTAssertTrue(state.issues(for: .audience).first?.message.contains("'123'") ?? false)
        state.send(.up, .delete)
        XCTAssertEqual(state.audience, ["+55 11 99999-9999", "5521988887777"])
        XCTAssertTrue(state.issues(for: .audience).isEmpty)
    }

    func testPasteIntoTextIsOneEditWithNewlines() {
        var state = Fixture.state()
        state.paste("linha 1\r\nlinha 2\u{1B}[31m")
        XCTAssertEqual(state.draft.text, "linha 1\nlinha 2[31m")
        state.send(.control("z"))
        XCTAssertEqual(state.draft.text, "")
    }

    func testPostWithErrorsSendsNothingAndFocusesTheField() {
        var state = Fixture.state(selected: ["evo"])
        state.type("Oi")
        let effects = state.send(.control("s"))
        XCTAssertTrue(effects.isEmpty)
        XCTAssertEqual(state.overlay, .none)
        XCTAssertEqual(state.notice?.kind, .error)
        XCTAssertEqual(state.focus, .color)
    }

    func testPostAsksThenStartsOnePerAccountAndRecordsReceipts() throws {
        var state = Fixture.state(selected: ["shop", "demo"])
        state.type("Promo")
        XCTAssertTrue(state.send(.control("s")).isEmpty)
        XCTAssertEqual(state.overlay, .confirmPost)
        XCTAssertTrue(state.screenText.contains("Post this text status to 2 accounts?  y/Enter: post · Esc: cancel — shop (Z-API), demo (Sandbox)"), state.screenText)
        let effects = state.send(.enter)
        guard case .post(let postID, let typed, let items)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(items.map(\.account.name), ["shop", "demo"])
        XCTAssertEqual(typed.text, "Promo", "the form as typed goes to the journal")
        XCTAssertEqual(state.log.map(\.status), [.queued, .queued], "nothing is on the wire before the poster says so")
        XCTAssertEqual(state.postsInFlight, 2)
        XCTAssertTrue(state.screenText.contains("shop (Z-API): queued — waiting its turn"), state.screenText)
        XCTAssertTrue(state.screenText.contains("Log (2 queued)"), state.screenText)

        _ = ComposerReducer.reduce(&state, .postStage(postID: postID, accountName: "shop", stage: .sending))
        _ = ComposerReducer.reduce(&state, .postStage(postID: postID, accountName: "demo", stage: .waitingToRetry(seconds: 30)))
        XCTAssertEqual(state.log.map(\.status), [.sending, .waitingToRetry(seconds: 30)])
        XCTAssertTrue(state.screenText.contains("Log (1 queued, 1 sending…)"), state.screenText)
        XCTAssertTrue(state.screenText.contains("demo (Sandbox): the gateway asked to wait (429); trying again in 30 s"), state.screenText)
        _ = ComposerReducer.reduce(&state, .postStage(postID: postID, accountName: "demo", stage: .sending))

        let receipt = StatusReceipt(messageId: "M1", zaapId: "Z1", httpStatus: 200)
        _ = ComposerReducer.reduce(&state, .postFinished(postID: postID, outcome: PostOutcome(accountName: "shop", gateway: .zapi, result: .success(receipt))))
        _ = ComposerReducer.reduce(&state, .postFinished(postID: postID, outcome: PostOutcome(accountName: "demo", gateway: .sandbox, result: .failure(.timedOut(seconds: 60)))))
        XCTAssertEqual(state.log[0].status, .posted(messageId: "M1", zaapId: "Z1"))
        XCTAssertEqual(state.log[1].status, .failed(message: GatewayFailure.timedOut(seconds: 60).message, mayHavePosted: true))
        XCTAssertEqual(state.draft.text, "Promo", "the form stays filled after posting")
        _ = ComposerReducer.reduce(&state, .postStage(postID: postID, accountName: "shop", stage: .sending))
        XCTAssertEqual(state.log[0].status, .posted(messageId: "M1", zaapId: "Z1"), "a late stage never reopens an answered post")
    }

    func testConfirmationCancelsWithEsc() {
        var state = Fixture.state()
        state.type("x")
        state.send(.function(2))
        XCTAssertEqual(state.overlay, .confirmPost)
        XCTAssertTrue(state.send(.escape).isEmpty)
        XCTAssertEqual(state.overlay, .none)
        XCTAssertTrue(state.log.isEmpty)
    }

    func testQuitKeys() {
        var state = Fixture.state()
        XCTAssertTrue(state.send(.escape).isEmpty)
        guard case .quit? = state.send(.escape).first else { return XCTFail("second Esc quits") }
        var other = Fixture.state()
        guard case .quit? = other.send(.control("q")).first else { return XCTFail("Ctrl-Q quits") }
        guard case .quit? = other.send(.control("c")).first else { return XCTFail("Ctrl-C quits") }
    }

    func testQuitWhileSendingAsksTwice() {
        var state = Fixture.state()
        state.type("x")
        state.send(.control("s"), .enter)
        XCTAssertTrue(state.send(.control("q")).isEmpty)
        XCTAssertEqual(state.notice?.kind, .error)
        guard case .quit? = state.send(.control("q")).first else { return XCTFail("second Ctrl-Q quits") }
    }

    func testHelpOpensWithF1AndQuestionMarkOutsideTextFields() {
        var state = Fixture.state()
        state.type("?")
        XCTAssertEqual(state.draft.text, "?")
        XCTAssertEqual(state.overlay, .none)
        state.send(.function(1))
        XCTAssertEqual(state.overlay, .help)
        state.send(.escape)
        XCTAssertEqual(state.overlay, .none)
        state.focus = .type
        state.send(.character("?"))
        XCTAssertEqual(state.overlay, .help)
    }

    func testEditorHandOffAndNewDraft() {
        var state = Fixture.state(draft: StatusDraft(kind: .text, text: "antes", color: "#000000"))
        guard case .openEditor(let text)? = state.send(.control("e")).first else { return XCTFail("Ctrl-E opens the editor") }
        XCTAssertEqual(text, "antes")
        _ = ComposerReducer.reduce(&state, .editorFinished("depois\nlinha 2"))
        XCTAssertEqual(state.draft.text, "depois\nlinha 2")
        _ = ComposerReducer.reduce(&state, .editorFinished(nil))
        XCTAssertEqual(state.draft.text, "depois\nlinha 2")
        state.send(.control("n"))
        XCTAssertEqual(state.draft.text, "")
        XCTAssertEqual(state.draft.color, "#000000", "a new draft keeps colour and accounts")
    }

    func testResizeAndTickAndLogScroll() {
        var state = Fixture.state()
        _ = ComposerReducer.reduce(&state, .event(.resize(width: 30, height: 8)))
        XCTAssertEqual(state.size.width, 30)
        _ = ComposerReducer.reduce(&state, .tick)
        XCTAssertEqual(state.spinnerFrame, 1)
        state.send(.pageUp)
        XCTAssertEqual(state.logScroll, 0, "nothing to scroll in an empty log")
    }

    func testVoiceTypeAndFontCycling() {
        var state = Fixture.state(selected: ["demo"], draft: StatusDraft(kind: .audio, media: "https://x.example/a.mp3"))
        state.focus = .voice
        state.send(.character(" "))
        XCTAssertFalse(state.draft.voice)
        state.send(.control("s"))
        XCTAssertEqual(state.overlay, .confirmPost)
        var text = Fixture.state(selected: ["demo"])
        text.focus = .font
        text.send(.right)
        XCTAssertEqual(text.draft.font, FontChoice.allCases[0].rawValue)
        text.send(.left, .left)
        XCTAssertEqual(text.draft.font, FontChoice.allCases.last!.rawValue)
    }
}
