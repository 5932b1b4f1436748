import TerminalCells
import XCTest

@testable import TerminalUI

/// The exact bytes a frame costs: what a slow SSH link pays for every keystroke.
final class FrameWriterTests: XCTestCase {
    private let resolver = StyleResolver(profile: .ansi256, palette: .indexed(count: 256), hasDefaultColors: true)
    private let text = Style(fg: .indexed(255), bg: .indexed(239))
    private let counter = Style(fg: .indexed(103))
    private let preview = Style(fg: .indexed(231), bg: .indexed(23), bold: true)
    private let size = (width: 40, height: 10)

    private func write(_ writer: inout FrameWriter, _ buffer: CellBuffer, after previous: CellBuffer, blank: Bool = false) -> String {
        let resolver = self.resolver
        let bytes = writer.frame(buffer.diff(from: previous), cursor: buffer.cursor, size: size, overBlankScreen: blank) {
            resolver.resolve($0)
        }
        return XtermSequences.visible(bytes)
    }

    /// A field, a counter and a preview, as the composer shows them, with `typed` in both.
    private func screen(_ typed: String) -> CellBuffer {
        var buffer = CellBuffer(width: size.width, height: size.height)
        buffer.fill(Rect(x: 2, y: 1, width: 16, height: 2), style: text)
        buffer.put(typed, x: 2, y: 1, style: text)
        buffer.put("\(typed.count)/500", x: 2, y: 3, style: counter)
        buffer.fill(Rect(x: 24, y: 1, width: 10, height: 4), style: preview)
        buffer.put(typed, x: 24, y: 1, style: preview)
        buffer.cursor = (2 + DisplayWidth.of(typed), 1)
        return buffer
    }

    func testAFirstFrameStatesEverythingThenAKeystrokeSendsOnlyWhatChanged() {
        var writer = FrameWriter(sequences: XtermSequences.make())
        let empty = CellBuffer(width: size.width, height: size.height)
        let first = write(&writer, screen("ab"), after: empty)
        XCTAssertTrue(first.hasPrefix("⎋[2;3H⎋[0;38;5;255;48;5;239mab"), first)
        XCTAssertTrue(first.hasSuffix("⎋[2;5H⎋[?12l⎋[?25h"), "the cursor is placed, then shown: \(first)")

        // The first frame ended in the preview's colours: the preview's cell goes first with no
        // colour change, the field's last so the cursor is left in place.
        let typed = write(&writer, screen("abc"), after: screen("ab"))
        XCTAssertEqual(typed, "⎋[27Gc⎋[4;3H⎋[0;38;5;103m3⎋[2;5H⎋[38;5;255;48;5;239mc")

        // Now in the field's colours with the cursor after "abc": the typed character goes
        // first, bare, and the cursor is moved back at the end. Of the two orders as cheap,
        // the one ending in the preview's colours, from which the next keystroke is cheapest.
        let next = write(&writer, screen("abcd"), after: screen("abc"))
        XCTAssertEqual(next, "d⎋[4;3H⎋[0;38;5;103m4⎋[2;28H⎋[1;38;5;231;48;5;23md⎋[7G")
        let then = write(&writer, screen("abcde"), after: screen("abcd"))
        XCTAssertEqual(then, "⎋[29Ge⎋[4;3H⎋[0;38;5;103m5⎋[2;7H⎋[38;5;255;48;5;239me")
        XCTAssertEqual(write(&writer, screen("abcde"), after: screen("abcde")), "", "nothing changed, nothing sent")
    }

    func testStyleChangesAreOneSequenceOnlyWhereEveryPieceIsAnSGR() {
        var joined = XtermSequences.make()
        XCTAssertEqual(XtermSequences.visible(joined.change(from: nil, to: resolver.resolve(preview))), "⎋[0;1;38;5;231;48;5;23m")
        var separate = XtermSequences.make(sgrOnly: false)
        XCTAssertEqual(XtermSequences.visible(separate.change(from: nil, to: resolver.resolve(preview))),
                       "⎋(B⎋[m⎋#B⎋[38;5;231m⎋[48;5;23m")
        XCTAssertEqual(XtermSequences.visible(joined.change(from: resolver.resolve(text), to: resolver.resolve(Style(fg: .indexed(1), bg: .indexed(239))))),
                       "⎋[31m", "only what differs, with the short code of a basic colour")
        XCTAssertEqual(XtermSequences.visible(joined.change(from: resolver.resolve(text), to: resolver.resolve(counter))),
                       "⎋[0;38;5;103m", "a colour back to the default needs a reset")
    }

