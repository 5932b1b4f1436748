@testable import ComposerCore
import Foundation
import StatusKit
import TerminalCells
import XCTest

/// Render-to-buffer tests: the screen read as text.
final class ComposerViewTests: XCTestCase {
    func testScreenShowsHeaderFormPreviewLogAndFooter() {
        var state = Fixture.state(selected: ["loja", "demo"], draft: StatusDraft(kind: .text, text: "Promoção de hoje 🎉", color: "#1E8449", font: "serif"))
        state.usesBuiltInSandbox = true
        let screen = state.screen
        XCTAssertTrue(screen[0].contains("loja (Green API), demo (Sandbox)"), screen[0])
        XCTAssertTrue(screen[0].contains("SANDBOX"), screen[0])
        XCTAssertTrue(state.screenText.contains("› Text"))
        XCTAssertTrue(state.screenText.contains("18/500"), "counter for the strictest gateway:\n\(state.screenText)")
        XCTAssertTrue(state.screenText.contains("#1E8449"))
        XCTAssertTrue(state.screenText.contains("‹serif›"))
        XCTAssertTrue(state.screenText.contains("Green API: SERIF · Sandbox: serif"))
        XCTAssertTrue(state.screenText.contains("Preview"))
        XCTAssertTrue(state.screenText.contains("Promoção de hoje 🎉"))
        XCTAssertTrue(state.screenText.contains("Posts and the gateways' answers show here."))
        XCTAssertTrue(screen.last!.contains("Ctrl-S/F2 post"), screen.last!)
    }

    func testFieldsBelowTheTextStayPutWhileItGrowsWhenTheWindowHasRoom() {
        var state = Fixture.state(selected: ["loja"])
        let row = { (state: ComposerState) in state.screen.firstIndex { $0.contains("Background") } }
        state.type("p")  // (an empty text has an error line under it)
        let before = row(state)
        state.type(String(repeating: "palavra ", count: 40))
        XCTAssertNotNil(before)
        XCTAssertEqual(row(state), before, "the text box already had its full height:\n\(state.screenText)")

        var short = Fixture.state(selected: ["loja"], size: (100, 19))
        short.type("p")
        let shortBefore = row(short)
        short.type(String(repeating: "palavra ", count: 40))
        let shortAfter = row(short)
        XCTAssertNotNil(shortBefore)
        XCTAssertNotNil(shortAfter, short.screenText)
        XCTAssertGreaterThan(shortAfter ?? 0, shortBefore ?? 0, "without room the box starts small and grows:\n\(short.screenText)")
    }

    func testInlineErrorsShowNextToTheField() {
        let state = Fixture.state(selected: ["loja"], draft: StatusDraft(kind: .text, text: String(repeating: "a", count: 510)))
        XCTAssertTrue(state.screenText.contains("510/500"))
        XCTAssertTrue(state.screenText.contains("✗ text: 510 characters; Green API allows 500"), state.screenText)
    }

    func testLogLinesShowReceiptIdsAndErrors() throws {
        var state = Fixture.state(selected: ["shop", "loja"])
        state.type("x")
        state.send(.control("s"), .enter)
        _ = ComposerReducer.reduce(&state, .postStage(postID: 1, accountName: "shop", stage: .sending))
        XCTAssertTrue(state.screenText.contains("shop (Z-API): sending…"))
        _ = ComposerReducer.reduce(&state, .postFinished(postID: 1, outcome: PostOutcome(accountName: "shop", gateway: .zapi, result: .success(StatusReceipt(messageId: "D241", zaapId: "3999", httpStatus: 200)))))
        _ = ComposerReducer.reduce(&state, .postFinished(postID: 1, outcome: PostOutcome(accountName: "loja", gateway: .greenAPI, result: .failure(.couldNotConnect(host: "127.0.0.1:9", reason: "connection refused")))))
        XCTAssertTrue(state.screenText.contains("✓ shop (Z-API): posted — zaapId 3999, messageId D241"), state.screenText)
        XCTAssertTrue(state.screenText.contains("✗ loja (Green API): could not connect to 127.0.0.1:9"), state.screenText)
        XCTAssertTrue(state.screenText.contains("nothing was sent"), "a long error wraps instead of being cut:\n\(state.screenText)")
    }

