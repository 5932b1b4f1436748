import XCTest
import TerminalCells

final class CellBufferTests: XCTestCase {
    func testPutWritesTextAndReturnsColumns() {
        var buffer = CellBuffer(width: 10, height: 2)
        XCTAssertEqual(buffer.put("héllo", x: 1, y: 0), 5)
        XCTAssertEqual(buffer.put("中文", x: 0, y: 1), 4)
        XCTAssertEqual(buffer.lines(), [" héllo", "中文"])
        XCTAssertEqual(buffer[x: 0, y: 1].text, "中")
        XCTAssertEqual(buffer[x: 0, y: 1].width, 2)
        XCTAssertTrue(buffer[x: 1, y: 1].isContinuation)
    }

    func testPutSendsStandInsAndSplitsMultiCellGlyphs() {
        var buffer = CellBuffer(width: 20, height: 1)
        let used = buffer.put("❤️👍🏽🇧🇷1️⃣👨‍👩‍👧!", x: 0, y: 0)
        XCTAssertEqual(used, 1 + 2 + 2 + 1 + 2 + 1)
        XCTAssertEqual(buffer.lines(), ["❤👍BR1👨!"])
        XCTAssertEqual(buffer[x: 3, y: 0].text, "B")
        XCTAssertEqual(buffer[x: 4, y: 0].text, "R")
    }

    func testCombiningMarksStayOnTheirCell() {
        var buffer = CellBuffer(width: 6, height: 1)
        buffer.put("e\u{301}x", x: 0, y: 0)
        XCTAssertEqual(buffer[x: 0, y: 0].text, "e\u{301}")
        XCTAssertEqual(buffer[x: 1, y: 0].text, "x")
        buffer.put("स्ते", x: 3, y: 0)  // two spacing letters: two cells
        XCTAssertEqual(buffer[x: 3, y: 0].text, "स्")
        XCTAssertEqual(buffer[x: 4, y: 0].text, "ते")
    }

    func testClipsAtRightEdgeAndMaxWidth() {
        var buffer = CellBuffer(width: 5, height: 1)
        XCTAssertEqual(buffer.put("abcdefgh", x: 2, y: 0), 3)
        XCTAssertEqual(buffer.lines(), ["  abc"])
        buffer = CellBuffer(width: 10, height: 1)
        XCTAssertEqual(buffer.put("abcdefgh", x: 1, y: 0, maxWidth: 4), 4)
        XCTAssertEqual(buffer.lines(), [" abcd"])
        XCTAssertEqual(buffer.put("zz", x: 0, y: 0, maxWidth: 0), 0)
        XCTAssertEqual(buffer.put("zz", x: 0, y: 0, maxWidth: -5), 0)
        XCTAssertEqual(buffer.lines(), [" abcd"])
    }

    func testWideGlyphStraddlingTheLimitBecomesASpace() {
        var buffer = CellBuffer(width: 5, height: 2, style: .plain)
        let style = Style(bg: .indexed(4))
        XCTAssertEqual(buffer.put("ab中", x: 2, y: 0, style: style), 3)
        XCTAssertEqual(buffer.lines()[0], "  ab")
        XCTAssertEqual(buffer[x: 4, y: 0], Cell(text: " ", width: 1, style: style))
        XCTAssertEqual(buffer.put("a中b", x: 0, y: 1, maxWidth: 2), 2)
        XCTAssertEqual(buffer.lines()[1], "a")
        XCTAssertEqual(buffer[x: 1, y: 1].text, " ")
        XCTAssertEqual(buffer[x: 2, y: 1].text, " ")
    }

    func testNegativeXClipsOnTheLeft() {
        var buffer = CellBuffer(width: 6, height: 1)
        XCTAssertEqual(buffer.put("abc中d", x: -3, y: 0), 6)
        XCTAssertEqual(buffer.lines(), ["中d"])
        buffer = CellBuffer(width: 6, height: 1)
        XCTAssertEqual(buffer.put("a中d", x: -2, y: 0), 4)
        XCTAssertEqual(buffer.lines(), [" d"])  // the visible right half of 中 is a space
        XCTAssertFalse(buffer[x: 0, y: 0].isContinuation)
    }

    func testRowsOutsideTheBufferAreIgnored() {
        var buffer = CellBuffer(width: 4, height: 1)
        XCTAssertEqual(buffer.put("abc", x: 0, y: 5), 3)
        XCTAssertEqual(buffer.put("abc", x: 0, y: -1), 3)
        XCTAssertEqual(buffer.lines(), [""])
    }

    func testOverwritingHalfOfAWideGlyphBlanksTheOtherHalf() {
        var buffer = CellBuffer(width: 6, height: 1)
        buffer.put("中文", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)  // right half of 中
        XCTAssertEqual(buffer.lines(), [" x文"])
        buffer.put("y", x: 2, y: 0)  // left half of 文
        XCTAssertEqual(buffer.lines(), [" xy"])
        XCTAssertEqual(buffer[x: 3, y: 0], .blank)
        buffer = CellBuffer(width: 6, height: 1)
        buffer.put("中文", x: 0, y: 0)
        buffer.put("字", x: 1, y: 0)  // straddles both
        XCTAssertEqual(buffer.lines(), [" 字"])
        XCTAssertEqual(buffer.row(0).map(\.width), [1, 2, 0, 1, 1, 1])
    }

