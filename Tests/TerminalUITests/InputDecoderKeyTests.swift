import TerminalCells
import XCTest

@testable import TerminalUI

/// Key decoding outside pastes: code points and named key codes to `Key`.
final class InputDecoderKeyTests: XCTestCase {
    private func decode(_ inputs: RawInput..., lineFeedIsControlJ: Bool = false) -> [TerminalEvent] {
        var decoder = InputDecoder(lineFeedIsControlJ: lineFeedIsControlJ)
        return inputs.flatMap { decoder.feed($0) } + decoder.inputIdle()
    }

    private func codePoints(_ text: String) -> [RawInput] {
        text.unicodeScalars.map { .codePoint($0.value) }
    }

    func testPrintableCharactersIncludingAccentsAndEmoji() {
        var decoder = InputDecoder()
        let events = codePoints("aZ é😀中 ~").flatMap { decoder.feed($0) }
        XCTAssertEqual(events, ["a", "Z", " ", "é", "😀", "中", " ", "~"].map { .key(.character(Character($0))) })
    }

    func testCombiningMarkArrivesAsItsOwnCharacter() {
        XCTAssertEqual(decode(.codePoint(0x65), .codePoint(0x301)), [.key(.character("e")), .key(.character("\u{301}"))])
    }

    func testEnterFromCarriageReturnLineFeedAndKeypad() {
        XCTAssertEqual(decode(.codePoint(13), .codePoint(10), .key(.enter)), Array(repeating: .key(.enter), count: 3))
    }

    func testLineFeedCanBeControlJ() {
        XCTAssertEqual(decode(.codePoint(10), .codePoint(13), lineFeedIsControlJ: true), [.key(.control("j")), .key(.enter)])
    }

    func testTabBackTabBackspaceAndDelete() {
        XCTAssertEqual(
            decode(.codePoint(9), .key(.backTab), .codePoint(127), .codePoint(8), .key(.backspace), .key(.delete)),
            [.key(.tab), .key(.backTab), .key(.backspace), .key(.backspace), .key(.backspace), .key(.delete)]
        )
    }

    func testNavigationKeys() {
        let raw: [RawKey] = [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown]
        let keys: [Key] = [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown]
        var decoder = InputDecoder()
        XCTAssertEqual(raw.flatMap { decoder.feed(.key($0)) }, keys.map { .key($0) })
    }

    func testFunctionKeysOneToTwelveOnly() {
        var decoder = InputDecoder()
        let events = (0...14).flatMap { decoder.feed(.key(.function($0))) }
        XCTAssertEqual(events, (1...12).map { .key(.function($0)) })
    }

    func testControlLetters() {
        XCTAssertEqual(
            decode(.codePoint(19), .codePoint(17), .codePoint(3), .codePoint(26), .codePoint(1), .codePoint(5)),
            ["s", "q", "c", "z", "a", "e"].map { .key(.control(Character($0))) }
        )
    }

    func testControlPunctuationAndControlSpace() {
        XCTAssertEqual(
            decode(.codePoint(0), .codePoint(28), .codePoint(29), .codePoint(30), .codePoint(31)),
            [" ", "\\", "]", "^", "_"].map { .key(.control(Character($0))) }
        )
    }

    func testDroppedInput() {
        // C1 controls, a surrogate, beyond Unicode, and key codes with no meaning.
        XCTAssertEqual(decode(.codePoint(0x85), .codePoint(0xD800), .codePoint(0x110000), .key(.other), .key(.pasteEnd)), [])
    }

    func testResizeCarriesTheSize() {
        XCTAssertEqual(decode(.key(.resize(width: 40, height: 12))), [.resize(width: 40, height: 12)])
    }

    func testLoneEscapeWaitsForIdle() {
        var decoder = InputDecoder()
        XCTAssertEqual(decoder.feed(.codePoint(27)), [])
        XCTAssertTrue(decoder.isHoldingEscape)
        XCTAssertEqual(decoder.inputIdle(), [.key(.escape)])
        XCTAssertFalse(decoder.isHoldingEscape)
        XCTAssertEqual(decoder.inputIdle(), [])
    }

    func testEscapeFollowedByCharacterIsAlt() {
        XCTAssertEqual(decode(.codePoint(27), .codePoint(0x78)), [.key(.alt("x"))])
        XCTAssertEqual(decode(.codePoint(27), .codePoint(0x58)), [.key(.alt("X"))])
        XCTAssertEqual(decode(.codePoint(27), .codePoint(0xE9)), [.key(.alt("é"))])
    }

    func testAltEnterTabAndBackspace() {
        XCTAssertEqual(decode(.codePoint(27), .codePoint(13)), [.key(.alt("\n"))])
        XCTAssertEqual(decode(.codePoint(27), .key(.enter)), [.key(.alt("\n"))])
        XCTAssertEqual(decode(.codePoint(27), .codePoint(9)), [.key(.alt("\t"))])
        XCTAssertEqual(decode(.codePoint(27), .codePoint(127)), [.key(.alt("\u{7F}"))])
        XCTAssertEqual(decode(.codePoint(27), .key(.backspace)), [.key(.alt("\u{7F}"))])
    }

    func testDoubleEscapeIsTwoEscapes() {
        XCTAssertEqual(decode(.codePoint(27), .codePoint(27)), [.key(.escape), .key(.escape)])
    }

    func testEscapeBeforeAKeyWithoutAltFormIsDropped() {
        XCTAssertEqual(decode(.codePoint(27), .key(.up)), [.key(.up)])
        XCTAssertEqual(decode(.codePoint(27), .codePoint(19)), [.key(.control("s"))])
    }

    func testEscapeBeforeResizeOrPasteIsKept() {
        XCTAssertEqual(decode(.codePoint(27), .key(.resize(width: 1, height: 2))), [.key(.escape), .resize(width: 1, height: 2)])
        var decoder = InputDecoder()
        _ = decoder.feed(.codePoint(27))
        XCTAssertEqual(decoder.feed(.key(.pasteStart)), [.key(.escape)])
        XCTAssertTrue(decoder.isInPaste)
    }

    func testEscapeThenCharacterAfterIdleIsTwoEvents() {
        var decoder = InputDecoder()
        _ = decoder.feed(.codePoint(27))
        XCTAssertEqual(decoder.inputIdle() + decoder.feed(.codePoint(0x61)), [.key(.escape), .key(.character("a"))])
    }
}