    func testALostAnswerShowsAsOutcomeUnknownNotAFailure() throws {
        var state = Fixture.state(selected: ["shop", "loja"])
        state.type("x")
        state.send(.control("s"), .enter)
        let lost = GatewayFailure.connectionLost(reason: .gatewayClosedConnection)
        _ = ComposerReducer.reduce(&state, .postFinished(postID: 1, outcome: PostOutcome(accountName: "shop", gateway: .zapi, result: .failure(lost))))
        _ = ComposerReducer.reduce(&state, .postFinished(postID: 1, outcome: PostOutcome(accountName: "loja", gateway: .greenAPI, result: .failure(.refused(status: 401, reason: "Unauthorized", hint: nil)))))
        let screen = state.screenText
        XCTAssertTrue(screen.contains("? shop (Z-API): outcome unknown — it may have been published; do not repost"), screen)
        XCTAssertTrue(screen.contains("blindly, check the gateway first"), screen)
        XCTAssertFalse(screen.contains("✗ shop"), "a lost answer is not shown as a failure:\n\(screen)")
        XCTAssertTrue(screen.contains("✗ loja (Green API): refused (HTTP 401)"), screen)
        XCTAssertEqual(state.notice, .error("Posted to 0 of 2 accounts; 1 outcome unknown — check the gateway before posting again."))
        let line = LogView.line(state.log[0], state: state, UIText(.english))
        XCTAssertEqual(line.1, .warning)
        XCTAssertEqual(LogView.line(state.log[1], state: state, UIText(.english)).1, .error)
    }

    func testTooSmallWindowSaysSo() {
        let state = Fixture.state(size: (30, 8))
        XCTAssertTrue(state.screenText.contains("Make the window larger"))
        XCTAssertEqual(state.screen.count, 8)
    }

    func testCursorSitsAfterTheLastTypedCharacterAndNeverInsideAWideOne() {
        var state = Fixture.state()
        state.type("ab😀")
        let buffer = ComposerView.render(state)
        let cursor = try? XCTUnwrap(buffer.cursor)
        XCTAssertNotNil(cursor)
        if let cursor {
            XCTAssertEqual(buffer[x: cursor.x - 2, y: cursor.y].text, "😀")
            XCTAssertFalse(buffer[x: cursor.x, y: cursor.y].isContinuation)
        }
    }

    func testHelpOverlayListsEveryBindingFromTheKeyMap() {
        var state = Fixture.state()
        state.send(.function(1))
        let text = HelpTour.pages(&state).joined(separator: "\n")
        for binding in KeyMap.standard.bindings {
            XCTAssertTrue(text.contains(binding.label(UIText(.english))), "help lacks \(binding.label(UIText(.english)))")
        }
    }

    /// Every line, whole, on some page: keys and every word of what they do (wrapped, not cut).
    func testHelpShowsEveryLineWholeOnSomePageOfSmallWindows() {
        for size in [(80, 24), (100, 30)] {
            var state = Fixture.state(size: size)
            state.send(.function(1))
            let pages = HelpTour.pages(&state)
            for mode in KeyMap.standard.modes {
                for entry in mode.entries {
                    XCTAssertTrue(HelpTour.shown(entry, of: mode, in: pages, UIText(.english)), "\(size): no page shows \(entry.label(UIText(.english))) \(entry.description(UIText(.english)))\n\(pages.joined(separator: "\n"))")
                }
            }
            XCTAssertNil(ComposerInvariants.checkScreen(ComposerView.render(state), state: state))
        }
    }

