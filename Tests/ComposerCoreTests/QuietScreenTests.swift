import ComposerCore
import Foundation
import StatusKit
import TerminalCells
import XCTest

/// The quiet screen (for slow links): no preview and no live counter, the count on request and
/// whenever the text is over the limit.
final class QuietScreenTests: XCTestCase {
    func testCtrlOHidesPreviewAndCounterAndTellsTheCount() {
        var state = Fixture.state()
        state.type("Oi")
        XCTAssertTrue(state.screenText.contains("Preview"))
        XCTAssertTrue(state.screenText.contains("2/700"))
        state.send(.control("o"))
        XCTAssertTrue(state.quietScreen)
        XCTAssertEqual(state.notice?.text.contains("2/700 characters now"), true, "the count on request")
        XCTAssertFalse(state.screenText.contains("Preview"))
        state.type("!")
        XCTAssertEqual(state.draft.text, "Oi!")
        XCTAssertFalse(state.screenText.contains("3/700"), state.screenText)
        state.send(.function(4))
        XCTAssertFalse(state.quietScreen)
        XCTAssertTrue(state.screenText.contains("3/700"))
        XCTAssertTrue(state.screenText.contains("Preview"))
    }

    func testCountShowsWhenOverTheLimitEvenWhenQuiet() {
        var state = Fixture.state()
        state.quietScreen = true
        state.paste(String(repeating: "a", count: 701))
        XCTAssertTrue(state.screenText.contains("701/700"), state.screenText)
    }

    func testTheKeyIsInTheHelp() {
        let lines = KeyMap.standard.helpLines(UIText(.english))
        XCTAssertTrue(lines.contains { $0.0 == "Ctrl-O/F4" && $0.1.contains("quiet screen") })
        XCTAssertEqual(KeyMap.standard.command(for: .control("o"), focus: .text), .quietScreen)
    }
}
