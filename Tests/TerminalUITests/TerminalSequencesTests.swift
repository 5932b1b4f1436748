import TerminalCells
import XCTest

@testable import TerminalUI

/// The sequences come from the installed terminfo entry; these check that xterm-256color's
/// expand to what the frame writer's tests assume, and that other terminals get their own.
final class TerminalSequencesTests: XCTestCase {
    func testXterm256ColorFromTerminfoMatchesTheWrittenOutTable() throws {
        var installed = try XCTUnwrap(TerminalSequences.terminfo(named: "xterm-256color"), "Debian's ncurses-base has it")
        var written = XtermSequences.make()
        XCTAssertTrue(installed.autoMargins && installed.delaysWrap)
        for (x, y) in [(0, 0), (5, 7), (99, 29), (250, 80)] {
            XCTAssertEqual(installed.cursorAddress(x: x, y: y), written.cursorAddress(x: x, y: y))
            XCTAssertEqual(installed.column(x), written.column(x))
        }
        XCTAssertEqual(installed.forward(12), written.forward(12))
        XCTAssertEqual(installed.clearToLineEnd, written.clearToLineEnd)
        XCTAssertEqual(installed.eraseCharacters(39), written.eraseCharacters(39))
        XCTAssertEqual(installed.scrollRegion(top: 3, bottom: 9), written.scrollRegion(top: 3, bottom: 9))
        XCTAssertEqual(installed.insertLines(2), written.insertLines(2))
        XCTAssertEqual(installed.deleteLines(1), written.deleteLines(1))
        let styles = [
            CursesStyle(), CursesStyle(foreground: 231, background: 23, bold: true), CursesStyle(foreground: 3, background: 12),
            CursesStyle(foreground: 103, underline: true, reverse: true), CursesStyle(foreground: 8, dim: true),
        ]
        for from in [nil] + styles {
            for to in styles {
                XCTAssertEqual(XtermSequences.visible(installed.change(from: from, to: to)),
                               XtermSequences.visible(written.change(from: from, to: to)), "\(String(describing: from)) → \(to)")
            }
        }
        var installedWriter = FrameWriter(sequences: installed)
        var writtenWriter = FrameWriter(sequences: written)
        XCTAssertEqual(installedWriter.clearScreen(), writtenWriter.clearScreen())
        XCTAssertEqual(installedWriter.restoreTerminal(), writtenWriter.restoreTerminal())
    }

    func testATerminalWithoutRelativeMovesOrSGRStillGetsWhatItHas() throws {
        // vt100: no column address, no colours, padding delays in its entry (never sent).
        var vt100 = try XCTUnwrap(TerminalSequences.terminfo(named: "vt100"))
        XCTAssertNil(vt100.column(3))
        XCTAssertEqual(XtermSequences.visible(vt100.cursorAddress(x: 4, y: 2)), "⎋[3;5H")
        XCTAssertEqual(XtermSequences.visible(vt100.change(from: nil, to: CursesStyle(foreground: 3, bold: true))),
                       "⎋[m\u{F}⎋[1m", "its sgr0 also shifts in (not an SGR alone): kept apart; no colour")
    }

    func testUnknownTerminalsHaveNoEntry() {
        XCTAssertNil(TerminalSequences.terminfo(named: "no-such-terminal-here"))
    }
}
