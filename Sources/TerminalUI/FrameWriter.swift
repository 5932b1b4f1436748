import TerminalCells

/// Turns the changed cells of a frame into the bytes that draw them, remembering what the
/// terminal holds between frames: where its cursor is and which attributes are set.
///
/// That memory is what keeps a keystroke small over a slow link. curses puts the attributes
/// back to normal at the end of every update, so each coloured cell of the next frame paid
/// for its colours again; here a frame starts in the colours the last one ended with, writes
/// first the run already in those colours, last the run that ends where the cursor goes (no
/// final move), reaches each run with the shortest move the terminal offers, and joins the
/// SGR pieces of a style change into one sequence. Pure, so every byte is testable.
public struct FrameWriter {
    public private(set) var sequences: TerminalSequences
    /// Where the terminal's cursor is, when known. Unknown at first, after a cell in the last
    /// column (the pending wrap differs between terminals) and after a glyph terminals may
    /// measure differently (wide or combined): the next cell is then placed explicitly (by
    /// column alone in the last case).
    public private(set) var position: (x: Int, y: Int)?
    /// The cursor's row when only its column is unknown (after a wide or combined glyph).
    private var row: Int?
    /// The terminal's attributes, when known.
    public private(set) var style: CursesStyle?
    private var cursorShown: Bool?
    /// What the screen shows once the frame being written is done, when known: cells a move
    /// can write again instead of skipping over.
    private var contents: CellBuffer?
    /// Columns of rows of the frame being written already blanked by an erase (to the row's end,
    /// or in place): the blanks of a later run there are not written again.
    private var erased: [Int: [Range<Int>]] = [:]

    public init(sequences: TerminalSequences) {
        self.sequences = sequences
    }

    /// Forgets everything known about the terminal (after something else wrote to it, a
    /// resize, or leaving and coming back): the next frame states it all explicitly.
    public mutating func forget() {
        position = nil
        row = nil
        style = nil
        cursorShown = nil
    }

    /// The bytes that draw `runs` on a `size` screen and leave the cursor at `cursor` (hidden
    /// when nil or off the screen). Cells outside the screen are skipped; a wide glyph cut by
    /// the right edge is drawn as spaces. `overBlankScreen` (right after `clearScreen`)
    /// skips the spaces that would look like the cleared screen. `contents`, the whole frame,
    /// lets a short move right write the cells it passes instead.
    public mutating func frame(
        _ runs: [CellRun], cursor: (x: Int, y: Int)?, size: (width: Int, height: Int),
        overBlankScreen: Bool = false, contents: CellBuffer? = nil, resolve: (Style) -> CursesStyle
    ) -> [UInt8] {
        self.contents = contents
        erased = [:]
        defer { self.contents = nil }
        var out: [UInt8] = []
        let visibleCursor = cursor.flatMap { $0.x >= 0 && $0.y >= 0 && $0.x < size.width && $0.y < size.height ? $0 : nil }
        if visibleCursor == nil && cursorShown != false, let hide = sequences.hideCursor {
            out += hide
            cursorShown = false
        }
        out += cheapestWriting(of: runs, cursor: visibleCursor, size: size, skippingBlanks: overBlankScreen, resolve: resolve)
        if let visibleCursor {
            move(toX: visibleCursor.x, y: visibleCursor.y, into: &out, resolve: resolve)
            if cursorShown != true, let show = sequences.showCursor {
                out += show
                cursorShown = true
            }
        }
        return out
    }

    /// Blanks the screen in the default colours and homes the cursor, so that a full repaint
    /// writes only the cells that are not blank. Nil when the terminal cannot clear.
    public mutating func clearScreen() -> [UInt8]? {
        guard let clear = sequences.clearScreen else { return nil }
        let reset = sequences.change(from: nil, to: CursesStyle())
        style = CursesStyle()
        position = (0, 0)
        return reset + clear
    }

    /// Moves rows with the terminal's own scrolling: normal attributes (the new rows take the
    /// current background), a scroll region around the rows, one insert- or delete-line at its
    /// top, the whole screen as the region again. Nil when the terminal cannot.
    public mutating func shift(_ shift: LineShift, screenHeight: Int) -> [UInt8]? {
        let region = shift.region
        // Where the bottom-right cell is never written, it must not be pulled up into view.
        let pullsUpBottomRight = shift.distance < 0 && region.upperBound == screenHeight
            && sequences.autoMargins && !sequences.delaysWrap
        guard region.lowerBound >= 0, region.upperBound <= screenHeight, region.count > abs(shift.distance),
              !pullsUpBottomRight,
              let limit = sequences.scrollRegion(top: region.lowerBound, bottom: region.upperBound - 1),
              let whole = sequences.scrollRegion(top: 0, bottom: screenHeight - 1),
              let lines = shift.distance > 0 ? sequences.insertLines(shift.distance) : sequences.deleteLines(-shift.distance)
        else { return nil }
        var out = sequences.change(from: style, to: CursesStyle())
        style = CursesStyle()
        out += limit
        out += sequences.cursorAddress(x: 0, y: region.lowerBound)
        out += lines
        out += whole
        position = nil
        row = nil
        return out
    }

