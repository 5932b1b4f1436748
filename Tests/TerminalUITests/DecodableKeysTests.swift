import FuzzSupport
import TerminalCells
import XCTest

@testable import TerminalUI

/// The key map's walk feeds `DecodableKeys.all` to every mode; this checks that list against the
/// decoder itself, so a key the decoder learns to produce cannot escape the walk.
final class DecodableKeysTests: XCTestCase {
    let listed = Set(DecodableKeys.all)

    /// What the decoder makes of each input alone, after an Esc (Alt), and with Ctrl-J on.
    func decodedKeys(_ input: RawInput) -> [Key] {
        var plain = InputDecoder(), alt = InputDecoder(), controlJ = InputDecoder(lineFeedIsControlJ: true)
        let events = plain.feed(input) + plain.inputIdle() + alt.feed(.codePoint(27)) + alt.feed(input) + alt.inputIdle()
            + controlJ.feed(input) + controlJ.inputIdle()
        return events.compactMap { if case .key(let key) = $0 { key } else { nil } }
    }

    func testEveryKeyTheDecoderProducesIsWalked() {
        let rawKeys: [RawKey] = [.enter, .backTab, .backspace, .delete, .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .other]
            + (0...14).map(RawKey.function)
        var inputs = rawKeys.map(RawInput.key)
        inputs += (0...0x2FF).map(RawInput.codePoint) + [0x4E2D, 0x1F600, 0xFF11].map(RawInput.codePoint)
        for input in inputs {
            for key in decodedKeys(input) {
                switch key {
                // Characters are open-ended: the walk takes printable ASCII and samples beyond.
                case .character(let char) where !char.isASCII, .alt(let char) where !char.isASCII:
                    continue
                default:
                    XCTAssertTrue(listed.contains(key), "\(input) decodes to \(key), which DecodableKeys leaves out")
                }
            }
        }
    }
}