    func testHelpTurnsPagesOnTheSmallestWindowUntilEveryLineWasShown() {
        var state = Fixture.state(size: (60, 16))
        state.send(.function(1))
        let count = HelpTour.pageCount(state)
        XCTAssertGreaterThan(count, 2, state.screenText)
        var seen = [state.screenText]
        XCTAssertTrue(state.screenText.contains("page 1/\(count)"), state.screenText)
        for step in 1...count {
            state.send(step.isMultiple(of: 2) ? .character(" ") : .down)
            seen.append(state.screenText)
            XCTAssertTrue(state.screenText.contains("page \(min(step, count - 1) + 1)/\(count)"), "step \(step):\n\(state.screenText)")
            XCTAssertNil(ComposerInvariants.checkScreen(ComposerView.render(state), state: state))
        }
        for mode in KeyMap.standard.modes {
            for entry in mode.entries {
                XCTAssertTrue(HelpTour.shown(entry, of: mode, in: seen, UIText(.english)), "never shown: \(entry.label(UIText(.english)))")
            }
        }
        XCTAssertEqual(state.helpPage, count - 1, "paging stops at the end")
        state.send(.up, .pageUp)
        XCTAssertTrue(state.screenText.contains("page \(count - 2)/\(count)"), state.screenText)
        state.send(.escape)
        XCTAssertEqual(state.overlay, .none)
    }

    /// The help starts with the keys of where it was opened: the focused field's, then typing.
    func testHelpOpensOnTheModeItWasOpenedFrom() {
        var state = Fixture.state(size: (80, 24))
        state.focus = .audience
        state.send(.function(1))
        let rows = state.screen
        let audience = rows.firstIndex { $0.contains("Audience") && !$0.contains("remove") }
        let typing = rows.firstIndex { $0.contains("  Typing") }
        let history = rows.firstIndex { $0.contains("History") && !$0.contains("Form and History") }
        XCTAssertNotNil(audience, state.screenText)
        XCTAssertLessThan(audience ?? .max, typing ?? .max, state.screenText)
        XCTAssertNil(history, "the History panel's keys come on a later page:\n\(state.screenText)")

        var panel = Fixture.state(size: (80, 24))
        panel.send(.control("r"), .function(1))
        XCTAssertEqual(panel.overlay, .help)
        XCTAssertEqual(panel.helpFrom.first, "history")
        XCTAssertTrue(panel.screen.dropFirst(2).first?.contains("History") == true, panel.screenText)
    }

    func testPortugueseLabels() {
        let state = Fixture.state(draft: StatusDraft(kind: .image, text: "oi"), language: .portuguese)
        let text = state.screenText
        XCTAssertTrue(text.contains("Contas"))
        XCTAssertTrue(text.contains("Legenda"))
        XCTAssertTrue(text.contains("Mídia"))
        XCTAssertTrue(text.contains("publicar"))
    }

    func testEveryFieldRendersWithoutOverflowAtManySizes() {
        for kind in StatusKind.allCases {
            for (width, height) in [(60, 16), (80, 24), (120, 40), (200, 60)] {
                var state = Fixture.state(selected: ["shop", "loja", "evo", "demo"], draft: StatusDraft(kind: kind, text: "Olá 🇧🇷 👨‍👩‍👧", media: "https://x.example/a.jpg", color: "#123456", audience: ["5511999999999", "12"]), size: (width, height))
                for field in state.visibleFields {
                    state.focus = field
                    let buffer = ComposerView.render(state)
                    for y in 0..<buffer.height {
                        XCTAssertLessThanOrEqual(buffer.row(y).reduce(0) { $0 + Int($1.width) }, width)
                    }
                    if let cursor = buffer.cursor {
                        XCTAssertTrue(buffer.contains(x: cursor.x, y: cursor.y))
                        XCTAssertFalse(buffer[x: cursor.x, y: cursor.y].isContinuation)
                    }
                }
            }
        }
    }
}