    /// What gives the terminal back its normal attributes and cursor (before leaving).
    public mutating func restoreTerminal() -> [UInt8] {
        let bytes = sequences.resetAttributes + (sequences.showCursor ?? [])
        forget()
        return bytes
    }

    /// Writes the runs in the cheaper of two orders (both starting with a run already in the
    /// terminal's colours): the one that ends where the cursor goes last, saving the final move,
    /// or in place, saving a colour change. Large frames (a repaint) are written top to bottom.
    ///
    /// A frame of a few runs (a typed character: the field, the counter, the preview) tries
    /// every order instead, and counts with each what writing the same runs again would cost
    /// from where it leaves the terminal: the colours one keystroke ends in are the ones the
    /// next starts from, and an order that is as cheap now but ends in the right colours saves
    /// a colour change on the next.
    private mutating func cheapestWriting(
        of runs: [CellRun], cursor: (x: Int, y: Int)?, size: (width: Int, height: Int), skippingBlanks: Bool,
        resolve: (Style) -> CursesStyle
    ) -> [UInt8] {
        let looksAhead = cursor != nil && runs.count > 1 && runs.count <= FrameWriter.runsWorthEveryOrder
        var orders: [[CellRun]]
        if looksAhead {
            orders = FrameWriter.permutations(of: runs)
        } else {
            orders = [ordered(runs, endingAt: cursor, resolve: resolve)]
            if cursor != nil && runs.count > 1 && runs.count <= FrameWriter.runsWorthTwoOrders {
                orders.append(ordered(runs, endingAt: nil, resolve: resolve))
            }
        }
        var best: (writer: FrameWriter, bytes: [UInt8], score: Int)?
        for order in orders {
            var trial = self
            let bytes = trial.trialWriting(order, cursor: cursor, size: size, skippingBlanks: skippingBlanks, resolve: resolve)
            var score = bytes.count
            if looksAhead {
                score += orders.map { again in
                    var next = trial
                    next.erased = [:]
                    return next.trialWriting(again, cursor: cursor, size: size, skippingBlanks: skippingBlanks, resolve: resolve).count
                }.min() ?? 0
            }
            if best == nil || score < best!.score || (score == best!.score && bytes.count < best!.bytes.count) {
                best = (trial, bytes, score)
            }
        }
        guard let best else { return [] }
        self = best.writer
        return best.bytes
    }

    /// The bytes of writing `order` and then moving to `cursor`, from this writer's state.
    private mutating func trialWriting(
        _ order: [CellRun], cursor: (x: Int, y: Int)?, size: (width: Int, height: Int), skippingBlanks: Bool,
        resolve: (Style) -> CursesStyle
    ) -> [UInt8] {
        var bytes: [UInt8] = []
        for run in order where run.y >= 0 && run.y < size.height {
            write(run, size: size, skippingBlanks: skippingBlanks, resolve: resolve, into: &bytes)
        }
        if let cursor { move(toX: cursor.x, y: cursor.y, into: &bytes, resolve: resolve) }
        return bytes
    }

    static let runsWorthTwoOrders = 16
    /// Up to this many runs every order is tried (3! = 6 orders, each looking 6 ahead).
    static let runsWorthEveryOrder = 3

    static func permutations(of runs: [CellRun]) -> [[CellRun]] {
        guard runs.count > 1 else { return [runs] }
        return runs.indices.flatMap { index in
            var rest = runs
            let first = rest.remove(at: index)
            return permutations(of: rest).map { [first] + $0 }
        }
    }

    /// The runs in writing order: first one already in the terminal's colours, last the one
    /// that ends at `cursor` (when given), the rest top to bottom.
    private func ordered(_ runs: [CellRun], endingAt cursor: (x: Int, y: Int)?, resolve: (Style) -> CursesStyle) -> [CellRun] {
        guard runs.count > 1 else { return runs }
        var rest = runs
        var last: CellRun?
        if let cursor, let index = rest.lastIndex(where: { $0.y == cursor.y && $0.x + $0.width == cursor.x }) {
            last = rest.remove(at: index)
        }
        if let style, let index = rest.firstIndex(where: { run in run.cells.first.map { resolve($0.style) == style } ?? false }),
           index > 0 {
            rest.insert(rest.remove(at: index), at: 0)
        }
        if let last { rest.append(last) }
        return rest
    }