    func testMovesAreTheShortestTheTerminalHas() {
        var writer = FrameWriter(sequences: XtermSequences.make())
        var buffer = CellBuffer(width: size.width, height: size.height)
        buffer.put("x", x: 0, y: 0)
        _ = write(&writer, buffer, after: CellBuffer(width: size.width, height: size.height))
        func step(_ change: (inout CellBuffer) -> Void) -> String {
            let previous = buffer
            change(&buffer)
            return write(&writer, buffer, after: previous)
        }
        XCTAssertEqual(step { $0.put("y", x: 30, y: 0) }, "⎋[31Gy", "to a column of the same row")
        XCTAssertEqual(step { $0.put("u", x: 35, y: 0) }, "⎋[4Cu", "right on the same row (shorter than ⎋[36G)")
        XCTAssertEqual(step { $0.put("z", x: 34, y: 0) }, "\u{8}\u{8}z", "two columns back")
        XCTAssertEqual(step { $0.put("w", x: 0, y: 0) }, "\rw", "to the first column")
        XCTAssertEqual(step { $0.put("v", x: 5, y: 7) }, "⎋[8;6Hv", "another row")
    }

    func testATypedSpaceIsWrittenAndABlankRowEndIsErased() {
        var writer = FrameWriter(sequences: XtermSequences.make())
        let resolver = self.resolver
        var before = CellBuffer(width: size.width, height: size.height)
        before.put("hello there, world", x: 0, y: 2)
        before.cursor = (5, 0)
        _ = writer.update(from: nil, to: before, size: size) { resolver.resolve($0) }
        // The cursor moves over an unchanged space: the space is written again (one byte).
        var spaced = before
        spaced.cursor = (6, 0)
        XCTAssertEqual(XtermSequences.visible(writer.update(from: before, to: spaced, size: size) { resolver.resolve($0) }), " ")
        // A row emptied up to the right edge is erased, not written over with spaces.
        var emptied = spaced
        emptied.put(String(repeating: " ", count: 15), x: 3, y: 2)
        XCTAssertEqual(XtermSequences.visible(writer.update(from: spaced, to: emptied, size: size) { resolver.resolve($0) }),
                       "⎋[3;4H⎋[K⎋[1;7H")
    }

    func testABlankStretchInsideARowIsErasedInPlace() {
        var writer = FrameWriter(sequences: XtermSequences.make())
        let resolver = self.resolver
        var before = CellBuffer(width: size.width, height: size.height)
        before.put("✗ text: empty", x: 0, y: 2)
        before.put("short", x: 16, y: 3)
        before.put("P", x: 30, y: 2)
        _ = writer.update(from: nil, to: before, size: size) { resolver.resolve($0) }
        // The problem line goes, the preview's cell after it stays: the blanks up to it are
        // erased in one go (the unchanged spaces among them too; the cursor stays put). The 7
        // blanks on the next row cost less written as spaces.
        var after = before
        after.put(String(repeating: " ", count: 13), x: 0, y: 2)
        after.put(String(repeating: " ", count: 5), x: 16, y: 3)
        after.put("Q", x: 23, y: 3)
        XCTAssertEqual(XtermSequences.visible(writer.update(from: before, to: after, size: size) { resolver.resolve($0) }),
                       "⎋[3;1H⎋[30X⎋[4;17H       Q")
    }

