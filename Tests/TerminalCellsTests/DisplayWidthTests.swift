import XCTest
@testable import TerminalCells

final class DisplayWidthTests: XCTestCase {
    /// Unicode 17.0's widths (the generated table). They agree with glibc 2.36's `wcwidth` under
    /// C.UTF-8 everywhere glibc knows the scalar; 🫨 (U+1FAE8, Unicode 15) is two columns here,
    /// where glibc, with Unicode 14 data, cannot print it.
    func testSingleScalarsFollowUnicodeData() {
        let expected: [(UInt32, Int)] = [
            (0x41, 1), (0xE9, 1), (0x4E2D, 2), (0x1F600, 2), (0x1F3F3, 1), (0x2764, 1),
            (0x200D, 0), (0xFE0F, 0), (0x0301, 0), (0x1F3FD, 2), (0x1F1E7, 1), (0x20E3, 0),
            (0x00AD, 1), (0x3000, 2), (0xFF21, 2), (0x1160, 0), (0x093F, 1), (0x0000, 0),
            (0x0007, -1), (0x007F, -1), (0x0085, -1), (0x2028, -1), (0xFFFE, -1),
            (0x1FAE8, 2), (0x20000, 2), (0xE0001, 0), (0xE000, 1),
        ]
        for (value, width) in expected {
            let scalar = Unicode.Scalar(value)!
            XCTAssertEqual(DisplayWidth.scalarWidth(of: scalar), width, "U+\(String(value, radix: 16))")
        }
    }

    func testCharacterWidthsForSingleScalarsFollowUnicodeData() {
        XCTAssertEqual(DisplayWidth.of("A" as Character), 1)
        XCTAssertEqual(DisplayWidth.of("é" as Character), 1)
        XCTAssertEqual(DisplayWidth.of("中" as Character), 2)
        XCTAssertEqual(DisplayWidth.of("😀" as Character), 2)
        XCTAssertEqual(DisplayWidth.of("\u{1F3F3}" as Character), 1)
        XCTAssertEqual(DisplayWidth.of("\u{2764}" as Character), 1)
        XCTAssertEqual(DisplayWidth.of("\u{200D}" as Character), 0)
        XCTAssertEqual(DisplayWidth.of("\u{FE0F}" as Character), 0)
        XCTAssertEqual(DisplayWidth.of("\n" as Character), 0)
        XCTAssertEqual(DisplayWidth.of("\t" as Character), 0)
        XCTAssertEqual(DisplayWidth.of("\u{1B}" as Character), 0)
    }

    /// (cluster, glyph sent to a terminal that answered no width probe, its width)
    static let corpus: [(String, String, Int)] = [
        ("a", "a", 1),
        ("é", "é", 1),  // precomposed U+00E9
        ("e\u{301}", "e\u{301}", 1),  // decomposed
        ("中", "中", 2),
        ("한", "한", 2),
        ("\u{1100}\u{1161}\u{11A8}", "\u{1100}\u{1161}\u{11A8}", 2),  // conjoining jamo
        ("😀", "😀", 2),
        ("❤️", "❤", 1),  // narrow base + VS16
        ("\u{2764}\u{FE0E}", "❤", 1),  // VS15
        ("👍🏽", "👍", 2),  // skin tone
        ("👨‍👩‍👧", "👨", 2),  // ZWJ family
        ("🏳️‍🌈", "\u{1F3F3}", 1),  // ZWJ with a narrow first component
        ("🧑🏽‍💻", "🧑", 2),
        ("❤️‍🔥", "❤", 1),
        ("🇧🇷", "BR", 2),  // flag
        ("\u{1F1E7}", "B", 1),  // lone regional indicator
        ("1️⃣", "1", 1),  // keycap
        ("#️⃣", "#", 1),
        ("🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", "🏴", 2),  // tag sequence
        ("🫨", "\u{FFFD} ", 2),  // Unicode 15 emoji: the stand-in, as wide as the emoji
        ("स्ते", "स्ते", 2),  // Devanagari conjunct: two spacing letters
        ("क्षि", "क्षि", 3),  // spacing vowel sign counts, as in glibc
        ("ب", "ب", 1),
        ("بِ", "بِ", 1),  // Arabic with a kasra
        ("วั", "วั", 1),  // Thai with a vowel mark
        ("ำ", "ำ", 1),  // Thai sara am is spacing
        ("\u{200D}", "", 0),
        ("\u{301}", "", 0),  // lone combining mark
        ("\r\n", "", 0),
        ("\u{202E}", "", 0),  // bidi override is dropped
        ("a\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}", "a\u{301}\u{302}\u{303}\u{304}", 1),  // 4 marks kept
    ]

