import XCTest
import FuzzSupport
import TerminalCells

/// Thousands of random operations with random sizes and coordinates: nothing may crash and the
/// buffer must stay well formed.
final class CellBufferFuzzTests: XCTestCase {
    func testRandomOperationsKeepTheBufferWellFormed() {
        var generator = SeededGenerator(seed: 2024)
        let coordinates = [Int.min, -1_000_000, -3, -1, 0, 1, 2, 5, 17, 80, 1_000_000, Int.max]
        func coordinate() -> Int {
            Bool.random(using: &generator)
                ? coordinates.randomElement(using: &generator)!
                : Int.random(in: -4...24, using: &generator)
        }
        func text() -> String {
            (0..<Int.random(in: 0...8, using: &generator))
                .map { _ in emojiAndScriptCorpus.randomElement(using: &generator)! }
                .joined()
        }

        var buffer = CellBuffer(width: 10, height: 4)
        for step in 0..<4000 {
            if step % 250 == 0 {
                let previous = buffer
                buffer = CellBuffer(width: Int.random(in: -2...30, using: &generator), height: Int.random(in: -2...12, using: &generator))
                _ = buffer.diff(from: previous)
            }
            let before = buffer
            switch Int.random(in: 0..<5, using: &generator) {
            case 0:
                let maxWidth: Int? = Bool.random(using: &generator) ? nil : coordinate()
                let used = buffer.put(text(), x: coordinate(), y: coordinate(), maxWidth: maxWidth)
                XCTAssertGreaterThanOrEqual(used, 0)
            case 1:
                let rect = Rect(x: coordinate(), y: coordinate(), width: coordinate(), height: coordinate())
                let fillers: [Character] = ["#", "中", "😀", "\u{301}", "🇧🇷"]
                buffer.fill(rect, with: fillers.randomElement(using: &generator)!)
            case 2:
                let width = UInt8.random(in: 0...3, using: &generator)
                buffer[x: coordinate(), y: coordinate()] = Cell(text: "中", width: width)
            case 3:
                buffer.cursor = (x: coordinate(), y: coordinate())
            default:
                for run in buffer.diff(from: before) {
                    XCTAssertGreaterThanOrEqual(run.x, 0)
                    XCTAssertLessThanOrEqual(run.x + run.width, buffer.width)
                }
            }
            assertWellFormed(buffer, step: step)
        }
    }

    private func assertWellFormed(_ buffer: CellBuffer, step: Int, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(buffer.cells.count, buffer.width * buffer.height)
        XCTAssertEqual(buffer.lines().count, buffer.height)
        for y in 0..<buffer.height {
            let row = buffer.row(y)
            let total = row.reduce(0) { $0 + Int($1.width) }
            XCTAssertLessThanOrEqual(total, buffer.width, "row width at step \(step)", file: file, line: line)
            XCTAssertLessThanOrEqual(DisplayWidth.of(buffer.line(y)), buffer.width, file: file, line: line)
            for (x, cell) in row.enumerated() {
                if cell.width == 2 {
                    XCTAssertTrue(x + 1 < row.count && row[x + 1].isContinuation, "lead without its right half at step \(step)", file: file, line: line)
                }
                if cell.isContinuation {
                    XCTAssertTrue(x > 0 && row[x - 1].width == 2, "orphan right half at step \(step)", file: file, line: line)
                }
            }
        }
        if let cursor = buffer.cursor {
            XCTAssertTrue(buffer.contains(x: cursor.x, y: cursor.y))
        }
    }
}
