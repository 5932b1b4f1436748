import XCTest

@testable import TerminalUI

final class ColorPairCacheTests: XCTestCase {
    func testDefaultColoursArePairZero() {
        var cache = ColorPairCache(pairCount: 256)
        XCTAssertEqual(cache.pair(foreground: -1, background: -1), .existing(0))
        XCTAssertEqual(cache.count, 0)
    }

    func testPairsAreAllocatedOnceInOrder() {
        var cache = ColorPairCache(pairCount: 256)
        XCTAssertEqual(cache.pair(foreground: 1, background: -1), .allocated(1))
        XCTAssertEqual(cache.pair(foreground: -1, background: 1), .allocated(2))
        XCTAssertEqual(cache.pair(foreground: 1, background: -1), .existing(1))
        XCTAssertEqual(cache.pair(foreground: 200, background: 17), .allocated(3))
        XCTAssertEqual(cache.count, 3)
    }

    func testPairsBeyond255AreUsedWhenTheTerminalHasThem() {
        var cache = ColorPairCache(pairCount: 65_536)
        for index in 0..<300 {
            _ = cache.pair(foreground: Int32(index % 256), background: Int32(index / 256))
        }
        XCTAssertEqual(cache.pair(foreground: 43, background: 1), .existing(300))
        XCTAssertEqual(cache.highestPair, 65_535)
    }

    func testExhaustionAndReset() {
        var cache = ColorPairCache(pairCount: 3)
        XCTAssertEqual(cache.pair(foreground: 1, background: 0), .allocated(1))
        XCTAssertEqual(cache.pair(foreground: 2, background: 0), .allocated(2))
        XCTAssertEqual(cache.pair(foreground: 3, background: 0), .exhausted)
        XCTAssertEqual(cache.pair(foreground: 1, background: 0), .existing(1))
        XCTAssertEqual(cache.pair(foreground: -1, background: -1), .existing(0))
        cache.removeAll()
        XCTAssertEqual(cache.count, 0)
        XCTAssertEqual(cache.pair(foreground: 3, background: 0), .allocated(1))
    }

    func testNoPairsWithoutColour() {
        var cache = ColorPairCache(pairCount: 0)
        XCTAssertEqual(cache.pair(foreground: 1, background: 2), .exhausted)
        XCTAssertEqual(cache.pair(foreground: -1, background: -1), .existing(0))
    }
}
