import TerminalCells
import XCTest

@testable import TerminalUI

final class KeyNamingTests: XCTestCase {
    func testModifiedKeysFromTerminfoCountAsPlainKeys() {
        XCTAssertEqual(CursesKeyCodes.rawKey(forExtendedName: "kUP5"), .up)
        XCTAssertEqual(CursesKeyCodes.rawKey(forExtendedName: "kDN3"), .down)
        XCTAssertEqual(CursesKeyCodes.rawKey(forExtendedName: "kLFT"), .left)
        XCTAssertEqual(CursesKeyCodes.rawKey(forExtendedName: "kRIT6"), .right)
        XCTAssertEqual(CursesKeyCodes.rawKey(forExtendedName: "kHOM5"), .home)
        XCTAssertEqual(CursesKeyCodes.rawKey(forExtendedName: "kEND2"), .end)
        XCTAssertEqual(CursesKeyCodes.rawKey(forExtendedName: "kPRV5"), .pageUp)
        XCTAssertEqual(CursesKeyCodes.rawKey(forExtendedName: "kNXT5"), .pageDown)
        XCTAssertEqual(CursesKeyCodes.rawKey(forExtendedName: "kDC5"), .delete)
        XCTAssertEqual(CursesKeyCodes.rawKey(forExtendedName: "kDCx"), .other)
        XCTAssertEqual(CursesKeyCodes.rawKey(forExtendedName: "kxIN"), .other)
    }

    func testLogDescriptions() {
        let table: [(TerminalEvent, String)] = [
            (.key(.character("a")), "key:character(a)"),
            (.key(.character(" ")), "key:character( )"),
            (.key(.character("é")), "key:character(é)"),
            (.key(.control("s")), "key:control(s)"),
            (.key(.alt("x")), "key:alt(x)"),
            (.key(.alt("\n")), "key:alt(\\n)"),
            (.key(.function(5)), "key:function(5)"),
            (.key(.escape), "key:escape"),
            (.key(.backTab), "key:backTab"),
            (.paste("hello\nwörld"), "paste:\"hello\\nwörld\""),
            (.resize(width: 40, height: 12), "resize:40x12"),
        ]
        for (event, expected) in table {
            XCTAssertEqual(event.logDescription, expected)
        }
    }

    func testEscapeDelayFromEnvironment() {
        XCTAssertEqual(TerminalScreen.escapeDelay(environment: [:]), 25)
        XCTAssertEqual(TerminalScreen.escapeDelay(environment: ["ESCDELAY": "10"]), 10)
        XCTAssertEqual(TerminalScreen.escapeDelay(environment: ["ESCDELAY": "banana"]), 25)
        XCTAssertEqual(TerminalScreen.escapeDelay(environment: ["ESCDELAY": "-5"]), 25)
    }
}
