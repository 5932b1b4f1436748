import FuzzSupport
import TerminalCells
import XCTest

@testable import TerminalUI

/// Thousands of random frames (text in several scripts, wide and combined glyphs, colours,
/// attributes, cursor moves, rows moving together, repaints) written by `FrameWriter` and replayed on an emulated
/// terminal: after every frame the terminal must show exactly the buffer, whatever order the
/// writer chose and whatever it remembered from the frames before.
final class FrameWriterReplayTests: XCTestCase {
    private let resolver = StyleResolver(profile: .ansi256, palette: .indexed(count: 256), hasDefaultColors: true)
    private let corpus = [
        "a", "b", "Z", " ", "ç", "ã", "é", "e\u{301}", "日", "本", "🎉", "🙏", "—", "€", "x",
        "👍🏽", "🇧🇷", "👨‍👩‍👧", "☀️", "🫨", "🩷", "1️⃣", "🧑🏽‍💻",
    ]

    private let styles: [Style] = [
        .plain, Style(fg: .indexed(254)), Style(fg: .indexed(255), bg: .indexed(239)),
        Style(fg: .indexed(231), bg: .indexed(23), bold: true), Style(fg: .indexed(103)),
        Style(fg: .indexed(1), underline: true), Style(reverse: true), Style(fg: .indexed(9), bg: .indexed(4), dim: true),
    ]

    func testTheTerminalShowsEveryFrameExactly() {
        for delaysWrap in [true, false] {
            replay(width: 23, height: 7, delaysWrap: delaysWrap, frames: 1500, seed: delaysWrap ? 11 : 12)
        }
    }

    /// Each width profile: the buffer laid out with what the terminal answered, the terminal
    /// drawing every emoji cluster at that width, whole.
    func testEveryWidthProfileShowsEveryFrameExactly() {
        for (index, profile) in WidthProfile.known.enumerated() {
            replay(width: 23, height: 7, delaysWrap: true, widths: profile, frames: 800, seed: 20 + UInt64(index))
        }
    }

    /// A terminal that draws emoji one column wide: the emoji itself looks different, but
    /// every cell after it is still in its place.
    func testATerminalMeasuringEmojiDifferentlyShiftsNothing() {
        replay(width: 23, height: 7, delaysWrap: true, narrowEmoji: true, frames: 1500, seed: 13)
    }

    private func replay(
        width: Int, height: Int, delaysWrap: Bool, narrowEmoji: Bool = false, widths: WidthProfile = .safe, frames: Int, seed: UInt64
    ) {
        var random = SeededGenerator(seed: seed)
        var writer = FrameWriter(sequences: XtermSequences.make(delaysWrap: delaysWrap))
        var terminal = ScreenEmulator(width: width, height: height, delaysWrap: delaysWrap, narrowEmoji: narrowEmoji, widths: widths)
        var shown = CellBuffer(width: width, height: height, widths: widths)
        let resolver = self.resolver
        terminal.feed(writer.update(from: nil, to: shown, size: (width, height)) { resolver.resolve($0) })

        var scrolled = 0
        var erased = 0
        var erasedInPlace = 0
        defer {
            XCTAssertGreaterThan(scrolled, frames / 50, "rows moved by the terminal itself")
            XCTAssertGreaterThan(erased, frames / 50, "rows ended with an erase")
            XCTAssertGreaterThan(erasedInPlace, frames / 50, "blanks inside a row erased in place")
        }
        for frame in 0..<frames {
            var next = shown
            if Int.random(in: 0..<6, using: &random) == 0 {
                // Rows moving together, as the form below a growing text box.
                let top = Int.random(in: 0..<(height - 1), using: &random)
                let rows = top..<Int.random(in: (top + 1)...height, using: &random)
                next.copy(rows: rows, of: shown, to: (0, top + Int.random(in: -2...2, using: &random)))
            }
            for _ in 0..<Int.random(in: 0...4, using: &random) {
                let text = (0..<Int.random(in: 1...6, using: &random)).map { _ in corpus.randomElement(using: &random)! }.joined()
                let style = styles.randomElement(using: &random)!
                let x = Int.random(in: -2..<width, using: &random), y = Int.random(in: 0..<height, using: &random)
                switch Int.random(in: 0..<10, using: &random) {
                case 0:
                    next.fill(Rect(x: x, y: y, width: Int.random(in: 1...8, using: &random), height: 2), style: style)
                case 1:
                    // The rest of a row emptied, as when a word wraps to the next line.
                    next.fill(Rect(x: x, y: y, width: width, height: 1), style: Bool.random(using: &random) ? .plain : styles[1])
                case 2:
                    // A stretch inside a row emptied, as a problem line going with the preview
                    // beside it staying.
                    next.fill(Rect(x: x, y: y, width: Int.random(in: 8...16, using: &random), height: 1), style: Bool.random(using: &random) ? .plain : styles[1])
                default:
                    next.put(text, x: x, y: y, style: style)
                }
            }
            next.cursor = Bool.random(using: &random) ? (Int.random(in: 0..<width, using: &random), Int.random(in: 0..<height, using: &random)) : nil
            // Now and then a repaint, as after a resize.
            let bytes = writer.update(from: frame % 97 == 0 ? nil : shown, to: next, size: (width, height)) { resolver.resolve($0) }
            terminal.feed(bytes)
            if XtermSequences.visible(bytes).contains("⎋[1;\(height)r") { scrolled += 1 }
            if XtermSequences.visible(bytes).contains("⎋[K") { erased += 1 }
            if XtermSequences.visible(bytes).contains(/⎋\[\d+X/) { erasedInPlace += 1 }
            shown = next
            XCTAssertEqual(terminal.unknownSequences, [], "frame \(frame)")
            guard let mismatch = firstMismatch(terminal, next, skipBottomRight: !delaysWrap) else {
                if let cursor = next.cursor {
                    XCTAssertTrue(terminal.cursor == cursor && terminal.cursorVisible, "frame \(frame): cursor at \(terminal.cursor), not \(cursor)")
                } else {
                    XCTAssertFalse(terminal.cursorVisible, "frame \(frame): the cursor is hidden")
                }
                continue
            }
            return XCTFail("frame \(frame) (wrap delayed: \(delaysWrap), \(widths)): \(mismatch)\nbytes: \(XtermSequences.visible(bytes))")
        }
    }

    /// The first cell the terminal shows differently from the buffer: same text, same style,
    /// except that a blank needs only to look blank (its foreground cannot be seen).
    private func firstMismatch(_ terminal: ScreenEmulator, _ buffer: CellBuffer, skipBottomRight: Bool) -> String? {
        for y in 0..<buffer.height {
            for (x, cell) in buffer.row(y).enumerated() where !cell.isContinuation {
                if skipBottomRight && y == buffer.height - 1 && x + Int(cell.width) >= buffer.width { continue }
                let wanted = resolver.resolve(cell.style)
                let glyph = x + Int(cell.width) > buffer.width ? " " : cell.text
                let seen = terminal.cells[y][x]
                let same = glyph == " " && wanted.looksLikeClearedCell
                    ? seen.text == " " && seen.style.looksLikeClearedCell
                    : seen.text == glyph && seen.style == wanted
                if !same { return "(\(x), \(y)) shows '\(seen.text)' \(seen.style), not '\(glyph)' \(wanted)" }
            }
        }
        return nil
    }
}
