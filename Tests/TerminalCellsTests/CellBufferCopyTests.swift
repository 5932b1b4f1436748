import TerminalCells
import FuzzSupport
import XCTest

/// `copy(rows:of:to:)` moves cells as they are (the form's scrolled sheet onto the screen),
/// clipping the way setting cells one by one does.
final class CellBufferCopyTests: XCTestCase {
    /// What the copy must equal: every cell set through the subscript, which measures again.
    private func copiedCellByCell(_ rows: Range<Int>, of source: CellBuffer, into target: CellBuffer, at origin: (x: Int, y: Int)) -> CellBuffer {
        var target = target
        for (offset, row) in rows.enumerated() where row >= 0 && row < source.height {
            for x in 0..<source.width where !source[x: x, y: row].isContinuation {
                target[x: origin.x + x, y: origin.y + offset] = source[x: x, y: row]
            }
        }
        return target
    }

    func testWideGlyphsCutByEitherEdgeBecomeSpaces() {
        var source = CellBuffer(width: 6, height: 2)
        source.put("ab🎉cd", x: 0, y: 1)
        var cut = CellBuffer(width: 3, height: 1)
        cut.copy(rows: 1..<2, of: source, to: (x: 0, y: 0))
        XCTAssertEqual(cut.line(0), "ab")
        XCTAssertEqual(cut[x: 2, y: 0], Cell(text: " ", width: 1))
        var shifted = CellBuffer(width: 4, height: 1)
        shifted.copy(rows: 1..<2, of: source, to: (x: -3, y: 0))
        XCTAssertEqual(shifted.line(0), " cd")
        var below = CellBuffer(width: 6, height: 3)
        below.copy(rows: 0..<5, of: source, to: (x: 0, y: 1))
        XCTAssertEqual(below.lines(), ["", "", "ab🎉cd"])
    }

    func testEqualsSettingEveryCellForRandomSheetsPlacedInside() {
        var random = SeededGenerator(seed: 77)
        for _ in 0..<200 {
            var source = CellBuffer(width: Int.random(in: 1...12, using: &random), height: Int.random(in: 1...6, using: &random))
            for _ in 0..<6 {
                let text = (0..<Int.random(in: 1...8, using: &random)).map { _ in emojiAndScriptCorpus.randomElement(using: &random)! }.joined()
                source.put(text, x: Int.random(in: -2...10, using: &random), y: Int.random(in: 0..<source.height, using: &random), style: Style(bold: Bool.random(using: &random)))
            }
            var target = CellBuffer(width: Int.random(in: 1...12, using: &random), height: Int.random(in: 1...6, using: &random))
            target.put("中文字 wide 😀😀", x: Int.random(in: -1...3, using: &random), y: 0)
            let rows = Int.random(in: 0...3, using: &random)..<Int.random(in: 3...7, using: &random)
            // Left of the target the two differ on purpose: setting a cell outside ignores it,
            // while a copy blanks the visible half of a glyph cut there (as `put` does).
            let origin = (x: Int.random(in: 0...4, using: &random), y: Int.random(in: -2...3, using: &random))
            var copied = target
            copied.copy(rows: rows, of: source, to: origin)
            XCTAssertEqual(copied, copiedCellByCell(rows, of: source, into: target, at: origin))
        }
    }
}