    private mutating func write(
        _ run: CellRun, size: (width: Int, height: Int), skippingBlanks: Bool, resolve: (Style) -> CursesStyle,
        into out: inout [UInt8]
    ) {
        let y = run.y
        let erasedHere = erased[y] ?? []
        // A run inside an erased stretch is blanks only (the stretch was blank in the frame).
        if erasedHere.contains(where: { $0.contains(run.x) && run.x + run.width <= $0.upperBound }) { return }
        var lastStyle: Style?
        var resolved = CursesStyle()
        var skipUntil = 0
        // Blanks up to this column were found too few to erase: written as spaces.
        var spacesUntil = 0
        let erasedFrom = skippingBlanks ? nil : trailingBlanks(of: run, width: size.width, resolve: resolve)
        for (offset, cell) in run.cells.enumerated() where offset >= skipUntil {
            let x = run.x + offset
            guard x < size.width else { break }
            if cell.isContinuation || x < 0 { continue }
            // A wide glyph cut by the right edge is drawn as spaces up to it.
            let visible = min(Int(cell.width), size.width - x)
            let cut = visible < Int(cell.width)
            // Without a delayed wrap, writing the bottom-right cell would scroll the screen.
            if y == size.height - 1 && x + max(1, visible) >= size.width
                && sequences.autoMargins && !sequences.delaysWrap { continue }
            if cell.style != lastStyle {
                lastStyle = cell.style
                resolved = resolve(cell.style)
            }
            if FrameWriter.looksCleared(cell, resolved), erasedHere.contains(where: { $0.contains(x) }) { continue }
            if skippingBlanks && FrameWriter.looksCleared(cell, resolved) {
                // Left to the clear: blanks up to the run's end, more than a move costs, or in
                // other colours than the terminal's (a colour change costs more than a move).
                var end = offset + 1
                while end < run.cells.count && FrameWriter.looksCleared(run.cells[end], resolve(run.cells[end].style)) { end += 1 }
                if end == run.cells.count || end - offset > FrameWriter.cellsWorthAMove || resolved != style {
                    skipUntil = end
                    continue
                }
            }
            if offset == erasedFrom, let erase = sequences.clearToLineEnd {
                // The rest of the row is blank: erased in one go, in a blank's colours (the
                // erased cells take the current background).
                move(toX: x, y: y, into: &out, resolve: resolve)
                enterBlankColours(resolved, into: &out)
                out += erase
                erased[y, default: []].append(x..<size.width)
                return
            }
            if x >= spacesUntil, FrameWriter.looksCleared(cell, resolved) {
                let blanks = blankStretch(of: run, at: x, width: size.width, resolve: resolve)
                if blanks.count > FrameWriter.blanksWorthAnErase, let erase = sequences.eraseCharacters(blanks.count) {
                    // A stretch of blanks inside the row (a problem line gone, the form's right
                    // edge before the preview): erased in place instead of written as spaces.
                    move(toX: x, y: y, into: &out, resolve: resolve)
                    enterBlankColours(resolved, into: &out)
                    out += erase
                    erased[y, default: []].append(blanks)
                    skipUntil = blanks.upperBound - run.x
                    continue
                }
                spacesUntil = blanks.upperBound
            }
            move(toX: x, y: y, into: &out, resolve: resolve)
            out += sequences.change(from: style, to: resolved)
            style = resolved
            let glyph = cell.text.isEmpty ? " " : cut ? String(repeating: " ", count: visible) : cell.text
            out += glyph.utf8
            let advance = max(1, visible)
            let staysOnRow = x + advance < size.width
            position = staysOnRow && FrameWriter.advancesPredictably(glyph, width: advance) ? (x + advance, y) : nil
            row = staysOnRow ? y : nil
        }
    }

    /// More cells than this are passed over with a move (`\e[5C`) rather than written (blanks
    /// left to a clear) or rewritten as they are (a short gap between two changes).
    static let cellsWorthAMove = 4

    /// Attributes under which an erase leaves cells that look like `blank`'s: the terminal's
    /// own when they already do, else the shorter change of the blank's and the normal ones
    /// (a blank's foreground cannot be seen).
    private mutating func enterBlankColours(_ blank: CursesStyle, into out: inout [UInt8]) {
        guard style?.looksLikeClearedCell != true else { return }
        let toBlank = sequences.change(from: style, to: blank)
        let toNormal = sequences.change(from: style, to: CursesStyle())
        out += toNormal.count < toBlank.count ? toNormal : toBlank
        style = toNormal.count < toBlank.count ? CursesStyle() : blank
    }

