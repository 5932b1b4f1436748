import XCTest
import FuzzSupport
import TerminalCells

final class XtermPaletteTests: XCTestCase {
    func testNearest256KnownValues() {
        func nearest(_ hex: String) -> UInt8 {
            guard case let .rgb(r, g, b)? = Color(hex: hex) else { XCTFail(hex); return 0 }
            return XtermPalette.nearest256(r: r, g: g, b: b)
        }
        XCTAssertEqual(nearest("#FF0000"), 196)
        XCTAssertEqual(nearest("#008000"), 28)
        XCTAssertEqual(nearest("#808080"), 244)
        XCTAssertEqual(nearest("#000000"), 16)
        XCTAssertEqual(nearest("#FFFFFF"), 231)
        XCTAssertEqual(nearest("#25D366"), 41)  // WhatsApp green
        XCTAssertEqual(nearest("#010101"), 16)
        XCTAssertEqual(nearest("#EEEEEE"), 255)
        XCTAssertEqual(nearest("#5F87AF"), 67)  // exact cube colour
    }

    func testPaletteRoundTripsFrom16Upwards() {
        for index in 16...255 {
            let rgb = XtermPalette.rgb(of: UInt8(index))
            XCTAssertEqual(XtermPalette.nearest256(r: rgb.r, g: rgb.g, b: rgb.b), UInt8(index), "index \(index)")
        }
        for index in 0...15 {
            let rgb = XtermPalette.rgb(of: UInt8(index))
            XCTAssertEqual(XtermPalette.nearest16(r: rgb.r, g: rgb.g, b: rgb.b), UInt8(index))
        }
        XCTAssertTrue(XtermPalette.rgb(of: 16) == (0, 0, 0))
        XCTAssertTrue(XtermPalette.rgb(of: 196) == (255, 0, 0))
        XCTAssertTrue(XtermPalette.rgb(of: 232) == (8, 8, 8))
        XCTAssertTrue(XtermPalette.rgb(of: 255) == (238, 238, 238))
        XCTAssertTrue(XtermPalette.rgb(of: 9) == (255, 0, 0))
    }

    func testNearestNeverPicksThemedColours() {
        var generator = SeededGenerator(seed: 3)
        for _ in 0..<2000 {
            let index = XtermPalette.nearest256(
                r: .random(in: 0...255, using: &generator), g: .random(in: 0...255, using: &generator),
                b: .random(in: 0...255, using: &generator))
            XCTAssertGreaterThanOrEqual(index, 16)
        }
    }
}
