import TerminalCells
import XCTest

@testable import TerminalUI

/// Bracketed-paste assembly: everything between the markers becomes one `.paste`.
final class InputDecoderPasteTests: XCTestCase {
    private func paste(_ scalars: [UInt32], extra: [RawInput] = []) -> [TerminalEvent] {
        var decoder = InputDecoder()
        var events = decoder.feed(.key(.pasteStart))
        for value in scalars { events += decoder.feed(.codePoint(value)) }
        for input in extra { events += decoder.feed(input) }
        events += decoder.feed(.key(.pasteEnd))
        XCTAssertFalse(decoder.isInPaste)
        return events
    }

    private func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    func testPasteIsOneEvent() {
        XCTAssertEqual(paste(scalars("hello wörld 😀")), [.paste("hello wörld 😀")])
    }

    func testNewlinesAreNormalised() {
        XCTAssertEqual(paste(scalars("a\rb\nc\r\nd\r\re")), [.paste("a\nb\nc\nd\n\ne")])
    }

    func testTabBecomesSpaceAndOtherControlsAreDropped() {
        XCTAssertEqual(paste(scalars("a\tb\u{7}c\u{1B}d\u{7F}e\u{85}f\u{0}g")), [.paste("a bcdefg")])
    }

    func testKeysInsidePasteAreDroppedButEnterIsANewline() {
        XCTAssertEqual(
            paste(scalars("x"), extra: [.key(.up), .key(.function(3)), .key(.enter), .key(.pasteStart), .codePoint(0x79)]),
            [.paste("x\ny")]
        )
    }

    func testCombiningMarksJoinTheirBase() {
        let events = paste(scalars("e\u{301}"))
        XCTAssertEqual(events, [.paste("é")])
        if case let .paste(text) = events.first { XCTAssertEqual(text.count, 1) }
    }

    func testEmptyPaste() {
        XCTAssertEqual(paste([]), [.paste("")])
    }

    func testControlKeysDoNotEscapeAPaste() {
        // Ctrl-Q inside pasted text must not quit: it is dropped as a control character.
        XCTAssertEqual(paste([0x61, 17, 19, 3, 0x62]), [.paste("ab")])
    }

    func testResizeDuringPasteIsDeliveredAndPasteContinues() {
        var decoder = InputDecoder()
        _ = decoder.feed(.key(.pasteStart))
        _ = decoder.feed(.codePoint(0x61))
        XCTAssertEqual(decoder.feed(.key(.resize(width: 80, height: 24))), [.resize(width: 80, height: 24)])
        _ = decoder.feed(.codePoint(0x62))
        XCTAssertEqual(decoder.feed(.key(.pasteEnd)), [.paste("ab")])
    }

    func testStalledPasteDeliversWhatArrived() {
        var decoder = InputDecoder()
        _ = decoder.feed(.key(.pasteStart))
        _ = decoder.feed(.codePoint(0x61))
        XCTAssertTrue(decoder.isInPaste)
        XCTAssertEqual(decoder.finishStalledPaste(), [.paste("a")])
        XCTAssertFalse(decoder.isInPaste)
        XCTAssertEqual(decoder.finishStalledPaste(), [])
        XCTAssertEqual(decoder.feed(.codePoint(0x62)), [.key(.character("b"))])
    }

    func testPasteIsCapped() {
        var decoder = InputDecoder()
        _ = decoder.feed(.key(.pasteStart))
        for _ in 0..<(InputDecoder.maxPasteScalars + 10) { _ = decoder.feed(.codePoint(0x61)) }
        guard case let .paste(text)? = decoder.feed(.key(.pasteEnd)).first else { return XCTFail("no paste") }
        XCTAssertEqual(text.unicodeScalars.count, InputDecoder.maxPasteScalars)
    }

    func testLineFeedInsidePasteStaysANewlineWhenControlJIsBound() {
        var decoder = InputDecoder(lineFeedIsControlJ: true)
        _ = decoder.feed(.key(.pasteStart))
        _ = decoder.feed(.codePoint(10))
        XCTAssertEqual(decoder.feed(.key(.pasteEnd)), [.paste("\n")])
    }

    func testKeysAfterThePasteDecodeNormally() {
        var decoder = InputDecoder()
        _ = decoder.feed(.key(.pasteStart))
        _ = decoder.feed(.key(.pasteEnd))
        XCTAssertEqual(decoder.feed(.codePoint(13)), [.key(.enter)])
    }
}