    func testCorpusGlyphsAndWidths() {
        for (cluster, glyph, width) in Self.corpus {
            XCTAssertEqual(cluster.count, 1, "\(cluster) should be one cluster")
            guard let character = cluster.first else { continue }
            let result = DisplayWidth.glyph(for: character)
            XCTAssertEqual(result.text, glyph, "glyph of \(cluster.unicodeScalars.map { $0.value })")
            XCTAssertEqual(result.width, width, "width of \(cluster)")
            XCTAssertEqual(DisplayWidth.of(character), width)
            // What is sent is itself plain: sending it again changes nothing.
            if let sent = glyph.first, glyph.count == 1 {
                XCTAssertEqual(DisplayWidth.glyph(for: sent).text, glyph)
            }
        }
    }

    func testStringWidthIsSumOfGlyphWidths() {
        let texts = [
            "Hello, world", "café crème", "cafe\u{301}", "中文字符", "Olá 😀 ❤️ 👍🏽 👨‍👩‍👧",
            "🏳️‍🌈🇧🇷1️⃣", "नमस्ते दुनिया", "مرحبا بالعالم", "สวัสดีครับ", "tab\there\n", "",
        ]
        for text in texts {
            let sum = text.reduce(0) { $0 + DisplayWidth.glyph(for: $1).width }
            XCTAssertEqual(DisplayWidth.of(text), sum, text)
            XCTAssertEqual(DisplayWidth.of(text[...]), sum, "substring \(text)")
        }
        XCTAssertEqual(DisplayWidth.of("Olá 😀 ❤️ 👍🏽 👨‍👩‍👧"), 3 + 1 + 2 + 1 + 1 + 1 + 2 + 1 + 2)
        XCTAssertEqual(DisplayWidth.of("🏳️‍🌈🇧🇷1️⃣"), 1 + 2 + 1)
    }

    func testPrefixAndTruncation() {
        XCTAssertEqual(DisplayWidth.prefix(of: "a中b", fitting: 2).text, "a")
        XCTAssertEqual(DisplayWidth.prefix(of: "a中b", fitting: 3).width, 3)
        XCTAssertEqual(DisplayWidth.truncated("hello world", toWidth: 8), "hello w…")
        XCTAssertEqual(DisplayWidth.truncated("hello", toWidth: 5), "hello")
        XCTAssertEqual(DisplayWidth.truncated("中文中文", toWidth: 4), "中…")
        XCTAssertEqual(DisplayWidth.truncated("hello", toWidth: 0), "")
        XCTAssertEqual(DisplayWidth.truncated("hello", toWidth: -3), "")
        XCTAssertEqual(DisplayWidth.truncated("hello", toWidth: 1, ellipsis: "..."), "h")
    }

    /// What is sent to a terminal that answered nothing must measure, scalar by scalar, exactly
    /// the width the layout uses, and never contain an unprintable scalar nor an emoji of
    /// Unicode 15 or later (which older terminals drop).
    func testSafeGlyphsMeasureScalarByScalar() {
        var characters = Self.corpus.compactMap { $0.0.first }
        for value in stride(from: UInt32(0), through: 0x10FFFF, by: 97) {
            if let scalar = Unicode.Scalar(value) { characters.append(Character(scalar)) }
        }
        for character in characters {
            let glyph = DisplayWidth.glyph(for: character)
            let widths = glyph.text.unicodeScalars.map(DisplayWidth.scalarWidth)
            XCTAssertFalse(widths.contains(-1), "\(character.unicodeScalars.map(\.value))")
            XCTAssertFalse(glyph.text.unicodeScalars.contains(where: DisplayWidth.isNewEmoji), "\(character.unicodeScalars.map(\.value))")
            XCTAssertEqual(widths.reduce(0, +), glyph.width, "\(character.unicodeScalars.map(\.value))")
            XCTAssertEqual(DisplayWidth.of(character), glyph.width)
        }
    }
}
