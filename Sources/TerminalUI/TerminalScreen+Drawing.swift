import CNcursesw
import TerminalCells

extension TerminalScreen {
    /// Draws `buffer`: only the cells that changed since the last frame are written (the
    /// whole frame after a size change, a resize, `invalidate()` or `suspend`), then the
    /// hardware cursor goes to `buffer.cursor` (hidden when nil) and one `doupdate` sends it
    /// all. A buffer larger than the screen is clipped, a smaller one leaves the rest blank.
    public func draw(_ buffer: CellBuffer) {
        guard isOpen else { return }
        let window = tui_stdscr()
        let repaintAll = needsFullRepaint || previousFrame.map { $0.width != buffer.width || $0.height != buffer.height } ?? true
        if repaintAll {
            werase(window)
            if needsFullRepaint { clearok(tui_curscr(), true) }
            needsFullRepaint = false
        }
        let runs = repaintAll ? TerminalScreen.allRows(of: buffer) : buffer.diff(from: previousFrame!)
        if !paint(runs, in: window) {
            // Out of colour pairs: start the numbering afresh and draw the frame again, so
            // every visible cell uses a pair of the new numbering.
            pairCache.removeAll()
            werase(window)
            _ = paint(TerminalScreen.allRows(of: buffer), in: window)
        }
        previousFrame = buffer
        placeCursor(buffer.cursor, in: window)
        wnoutrefresh(window)
        doupdate()
    }

    private static func allRows(of buffer: CellBuffer) -> [CellRun] {
        buffer.diff(from: CellBuffer(width: 0, height: 0))
    }

    /// Writes the runs cell by cell, each at its own column, so a glyph curses measures
    /// differently can never shift the cells after it. Returns false when a colour pair could
    /// not be had (those cells were drawn in the default colours).
    private func paint(_ runs: [CellRun], in window: UnsafeMutablePointer<WINDOW>?) -> Bool {
        let (width, height) = size
        var allPairsFound = true
        var lastStyle: Style?
        var attributes: attr_t = 0
        var pair: Int32 = 0
        var text: [wchar_t] = []
        text.reserveCapacity(DisplayCell.maxCodePoints + 1)

        for run in runs where run.y >= 0 && run.y < height {
            for (offset, cell) in run.cells.enumerated() {
                let column = run.x + offset
                guard column < width else { break }
                if cell.isContinuation || column < 0 { continue }
                if cell.style != lastStyle {
                    lastStyle = cell.style
                    let resolved = resolver.resolve(cell.style)
                    attributes = TerminalScreen.attributes(of: resolved)
                    if let number = colorPair(for: resolved) {
                        pair = number
                    } else {
                        pair = 0
                        allPairsFound = false
                    }
                }
                // A two-column glyph cut by the right edge shows as a space.
                let glyph = cell.width == 2 && column + 1 >= width ? " " : cell.text
                DisplayCell.codePoints(of: glyph, into: &text)
                // The bottom-right cell reports ERR (the cursor cannot advance) but is drawn.
                _ = tui_put_cell(window, Int32(run.y), Int32(column), text, attributes, pair)
            }
        }
        return allPairsFound
    }

    /// The pair for the style's colours, defining it on first use; nil when none is left.
    private func colorPair(for style: CursesStyle) -> Int32? {
        guard resolver.drawsColor else { return 0 }
        switch pairCache.pair(foreground: style.foreground, background: style.background) {
        case let .existing(number):
            return number
        case let .allocated(number):
            return init_extended_pair(number, style.foreground, style.background) == OK ? number : nil
        case .exhausted:
            return nil
        }
    }

    private static func attributes(of style: CursesStyle) -> attr_t {
        var attributes = tui_attr_normal()
        if style.bold { attributes |= tui_attr_bold() }
        if style.dim { attributes |= tui_attr_dim() }
        if style.underline { attributes |= tui_attr_underline() }
        if style.reverse { attributes |= tui_attr_reverse() }
        return attributes
    }

    private func placeCursor(_ cursor: (x: Int, y: Int)?, in window: UnsafeMutablePointer<WINDOW>?) {
        if let cursor, cursor.x < size.width, cursor.y < size.height {
            setCursorVisibility(1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            setCursorVisibility(0)
        }
    }
}

/// What one cell hands to curses: its code points as a NUL-terminated `wchar_t` string.
enum DisplayCell {
    /// A curses cell holds a spacing character and up to four combining marks.
    static let maxCodePoints = 5

    /// Fills `codePoints` with the cell text's scalars (at most `maxCodePoints`; a blank for
    /// an empty text) and a terminating NUL.
    static func codePoints(of text: String, into codePoints: inout [wchar_t]) {
        codePoints.removeAll(keepingCapacity: true)
        for scalar in text.unicodeScalars.prefix(maxCodePoints) {
            codePoints.append(wchar_t(bitPattern: scalar.value))
        }
        if codePoints.isEmpty { codePoints.append(0x20) }
        codePoints.append(0)
    }
}