    /// More blanks than this in a row are erased (`\e[12X`) rather than written as spaces: the
    /// erase, and the move past the blanks that the next cell may need, cost about as much.
    static let blanksWorthAnErase = 9

    /// The columns of the blanks from `x` (a blank of `run`) on along the row. The stretch goes
    /// on over blanks of the frame that did not change (a changed run stops at each unchanged
    /// space): erasing them again changes nothing.
    private func blankStretch(of run: CellRun, at x: Int, width: Int, resolve: (Style) -> CursesStyle) -> Range<Int> {
        func blank(_ column: Int) -> Bool {
            let offset = column - run.x
            if offset < run.cells.count { return FrameWriter.looksCleared(run.cells[offset], resolve(run.cells[offset].style)) }
            guard let contents, run.y < contents.height, column < contents.width else { return false }
            let cell = contents[x: column, y: run.y]
            return FrameWriter.looksCleared(cell, resolve(cell.style))
        }
        var end = x + 1
        while end < width, blank(end) { end += 1 }
        return x..<end
    }

    /// Where the blanks that end `run` start, when they reach the right edge of the screen (the
    /// frame's cells after the run are blank too) and there are more of them than an erase costs.
    private func trailingBlanks(of run: CellRun, width: Int, resolve: (Style) -> CursesStyle) -> Int? {
        let end = min(run.cells.count, width - run.x)
        guard sequences.clearToLineEnd != nil, end > 0,
              FrameWriter.looksCleared(run.cells[end - 1], resolve(run.cells[end - 1].style)) else { return nil }
        var blanks = 0
        if run.x + end < width {
            guard let contents, run.y < contents.height, contents.width >= width else { return nil }
            for x in (run.x + end)..<width {
                let cell = contents[x: x, y: run.y]
                guard FrameWriter.looksCleared(cell, resolve(cell.style)) else { return nil }
            }
            blanks = width - run.x - end
        }
        var start = end
        while start > 0, FrameWriter.looksCleared(run.cells[start - 1], resolve(run.cells[start - 1].style)) {
            start -= 1
        }
        return end - start + blanks > FrameWriter.cellsWorthAMove ? start : nil
    }

    private static func looksCleared(_ cell: Cell, _ style: CursesStyle) -> Bool {
        cell.text == " " && style.looksLikeClearedCell
    }

    /// One scalar of one column: every terminal moves the cursor by exactly one.
    static func advancesPredictably(_ glyph: String, width: Int) -> Bool {
        width == 1 && glyph.unicodeScalars.count == 1
    }

    /// Moves the cursor with the shortest sequence the terminal has: none when it is there,
    /// a carriage return, backspaces, a column, a relative move or the cells in between
    /// rewritten on the same row, else an absolute address.
    private mutating func move(toX x: Int, y: Int, into out: inout [UInt8], resolve: (Style) -> CursesStyle) {
        defer {
            self.position = (x, y)
            row = y
        }
        guard let position else {
            if row == y, let column = sequences.column(x) {
                out += column
            } else {
                out += sequences.cursorAddress(x: x, y: y)
            }
            return
        }
        if position.x == x && position.y == y { return }
        var best = sequences.cursorAddress(x: x, y: y)
        if position.y == y {
            var candidates: [[UInt8]?] = [sequences.column(x)]
            if x > position.x { candidates.append(sequences.forward(x - position.x)) }
            if x == 0 { candidates.append(sequences.carriageReturn) }
            if x < position.x, position.x - x <= 4, let back = sequences.backspace {
                candidates.append(Array(repeating: back, count: position.x - x).flatMap { $0 })
            }
            if x > position.x, x - position.x <= FrameWriter.cellsWorthAMove {
                candidates.append(rewriting(from: position.x, to: x, row: y, resolve: resolve))
            }
            for case let candidate? in candidates where !candidate.isEmpty && candidate.count < best.count {
                best = candidate
            }
        }
        out += best
    }

    /// The cells between two columns written again as they are, when each is one column of one
    /// scalar in the terminal's current colours: a typed space, or a short unchanged gap between
    /// two changes of a row, then costs a byte or two a cell instead of a move. Nil when the
    /// frame's contents are unknown or a cell does not qualify; `move` keeps the shortest.
    private func rewriting(from start: Int, to end: Int, row y: Int, resolve: (Style) -> CursesStyle) -> [UInt8]? {
        guard let contents, let style, y < contents.height, end <= contents.width else { return nil }
        var bytes: [UInt8] = []
        for x in start..<end {
            let cell = contents[x: x, y: y]
            guard FrameWriter.advancesPredictably(cell.text, width: Int(cell.width)), resolve(cell.style) == style else { return nil }
            bytes += cell.text.utf8
        }
        return bytes
    }
}