final class LogClockTests: XCTestCase {
    func testClockIsLocalWallTime() {
        let date = Date(timeIntervalSince1970: 3_600 * 5 + 60 * 7 + 9)
        XCTAssertEqual(ClockText.time(date, timeZone: TimeZone(secondsFromGMT: 0)!), "05:07:09")
        XCTAssertEqual(ClockText.time(date, timeZone: TimeZone(secondsFromGMT: -3 * 3600)!), "02:07:09")
        XCTAssertEqual(ClockText.time(Date(timeIntervalSince1970: 60), timeZone: TimeZone(secondsFromGMT: -3 * 3600)!), "21:01:00")
        XCTAssertEqual(ClockText.hoursAndMinutes(date, timeZone: TimeZone(secondsFromGMT: -3 * 3600)!), "02:07")
    }

    /// The zone is part of the state, not read from the machine: one state, two zones, two
    /// local times, in the log and in the History panel.
    func testTheSameStateShowsTheLocalTimesOfItsZone() {
        let now = Date(timeIntervalSince1970: 1_795_000_000)  // 11:06:40 UTC
        var state = Fixture.state(selected: ["loja"])
        state.log = [LogEntry(postID: 1, accountName: "loja", gateway: .greenAPI, kind: .text, startedAt: now, finishedAt: nil, status: .queued)]
        var panel = state
        _ = ComposerReducer.reduce(&panel, .event(.key(.control("r"))), now: now)
        _ = ComposerReducer.reduce(&panel, .historyLoaded(.success(KeyMapWalkTests.statuses(now: now))), now: now)

        let utc = TimeZone(identifier: "UTC")!, saoPaulo = TimeZone(secondsFromGMT: -3 * 3600)!
        state.timeZone = utc
        XCTAssertTrue(state.screenText.contains("11:06:40 ⋯ loja"), state.screenText)
        state.timeZone = saoPaulo
        XCTAssertTrue(state.screenText.contains("08:06:40 ⋯ loja"), state.screenText)
        XCTAssertFalse(state.screenText.contains("11:06:40"), state.screenText)

        panel.timeZone = utc
        XCTAssertTrue(panel.screenText.contains("› 10:19  loja"), panel.screenText)
        panel.timeZone = saoPaulo
        XCTAssertTrue(panel.screenText.contains("› 07:19  loja"), panel.screenText)
    }
}

/// What the composer fuzz run found: cursors drawn away from the character they follow.
final class ComposerCursorRegressionTests: XCTestCase {
    func testPastedTextCannotPushTheColourCursorOutOfItsBox() throws {
        var state = Fixture.state()
        state.focus = .color
        state.paste("Øｱ)Øи❤ न #1e8449 и🏴‍☠️")
        XCTAssertEqual(state.color.text, "#1E8449", "a paste keeps what typing would")
        state.paste("ABCDEF0123")
        let buffer = ComposerView.render(state)
        let cursor = try XCTUnwrap(buffer.cursor)
        XCTAssertLessThan(cursor.x, ComposerLayout.labelWidth + 9, "inside the 9-column box")
        XCTAssertEqual(buffer[x: cursor.x - 1, y: cursor.y].text, "3")
    }

    func testScrolledInputKeepsTheCursorAfterTheLastCharacterPastAWideGlyph() throws {
        for prefix in ["", "a", "ab"] {
            var state = Fixture.state(draft: StatusDraft(kind: .image), size: (60, 20))
            state.focus = .media
            state.paste(prefix + String(repeating: "中", count: 40) + "x")
            let buffer = ComposerView.render(state)
            let cursor = try XCTUnwrap(buffer.cursor)
            XCTAssertEqual(buffer[x: cursor.x - 1, y: cursor.y].text, "x", "after \(prefix.count) narrow characters")
        }
    }
}
