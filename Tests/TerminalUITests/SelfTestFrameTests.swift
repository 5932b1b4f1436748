import TerminalCells
import XCTest

@testable import TerminalSelfTestSupport

final class SelfTestFrameTests: XCTestCase {
    private func frame() -> SelfTestFrame {
        SelfTestFrame(termName: "tmux-256color", usedFallbackTerm: false, profile: .ansi256, editorName: "vi")
    }

    func testFrameShowsSamplesInputAndLog() {
        var selfTest = frame()
        selfTest.input = "olá"
        selfTest.record("key:character(a)")
        let buffer = selfTest.render(width: 100, height: 30)
        let lines = buffer.lines()
        XCTAssertTrue(lines[0].hasPrefix("TerminalUI self-test  TERM tmux-256color  colours ansi256  100x30"))
        XCTAssertEqual(lines[2], "Emoji: 😀 BR 👍 ❤ 中文|")
        XCTAssertEqual(lines[5], "> olá")
        XCTAssertEqual(buffer.cursor?.x, 5)
        XCTAssertEqual(buffer.cursor?.y, 5)
        XCTAssertEqual(lines[6], "ready")
        XCTAssertEqual(lines[7], "key:character(a)")
        XCTAssertTrue(lines[29].hasPrefix("Ctrl-Q quits"))
    }

    func testTinySizesDoNotCrash() {
        for (width, height) in [(0, 0), (1, 1), (5, 3), (100, 1), (1, 40), (12, 6)] {
            let buffer = frame().render(width: width, height: height)
            XCTAssertEqual(buffer.width, width)
            XCTAssertEqual(buffer.height, height)
        }
    }

    func testLogKeepsTheNewestLines() {
        var selfTest = frame()
        for index in 0..<500 { selfTest.record("line \(index)") }
        XCTAssertEqual(selfTest.log.count, SelfTestFrame.maxLogLines)
        XCTAssertEqual(selfTest.log.last, "line 499")
        XCTAssertEqual(selfTest.render(width: 40, height: 12).line(10), "line 499")
    }
}
