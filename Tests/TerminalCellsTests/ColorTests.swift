import XCTest
import TerminalCells

final class ColorTests: XCTestCase {
    func testHexParsing() {
        XCTAssertEqual(Color(hex: "#FF0000"), .rgb(255, 0, 0))
        XCTAssertEqual(Color(hex: "#25d366"), .rgb(0x25, 0xD3, 0x66))
        XCTAssertEqual(Color(hex: "128C7E"), .rgb(0x12, 0x8C, 0x7E))
        for bad in ["", "#", "#FFF", "#FF00001", "#GG0000", " #FF0000", "#FF0000 ", "##FF0000", "#FF 000", "#ＦＦ0000", "#FF00\u{301}00"] {
            XCTAssertNil(Color(hex: bad), bad)
        }
        XCTAssertEqual(Color.rgb(0x0A, 0xBC, 0xFF).hex, "#0ABCFF")
        XCTAssertEqual(Color.indexed(196).hex, "#FF0000")
        XCTAssertNil(Color.default.hex)
    }

    func testResolvingForEachProfile() {
        let green = Color.rgb(0x00, 0x80, 0x00)
        XCTAssertEqual(green.resolved(for: .trueColor), green)
        XCTAssertEqual(green.resolved(for: .ansi256), .indexed(28))
        XCTAssertEqual(green.resolved(for: .ansi16), .indexed(2))
        XCTAssertEqual(green.resolved(for: .monochrome), .default)
        XCTAssertEqual(Color.indexed(196).resolved(for: .ansi16), .indexed(9))
        XCTAssertEqual(Color.indexed(4).resolved(for: .ansi16), .indexed(4))
        XCTAssertEqual(Color.indexed(200).resolved(for: .ansi256), .indexed(200))
        XCTAssertEqual(Color.default.resolved(for: .ansi256), .default)
        let style = Style(fg: .rgb(255, 0, 0), bg: .rgb(0, 0, 0), bold: true, reverse: true)
        let mono = style.resolved(for: .monochrome)
        XCTAssertEqual(mono, Style(bold: true, reverse: true))
        XCTAssertEqual(style.resolved(for: .ansi256).fg, .indexed(196))
    }
}
