import XCTest
import FuzzSupport
import TerminalCells

final class CellBufferDiffTests: XCTestCase {
    func testIdenticalBuffersHaveNoDiff() {
        var buffer = CellBuffer(width: 10, height: 3)
        buffer.put("same 中", x: 0, y: 1)
        XCTAssertEqual(buffer.diff(from: buffer), [])
    }

    func testDiffFindsExactlyTheChangedRuns() {
        var old = CellBuffer(width: 12, height: 3)
        old.put("hello world", x: 0, y: 0)
        old.put("second line", x: 0, y: 1)
        var new = old
        new.put("J", x: 0, y: 0)
        new.put("W", x: 6, y: 0)
        new.put("xy", x: 9, y: 0)
        new.put("bold", x: 7, y: 1, style: Style(bold: true))
        let runs = new.diff(from: old)
        XCTAssertEqual(runs.map(\.y), [0, 0, 0, 1])
        XCTAssertEqual(runs.map(\.x), [0, 6, 9, 7])
        XCTAssertEqual(runs.map(\.text), ["J", "W", "xy", "bold"])  // "line" → "bold" all four changed
    }

    func testStyleOnlyChangesAreRuns() {
        var old = CellBuffer(width: 6, height: 1)
        old.put("abc", x: 0, y: 0)
        var new = old
        new.put("b", x: 1, y: 0, style: Style(reverse: true))
        let runs = new.diff(from: old)
        XCTAssertEqual(runs, [CellRun(x: 1, y: 0, cells: [Cell(text: "b", width: 1, style: Style(reverse: true))])])
    }

    func testRunsKeepWideGlyphsWhole() {
        var old = CellBuffer(width: 8, height: 1)
        old.put("中文", x: 0, y: 0)
        var new = old
        new.put("国", x: 2, y: 0)  // left halves differ, right halves are equal continuation cells
        let runs = new.diff(from: old)
        XCTAssertEqual(runs.count, 1)
        XCTAssertEqual(runs[0].x, 2)
        XCTAssertEqual(runs[0].cells.map(\.width), [2, 0])
        XCTAssertEqual(runs[0].text, "国")
    }

    func testRunsKeepEveryColumnOfAClusterDrawnWhole() {
        var old = CellBuffer(width: 10, height: 1, widths: .apart)
        old.put("ab👨‍👩‍👧", x: 0, y: 0)
        var new = old
        new.put("c", x: 1, y: 0)
        new.put("👨‍👩‍👦", x: 2, y: 0)  // only the glyph cell differs; its five continuations do not
        let runs = new.diff(from: old)
        XCTAssertEqual(runs.count, 1)
        XCTAssertEqual(runs[0].x, 1)
        XCTAssertEqual(runs[0].cells.map(\.width), [1, 6, 0, 0, 0, 0, 0])
    }

    func testNarrowReplacingWideIsOneRun() {
        var old = CellBuffer(width: 8, height: 1)
        old.put("中文", x: 0, y: 0)
        var new = old
        new.put("ab", x: 0, y: 0)
        XCTAssertEqual(new.diff(from: old), [CellRun(x: 0, y: 0, cells: new.row(0).prefix(2).map { $0 })])
    }

    func testSizeChangeRedrawsEveryRow() {
        let old = CellBuffer(width: 4, height: 2)
        var new = CellBuffer(width: 5, height: 3)
        new.put("hi", x: 0, y: 2)
        let runs = new.diff(from: old)
        XCTAssertEqual(runs.map(\.y), [0, 1, 2])
        XCTAssertTrue(runs.allSatisfy { $0.x == 0 && $0.width == 5 })
        XCTAssertEqual(CellBuffer(width: 0, height: 3).diff(from: old), [])
    }

    /// Applying the runs to the old buffer must give the new one.
    func testApplyingRunsReproducesTheNewBuffer() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<200 {
            let old = randomBuffer(using: &generator)
            let new = randomBuffer(using: &generator)
            var patched = old
            for run in new.diff(from: old) {
                var x = run.x
                for cell in run.cells {
                    if !cell.isContinuation { patched[x: x, y: run.y] = cell }
                    x += 1
                }
                XCTAssertFalse(run.cells.first?.isContinuation ?? true)
                XCTAssertNotEqual(run.cells.last?.width, 2)
            }
            XCTAssertEqual(patched.row(0) + patched.row(1), new.row(0) + new.row(1))
        }
    }

    private func randomBuffer(using generator: inout SeededGenerator) -> CellBuffer {
        var buffer = CellBuffer(width: 9, height: 2)
        let pieces = ["a", "中", "😀", "b", " ", "é", "文"]
        for _ in 0..<6 {
            let text = (0..<Int.random(in: 1...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let style = Bool.random(using: &generator) ? Style.plain : Style(bold: true)
            buffer.put(text, x: Int.random(in: -1...8, using: &generator), y: Int.random(in: 0...1, using: &generator), style: style)
        }
        return buffer
    }
}
