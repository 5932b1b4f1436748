import XCTest
import TerminalCells

final class RectTests: XCTestCase {
    func testSizesNeverGoNegative() {
        var rect = Rect(x: 1, y: 1, width: -4, height: -1)
        XCTAssertEqual(rect.width, 0)
        XCTAssertTrue(rect.isEmpty)
        rect.width = -9
        XCTAssertEqual(rect.width, 0)
    }

    func testIntersection() {
        let a = Rect(x: 0, y: 0, width: 10, height: 5)
        XCTAssertEqual(a.intersection(Rect(x: 8, y: 3, width: 10, height: 10)), Rect(x: 8, y: 3, width: 2, height: 2))
        XCTAssertTrue(a.intersection(Rect(x: 20, y: 0, width: 3, height: 3)).isEmpty)
        XCTAssertEqual(a.intersection(Rect(x: Int.min, y: Int.min, width: Int.max, height: Int.max)).width, 0)
        XCTAssertEqual(Rect(x: Int.max, y: 0, width: Int.max, height: 1).maxX, Int.max)
    }

    func testInsetAndSplitting() {
        let area = Rect(x: 2, y: 1, width: 20, height: 10)
        XCTAssertEqual(area.inset(by: 1), Rect(x: 3, y: 2, width: 18, height: 8))
        XCTAssertEqual(area.inset(by: 50).width, 0)
        XCTAssertEqual(area.inset(by: 50).height, 0)
        XCTAssertEqual(area.inset(by: -1), Rect(x: 1, y: 0, width: 22, height: 12))
        XCTAssertEqual(area.inset(top: 2, left: 3), Rect(x: 5, y: 3, width: 17, height: 8))
        XCTAssertEqual(area.removingTop(3), Rect(x: 2, y: 4, width: 20, height: 7))
        XCTAssertEqual(area.removingTop(99), Rect(x: 2, y: 11, width: 20, height: 0))
        XCTAssertEqual(area.removingTop(-5), area)
        XCTAssertEqual(area.removingBottom(4), Rect(x: 2, y: 1, width: 20, height: 6))
        XCTAssertEqual(area.removingLeft(5), Rect(x: 7, y: 1, width: 15, height: 10))
        XCTAssertEqual(area.removingRight(25), Rect(x: 2, y: 1, width: 0, height: 10))
        XCTAssertEqual(area.top(2), Rect(x: 2, y: 1, width: 20, height: 2))
        XCTAssertEqual(area.bottom(2), Rect(x: 2, y: 9, width: 20, height: 2))
        XCTAssertEqual(area.left(4), Rect(x: 2, y: 1, width: 4, height: 10))
        XCTAssertEqual(area.right(4), Rect(x: 18, y: 1, width: 4, height: 10))
        let (header, body) = area.splitTop(1)
        XCTAssertEqual(header.height + body.height, area.height)
        let (side, main) = area.splitLeft(30)
        XCTAssertEqual(side, area)
        XCTAssertTrue(main.isEmpty)
        XCTAssertTrue(area.contains(x: 2, y: 1))
        XCTAssertFalse(area.contains(x: 22, y: 1))
    }
}