    /// A cluster drawn whole four columns wide (a skin tone in tmux): one cell and three
    /// continuations; writing into any of its columns blanks the rest of it.
    func testAFourColumnClusterIsOneCellAndIsBlankedWhole() {
        var buffer = CellBuffer(width: 8, height: 1, widths: .tmux33)
        XCTAssertEqual(buffer.put("a👍🏽b", x: 0, y: 0), 6)
        XCTAssertEqual(buffer.row(0).map(\.width), [1, 4, 0, 0, 0, 1, 1, 1])
        XCTAssertEqual(buffer.lines(), ["a👍🏽b"])
        buffer.put("x", x: 3, y: 0)
        XCTAssertEqual(buffer.lines(), ["a  x b"])
        XCTAssertEqual(buffer.row(0).map(\.width), [1, 1, 1, 1, 1, 1, 1, 1])
        buffer.put("👍🏽", x: 4, y: 0)
        XCTAssertEqual(buffer.lines(), ["a  x👍🏽"])
        // One that does not fit before the edge becomes spaces.
        XCTAssertEqual(buffer.put("👍🏽", x: 6, y: 0), 2)
        XCTAssertEqual(buffer.lines(), ["a  x"])
    }

    func testControlsTakeNoColumns() {
        var buffer = CellBuffer(width: 8, height: 1)
        XCTAssertEqual(buffer.put("a\tb\nc\u{1B}[1m", x: 0, y: 0), 6)
        XCTAssertEqual(buffer.lines(), ["abc[1m"])
    }

    func testFillClipsAndKeepsWideGlyphsWhole() {
        var buffer = CellBuffer(width: 5, height: 3)
        let style = Style(fg: .indexed(1))
        buffer.fill(Rect(x: -2, y: 1, width: 5, height: 10), with: "#", style: style)
        XCTAssertEqual(buffer.lines(), ["", "###", "###"])
        XCTAssertEqual(buffer.styleAt(x: 2, y: 2), style)
        XCTAssertEqual(buffer.styleAt(x: 3, y: 2), .plain)
        buffer.fill(Rect(x: 0, y: 0, width: 5, height: 1), with: "中")
        XCTAssertEqual(buffer.lines()[0], "中中")
        XCTAssertEqual(buffer[x: 4, y: 0].text, " ")
        buffer.fill(Rect(x: 1, y: 0, width: 1, height: 1), with: "-")
        XCTAssertEqual(buffer.lines()[0], " -中")
    }

    func testSubscriptOutsideIsBlankAndSetterPlacesGlyphs() {
        var buffer = CellBuffer(width: 3, height: 1)
        XCTAssertEqual(buffer[x: -1, y: 0], .blank)
        XCTAssertEqual(buffer[x: 0, y: 7], .blank)
        buffer[x: 9, y: 9] = Cell(text: "z", width: 1)
        buffer[x: 2, y: 0] = Cell(text: "中", width: 2)  // cannot fit in the last column
        XCTAssertEqual(buffer[x: 2, y: 0].text, " ")
        buffer[x: 0, y: 0] = Cell(text: "中", width: 2)
        XCTAssertEqual(buffer.lines(), ["中"])
        XCTAssertTrue(buffer[x: 1, y: 0].isContinuation)
        XCTAssertNil(buffer.styleAt(x: 3, y: 0))
    }

    func testCursorOutsideTheBufferIsHidden() {
        var buffer = CellBuffer(width: 4, height: 2)
        buffer.cursor = (x: 3, y: 1)
        XCTAssertEqual(buffer.cursor?.x, 3)
        XCTAssertEqual(buffer.cursor?.y, 1)
        buffer.cursor = (x: 4, y: 1)
        XCTAssertNil(buffer.cursor)
        buffer.cursor = (x: -1, y: 0)
        XCTAssertNil(buffer.cursor)
    }

    func testDegenerateSizesNeverCrash() {
        for (width, height) in [(0, 0), (-5, 3), (3, -5), (Int.min, Int.max), (Int.max, Int.max), (Int.max, 1)] {
            var buffer = CellBuffer(width: width, height: height)
            XCTAssertGreaterThanOrEqual(buffer.width, 0)
            XCTAssertGreaterThanOrEqual(buffer.height, 0)
            XCTAssertLessThanOrEqual(buffer.width * buffer.height, CellBuffer.maxCells)
            buffer.put("hello 中", x: Int.max, y: Int.min)
            buffer.put("hello 中", x: Int.min, y: 0, maxWidth: Int.max)
            buffer.put("hello 中", x: -1, y: 0, maxWidth: Int.min)
            buffer.fill(Rect(x: Int.min, y: Int.min, width: Int.max, height: Int.max), with: "中")
            buffer.fill(Rect(x: Int.max, y: Int.max, width: Int.max, height: Int.max))
            buffer[x: Int.max, y: Int.min] = .blank
            if buffer.cells.count < 10_000 {
                _ = buffer.lines()
                _ = buffer.diff(from: CellBuffer(width: 2, height: 2))
            }
        }
    }
}
