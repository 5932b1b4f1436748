import TerminalCells
import XCTest

@testable import TerminalUI

final class LineShiftTests: XCTestCase {
    private func form(from top: Int, height: Int = 12, extra: String? = nil) -> CellBuffer {
        var buffer = CellBuffer(width: 20, height: height)
        buffer.put("header", x: 0, y: 0)
        if let extra { buffer.put(extra, x: 0, y: top - 1) }
        for (offset, label) in ["Background", "Font", "Audience", "Accounts", "Log"].enumerated() {
            buffer.put(label, x: 2, y: top + offset, style: Style(fg: .indexed(110)))
            buffer.put(String(repeating: "·", count: 6), x: 12, y: top + offset)
        }
        return buffer
    }

    func testRowsMovedDownTogetherAreFoundWithTheirRegion() throws {
        let before = form(from: 3)
        let after = form(from: 4, extra: "second line")
        let shift = try XCTUnwrap(LineShift.find(from: before, to: after))
        XCTAssertEqual(shift.distance, 1)
        XCTAssertEqual(shift.region.lowerBound, 3, "the region starts where the moved rows came from")
        XCTAssertEqual(shift.applied(to: before).lines()[4...8], after.lines()[4...8])
        XCTAssertEqual(shift.applied(to: before).lines()[3], "", "the row opened by the shift is blank")
        XCTAssertEqual(Set(after.diff(from: shift.applied(to: before)).map(\.y)), [3], "only the new line is left to write")
    }

    func testRowsMovedUpAreFoundToo() throws {
        let before = form(from: 4, extra: "an error")
        let after = form(from: 3)
        let shift = try XCTUnwrap(LineShift.find(from: before, to: after))
        XCTAssertEqual(shift.distance, -1)
        XCTAssertEqual(after.diff(from: shift.applied(to: before)), [])
    }

    func testNoShiftWhenTooFewRowsWouldBeSaved() {
        var before = CellBuffer(width: 20, height: 6)
        before.put("one", x: 0, y: 1)
        before.put("two", x: 0, y: 2)
        var after = CellBuffer(width: 20, height: 6)
        after.put("one", x: 0, y: 2)
        after.put("two", x: 0, y: 3)
        XCTAssertNil(LineShift.find(from: before, to: after), "six cells are cheaper to rewrite")
        XCTAssertNil(LineShift.find(from: before, to: CellBuffer(width: 21, height: 6)))
    }

    func testTheTerminalScrollsTheRegionWithOneInsertLine() throws {
        var writer = FrameWriter(sequences: XtermSequences.make())
        let bytes = try XCTUnwrap(writer.shift(LineShift(region: 3..<9, distance: 1), screenHeight: 12))
        XCTAssertEqual(XtermSequences.visible(bytes), "⎋(B⎋[m⎋[4;9r⎋[4;1H⎋[1L⎋[1;12r")
        XCTAssertNil(writer.position, "setting the region moves the cursor")
        let up = try XCTUnwrap(writer.shift(LineShift(region: 3..<9, distance: -2), screenHeight: 12))
        XCTAssertEqual(XtermSequences.visible(up), "⎋[4;9r⎋[4;1H⎋[2M⎋[1;12r", "already in normal attributes")
    }
}
