import Foundation
import XCTest

@testable import TerminalCells

/// Emoji clusters drawn for what the terminal answered: whole at the width it drew each kind,
/// a safe form for what it did not measure, and a stand-in for what it cannot show.
final class WidthProfileTests: XCTestCase {
    func testAModernTerminalGetsEveryKindWholeInTwoColumns() {
        for kind in WidthProfile.Kind.allCases {
            let cells = DisplayWidth.glyphCells(for: Character(kind.sample), widths: .modern)
            XCTAssertEqual(cells, [GlyphCell(text: kind.sample, width: 2)], "\(kind)")
        }
        XCTAssertEqual(DisplayWidth.of("Amor 🩷 e 🫨 tremor, 👍🏽 ok, 🇧🇷 Brasil 👨‍👩‍👧 ☀️", widths: .modern), 43)
    }

    /// tmux 3.3a as measured: the skin tone whole in four columns, the flag and the family whole
    /// in two, ☀️ whole in one, and the Unicode 15 emoji it drops as the stand-in.
    func testTmuxGetsWhatItCanShowWholeAndAStandInForTheRest() {
        let expected: [(String, String, Int)] = [
            ("👍🏽", "👍🏽", 4), ("🇧🇷", "🇧🇷", 2), ("👨‍👩‍👧", "👨‍👩‍👧", 2), ("☀️", "☀️", 1), ("1️⃣", "1️⃣", 1),
            ("🫨", "\u{FFFD} ", 2), ("🩷", "\u{FFFD} ", 2), ("🪿", "\u{FFFD} ", 2),
            // A cluster holding a Unicode 15 emoji is not sent whole to a terminal that drops them.
            ("\u{1FAF7}\u{1F3FD}", "\u{FFFD} ", 2),
            ("😀", "😀", 2), ("é", "é", 1),
        ]
        for (cluster, glyph, width) in expected {
            let result = DisplayWidth.glyph(for: Character(cluster), widths: .tmux33)
            XCTAssertEqual(result.text, glyph, cluster)
            XCTAssertEqual(result.width, width, cluster)
            XCTAssertEqual(DisplayWidth.of(Character(cluster), widths: .tmux33), width, cluster)
        }
    }

    func testAWidthTheTerminalCouldNotShowFallsBackToTheSafeForm() {
        let odd = WidthProfile([.flag: 0, .skinTone: 12, .joined: 6])
        XCTAssertEqual(DisplayWidth.glyph(for: "🇧🇷", widths: odd).text, "BR")
        XCTAssertEqual(DisplayWidth.glyph(for: "👍🏽", widths: odd).text, "👍")
        XCTAssertEqual(DisplayWidth.glyph(for: "👨‍👩‍👧", widths: odd).text, "👨‍👩‍👧")
        XCTAssertEqual(DisplayWidth.glyph(for: "👨‍👩‍👧", widths: odd).width, 6)
    }

    /// Every emoji Unicode recommends (RGI: emoji-sequences.txt and emoji-zwj-sequences.txt, as
    /// committed for the generator) is one cluster, drawn whole, as typed, in two columns on a
    /// modern terminal. Subdivision flags (tag sequences) are not probed and keep their safe 🏴.
    func testEveryRecommendedEmojiIsDrawnWholeOnAModernTerminal() throws {
        let emoji = try Self.recommendedEmoji()
        XCTAssertGreaterThan(emoji.count, 3500)
        var tagSequences = 0
        for sequence in emoji {
            XCTAssertEqual(sequence.count, 1, "\(sequence.unicodeScalars.map(\.value)) is one cluster")
            guard let character = sequence.first else { continue }
            let glyph = DisplayWidth.glyph(for: character, widths: .modern)
            XCTAssertEqual(glyph.width, 2, sequence)
            if sequence.unicodeScalars.contains(where: { (0xE0020...0xE007F).contains($0.value) }) {
                tagSequences += 1
                XCTAssertEqual(glyph.text, "🏴", sequence)
            } else {
                XCTAssertEqual(glyph.text, sequence, "\(sequence.unicodeScalars.map(\.value))")
            }
        }
        XCTAssertEqual(tagSequences, 3)
    }

    /// The code point sequences of every RGI emoji in the committed Unicode data.
    static func recommendedEmoji() throws -> [String] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scripts/unicode")
        var result: [String] = []
        for name in ["emoji-sequences.txt", "emoji-zwj-sequences.txt"] {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                guard let field = line.split(separator: ";").first else { continue }
                let points = field.trimmingCharacters(in: .whitespaces)
                if points.contains("..") {
                    let bounds = points.components(separatedBy: "..").compactMap { UInt32($0, radix: 16) }
                    guard bounds.count == 2 else { continue }
                    result += (bounds[0]...bounds[1]).compactMap(Unicode.Scalar.init).map { String($0) }
                } else {
                    let scalars = points.split(separator: " ").compactMap { UInt32($0, radix: 16) }.compactMap(Unicode.Scalar.init)
                    if !scalars.isEmpty { result.append(String(String.UnicodeScalarView(scalars))) }
                }
            }
        }
        return result
    }
}
