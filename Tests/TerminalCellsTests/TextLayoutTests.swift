import FuzzSupport
import TerminalCells
import XCTest

final class TextLayoutTests: XCTestCase {
    private func rows(_ text: String, _ width: Int) -> [String] {
        TextLayout.wrap(text, width: width).map(\.text)
    }

    func testWordWrapKeepsWordsTogether() {
        XCTAssertEqual(rows("the quick brown fox", 10), ["the quick ", "brown fox"])
        XCTAssertEqual(rows("hello world", 5), ["hello ", "world"])
        XCTAssertEqual(rows("hello world", 11), ["hello world"])
        XCTAssertEqual(rows("a bb ccc dddd", 4), ["a bb ", "ccc ", "dddd"])
    }

    func testFirstRowsAloneAreTheRowsOfTheWholeWrap() {
        XCTAssertEqual(rows("one two three four", 4).prefix(2), ["one ", "two "])
        XCTAssertEqual(TextLayout.wrap("one two three four", width: 4, maxLines: 2).map(\.text), ["one ", "two "])
        XCTAssertEqual(TextLayout.wrap("", width: 4, maxLines: 0).map(\.text), [""], "empty text is still one row")
        var random = SeededGenerator(seed: 31)
        let pieces = emojiAndScriptCorpus + ["  ", "palavra", "\r\n", "\u{3000}", "longwordlongword", " \n", "\u{2028}"]
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...30, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let width = Int.random(in: 0...12, using: &random)
            let count = Int.random(in: 1...6, using: &random)
            let whole = TextLayout.wrap(text, width: width)
            XCTAssertEqual(TextLayout.wrap(text, width: width, maxLines: count), Array(whole.prefix(count)), "\(text.debugDescription) in \(width) columns")
        }
    }

    func testHardNewlinesAndEmptyLines() {
        let lines = TextLayout.wrap("one\n\ntwo\n", width: 10)
        XCTAssertEqual(lines.map(\.text), ["one", "", "two", ""])
        XCTAssertEqual(lines.map(\.range), [0..<3, 4..<4, 5..<8, 9..<9])
        XCTAssertEqual(lines.map(\.continuesOnNextLine), [false, false, false, false])
        XCTAssertEqual(TextLayout.wrap("", width: 5).map(\.range), [0..<0])
        XCTAssertEqual(TextLayout.wrap("a\r\nb", width: 5).map(\.range), [0..<1, 2..<3])
    }

    func testLongWordsBreakBetweenClusters() {
        XCTAssertEqual(rows("abcdefghij", 4), ["abcd", "efgh", "ij"])
        XCTAssertEqual(rows("中文中文中", 4), ["中文", "中文", "中"])
        XCTAssertEqual(rows("a中文", 2), ["a", "中", "文"])
        XCTAssertEqual(rows("👨‍👩‍👧👍🏽🇧🇷x", 4), ["👨‍👩‍👧👍🏽", "🇧🇷x"])
    }

    func testRangesCoverTheSourceAndWidthsFit() {
        let text = "Olá 😀 mundo! नमस्ते दुनिया 中文字符 🇧🇷🇧🇷 a-very-long-word-indeed\nnext ❤️ line"
        let characters = Array(text)
        for width in 1...20 {
            let lines = TextLayout.wrap(text, width: width)
            var expectedStart = 0
            for line in lines {
                XCTAssertEqual(line.range.lowerBound, expectedStart)
                XCTAssertEqual(line.text, String(characters[line.range]))
                XCTAssertLessThanOrEqual(line.width, DisplayWidth.of(line.text))
                // Only a cluster wider than the whole row may stick out, alone at the row's start.
                let firstWidth = line.text.first.map { DisplayWidth.of($0) } ?? 0
                XCTAssertLessThanOrEqual(line.width, max(width, firstWidth), "\(line.text) at \(width)")
                expectedStart = line.range.upperBound + (line.continuesOnNextLine ? 0 : 1)
            }
            XCTAssertEqual(lines.last?.range.upperBound, characters.count)
        }
    }

    func testWidthBelowOneDoesNotLoop() {
        for width in [0, -1, Int.min] {
            let lines = TextLayout.wrap("ab 中", width: width)
            XCTAssertEqual(lines.map(\.text), ["a", "b ", "中"])
        }
    }

    func testSpacesHangAtTheEndOfARow() {
        let lines = TextLayout.wrap("hello   world", width: 5)
        XCTAssertEqual(lines.map(\.text), ["hello   ", "world"])
        XCTAssertEqual(lines[0].width, 5)
        XCTAssertEqual(TextLayout.position(ofCharacterOffset: 7, in: lines).column, 5)
    }

    func testPositionsAtSoftAndHardBreaks() {
        let lines = TextLayout.wrap("hello world\nbye", width: 6)
        XCTAssertEqual(lines.map(\.text), ["hello ", "world", "bye"])
        XCTAssertTrue(TextLayout.position(ofCharacterOffset: 5, in: lines) == (0, 5))
        XCTAssertTrue(TextLayout.position(ofCharacterOffset: 6, in: lines) == (1, 0))  // soft break: next row
        XCTAssertTrue(TextLayout.position(ofCharacterOffset: 11, in: lines) == (1, 5))  // before the newline
        XCTAssertTrue(TextLayout.position(ofCharacterOffset: 12, in: lines) == (2, 0))
        XCTAssertTrue(TextLayout.position(ofCharacterOffset: 99, in: lines) == (2, 3))
        XCTAssertTrue(TextLayout.position(ofCharacterOffset: -4, in: lines) == (0, 0))
        XCTAssertEqual(TextLayout.characterOffset(row: 0, column: 99, in: lines), 5)  // not past the soft break
        XCTAssertEqual(TextLayout.characterOffset(row: 1, column: 99, in: lines), 11)
        XCTAssertEqual(TextLayout.characterOffset(row: 9, column: 1, in: lines), 13)
        XCTAssertEqual(TextLayout.characterOffset(row: -1, column: -1, in: lines), 0)
        XCTAssertEqual(TextLayout.characterOffset(row: 0, column: 0, in: []), 0)
        XCTAssertTrue(TextLayout.position(ofCharacterOffset: 3, in: []) == (0, 0))
    }

    func testColumnInsideAWideGlyphGoesBeforeIt() {
        let lines = TextLayout.wrap("a中b", width: 10)
        XCTAssertEqual(TextLayout.characterOffset(row: 0, column: 2, in: lines), 1)
        XCTAssertEqual(TextLayout.characterOffset(row: 0, column: 3, in: lines), 2)
    }

    func testOffsetPositionRoundTrips() {
        let texts = [
            "the quick brown fox jumps over the lazy dog",
            "Olá 😀 ❤️ 👍🏽 👨‍👩‍👧 🏳️‍🌈 🇧🇷 1️⃣ fim",
            "नमस्ते दुनिया\nمرحبا بالعالم\nสวัสดีครับ\n中文字符测试一下",
            "\n\nx\n",
        ]
        for text in texts {
            for width in 1...16 {
                let lines = TextLayout.wrap(text, width: width)
                var seen: [Int: Int] = [:]
                for offset in 0...text.count {
                    let position = TextLayout.position(ofCharacterOffset: offset, in: lines)
                    let back = TextLayout.characterOffset(row: position.row, column: position.column, in: lines)
                    XCTAssertEqual(back, offset, "\(text) width \(width) offset \(offset)")
                    seen[position.row * 1000 + position.column, default: 0] += 1
                }
                XCTAssertTrue(seen.values.allSatisfy { $0 == 1 }, "positions are distinct")
            }
        }
    }
}