    func testAShortUnchangedGapBetweenTwoChangesIsWrittenAgainRatherThanMovedOver() {
        var writer = FrameWriter(sequences: XtermSequences.make())
        let resolver = self.resolver
        var before = CellBuffer(width: size.width, height: size.height)
        before.put("aaaa bbbb cc", x: 0, y: 0)
        _ = writer.update(from: nil, to: before, size: size) { resolver.resolve($0) }
        var after = before
        after.put("X", x: 0, y: 0)
        after.put("Y", x: 7, y: 0)
        after.put("Z", x: 11, y: 0)
        // Six unchanged cells before Y are passed with a move, the three before Z written again.
        // (The first frame left the cursor after "cc": a carriage return reaches X.)
        XCTAssertEqual(XtermSequences.visible(writer.update(from: before, to: after, size: size) { resolver.resolve($0) }),
                       "\rX⎋[8GYb cZ")
    }

    func testAfterAWideOrCombinedGlyphTheNextCellIsPlacedExplicitly() {
        var writer = FrameWriter(sequences: XtermSequences.make())
        var buffer = CellBuffer(width: size.width, height: size.height)
        buffer.put("🎉x", x: 0, y: 0)
        XCTAssertEqual(write(&writer, buffer, after: CellBuffer(width: size.width, height: size.height)),
                       "⎋[?25l⎋[1;1H⎋(B⎋[m🎉⎋[3Gx", "after 🎉 the column is set again")
        var accented = CellBuffer(width: size.width, height: size.height)
        accented.put("e\u{301}y", x: 0, y: 1)
        writer.forget()
        XCTAssertEqual(write(&writer, accented, after: CellBuffer(width: size.width, height: size.height)),
                       "⎋[?25l⎋[2;1H⎋(B⎋[me\u{301}⎋[2Gy")
    }

    func testTheBottomRightCellIsSkippedWhereWritingItWouldScroll() {
        var buffer = CellBuffer(width: size.width, height: size.height)
        buffer.put("ab", x: size.width - 2, y: size.height - 1)
        let empty = CellBuffer(width: size.width, height: size.height)
        var delayed = FrameWriter(sequences: XtermSequences.make(delaysWrap: true))
        XCTAssertTrue(write(&delayed, buffer, after: empty).contains("ab"))
        var immediate = FrameWriter(sequences: XtermSequences.make(delaysWrap: false))
        let bytes = write(&immediate, buffer, after: empty)
        XCTAssertTrue(bytes.contains("a") && !bytes.contains("ab"), bytes)
    }

    func testACursorIsHiddenOrShownOnlyWhenThatChanges() {
        var writer = FrameWriter(sequences: XtermSequences.make())
        var buffer = CellBuffer(width: size.width, height: size.height)
        let empty = buffer
        XCTAssertEqual(write(&writer, buffer, after: empty), "⎋[?25l")
        XCTAssertEqual(write(&writer, buffer, after: empty), "")
        buffer.cursor = (3, 2)
        XCTAssertEqual(write(&writer, buffer, after: empty), "⎋[3;4H⎋[?12l⎋[?25h")
        XCTAssertEqual(write(&writer, buffer, after: buffer), "")
        XCTAssertEqual(XtermSequences.visible(writer.restoreTerminal()), "⎋(B⎋[m⎋[?12l⎋[?25h")
        XCTAssertNil(writer.position, "after leaving, nothing is assumed")
    }

    func testARepaintOverAClearedScreenSkipsWhatLooksCleared() {
        var writer = FrameWriter(sequences: XtermSequences.make())
        var buffer = CellBuffer(width: size.width, height: size.height, style: Style(fg: .indexed(254)))
        buffer.put("hi", x: 10, y: 4, style: Style(fg: .indexed(254)))
        buffer.fill(Rect(x: 0, y: 9, width: 3, height: 1), style: Style(bg: .indexed(23)))
        let clear = XtermSequences.visible(writer.clearScreen() ?? [])
        XCTAssertEqual(clear, "⎋(B⎋[m⎋[H⎋[2J", "normal attributes first: a cleared cell takes the current background")
        let frame = write(&writer, buffer, after: CellBuffer(width: size.width, height: size.height), blank: true)
        XCTAssertEqual(frame, "⎋[?25l⎋[5;11H⎋[38;5;254mhi⎋[10;1H⎋[0;48;5;23m   ")
    }
}
