/// A screen's worth of cells. Widgets paint into it; the backend writes only the `diff`
/// against the previous frame; tests read it back with `lines()`.
///
/// Nothing here fails: coordinates outside the buffer are clipped silently, and sizes are
/// clamped to 0...`maxColumns` × 0...`maxRows` (and at most `maxCells` cells in all).
public struct CellBuffer: Sendable {
    public static let maxColumns = 4096
    public static let maxRows = 4096
    public static let maxCells = 1 << 20

    public let width: Int
    public let height: Int
    /// How the terminal draws emoji clusters: the width each glyph put here is measured with.
    public let widths: WidthProfile
    /// Row-major: the cell at (x, y) is `cells[y * width + x]`.
    public private(set) var cells: [Cell]
    private var storedCursor: (x: Int, y: Int)?

    /// A buffer of spaces drawn in `style`, for a terminal that draws emoji as `widths` says.
    public init(width: Int, height: Int, style: Style = .plain, widths: WidthProfile = .safe) {
        let columns = min(max(0, width), CellBuffer.maxColumns)
        var rows = min(max(0, height), CellBuffer.maxRows)
        if columns > 0 && columns * rows > CellBuffer.maxCells { rows = CellBuffer.maxCells / columns }
        self.width = columns
        self.height = rows
        self.widths = widths
        self.cells = Array(repeating: .blank(style), count: columns * rows)
    }

    /// The whole buffer as a rectangle at (0, 0).
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// Where the hardware cursor should sit after drawing, or nil to hide it.
    /// A position outside the buffer is stored as nil.
    public var cursor: (x: Int, y: Int)? {
        get { storedCursor }
        set {
            if let position = newValue, contains(x: position.x, y: position.y) {
                storedCursor = position
            } else {
                storedCursor = nil
            }
        }
    }

    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && x < width && y >= 0 && y < height
    }

    /// The cell at (x, y); a blank cell outside the buffer. Setting a cell places the first
    /// glyph cell of its text as `put` would, with a width measured from the text (the given
    /// width is not trusted); a continuation cell, empty text or a position outside the buffer
    /// is ignored.
    public subscript(x x: Int, y y: Int) -> Cell {
        get { contains(x: x, y: y) ? cells[y * width + x] : .blank }
        set {
            guard contains(x: x, y: y), newValue.width > 0, let first = newValue.text.first,
                let glyph = DisplayWidth.glyphCells(for: first, widths: widths).first
            else { return }
            place(glyph.text, width: glyph.width, style: newValue.style, column: x, row: y)
        }
    }

    /// The style at (x, y), or nil outside the buffer.
    public func styleAt(x: Int, y: Int) -> Style? {
        contains(x: x, y: y) ? cells[y * width + x].style : nil
    }

    /// The cells of one row (empty outside the buffer).
    public func row(_ y: Int) -> [Cell] {
        guard y >= 0 && y < height else { return [] }
        return Array(cells[(y * width)..<(y * width + width)])
    }

    /// Writes `string` from (x, y) rightwards, one glyph at a time (`DisplayWidth.glyph(for:)`),
    /// stopping at the right edge or after `maxWidth` columns. A glyph that would cross that
    /// limit is not drawn; the columns it would have started on become spaces. Controls and
    /// other zero-width clusters take no column. Overwriting part of a wide glyph blanks the
    /// rest of it. Emoji clusters are measured and drawn as `widths` says. Returns the columns advanced from `x` (columns clipped off the left edge
    /// count; the result is the same whether or not row `y` is visible).
    @discardableResult
    public mutating func put(
        _ string: some StringProtocol, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil
    ) -> Int {
        let room = Rect.add(width, x == Int.min ? Int.max : -x)
        let limit = max(0, min(maxWidth ?? Int.max, room))
        var used = 0
        for character in string {
            if let ascii = DisplayWidth.asciiByte(of: character) {
                guard ascii >= 0x20 && ascii < 0x7F else { continue }
                guard used < limit else { break }
                place(String(character), width: 1, style: style, column: x + used, row: y)
                used += 1
                continue
            }
            let glyph = DisplayWidth.glyphCells(for: character, widths: widths)
            let glyphWidth = glyph.reduce(0) { $0 + $1.width }
            guard glyphWidth > 0 else { continue }
            if used + glyphWidth > limit {
                while used < limit {
                    place(" ", width: 1, style: style, column: x + used, row: y)
                    used += 1
                }
                break
            }
            for cell in glyph {
                place(cell.text, width: cell.width, style: style, column: x + used, row: y)
                used += cell.width
            }
        }
        return used
    }

    /// Fills `rect` (clipped to the buffer) with `character` in `style`. Where a wide
    /// character does not fit at the end of a row, spaces fill in.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        var glyph = DisplayWidth.glyphCells(for: character, widths: widths)
        if glyph.isEmpty { glyph = [GlyphCell(text: " ", width: 1)] }
        let glyphWidth = glyph.reduce(0) { $0 + $1.width }
        for row in area.y..<area.maxY {
            var column = area.x
            while column + glyphWidth <= area.maxX {
                for cell in glyph {
                    write(cell.text, width: cell.width, style: style, column: column, row: row)
                    column += cell.width
                }
            }
            while column < area.maxX {
                write(" ", width: 1, style: style, column: column, row: row)
                column += 1
            }
        }
    }

    /// Copies rows of `source` (a scrolled region drawn apart) so that its cell (0, `rows.lowerBound`)
    /// lands at `origin`. Cells are taken as the source measured them, without measuring their
    /// text again; what falls outside this buffer is clipped like `put` clips, and a glyph cut
    /// in half by the copy is blanked.
    public mutating func copy(rows: Range<Int>, of source: CellBuffer, to origin: (x: Int, y: Int)) {
        for (offset, sourceRow) in rows.enumerated() where sourceRow >= 0 && sourceRow < source.height {
            let row = origin.y + offset
            guard row >= 0 && row < height else { continue }
            let base = sourceRow * source.width
            for sourceColumn in 0..<source.width {
                let cell = source.cells[base + sourceColumn]
                if cell.isContinuation { continue }
                place(cell.text, width: Int(cell.width), style: cell.style, column: origin.x + sourceColumn, row: row)
            }
        }
    }

    /// Blanks the whole buffer in `style` and hides the cursor.
    public mutating func clear(style: Style = .plain) {
        cells = Array(repeating: .blank(style), count: width * height)
        storedCursor = nil
    }

    /// Each row as text: continuation cells skipped, trailing spaces trimmed.
    public func lines() -> [String] {
        (0..<height).map(line)
    }

    /// One row as text (see `lines()`); "" outside the buffer.
    public func line(_ y: Int) -> String {
        guard y >= 0 && y < height else { return "" }
        var text = ""
        for cell in cells[(y * width)..<(y * width + width)] where !cell.isContinuation {
            text += cell.text
        }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// Places one glyph cell whose columns may lie partly outside the buffer: the visible part
    /// of a clipped glyph becomes spaces.
    private mutating func place(_ text: String, width glyphWidth: Int, style: Style, column: Int, row: Int) {
        guard row >= 0 && row < height else { return }
        if column >= 0 && column <= width - glyphWidth {
            write(text, width: glyphWidth, style: style, column: column, row: row)
            return
        }
        for offset in 0..<glyphWidth {
            let visible = column + offset
            if visible >= 0 && visible < width {
                write(" ", width: 1, style: style, column: visible, row: row)
            }
        }
    }

    /// Writes a glyph that fits entirely at (column, row), blanking what is left of any wider
    /// glyph it cuts through.
    private mutating func write(_ text: String, width glyphWidth: Int, style: Style, column: Int, row: Int) {
        let base = row * width
        if cells[base + column].isContinuation {
            var start = column
            while start > 0 && cells[base + start].isContinuation { start -= 1 }
            for x in start..<column { cells[base + x] = .blank(cells[base + x].style) }
        }
        var after = column + glyphWidth
        while after < width && cells[base + after].isContinuation {
            cells[base + after] = .blank(cells[base + after].style)
            after += 1
        }
        cells[base + column] = Cell(text: text, width: UInt8(glyphWidth), style: style)
        for offset in 1..<max(1, glyphWidth) {
            cells[base + column + offset] = Cell(text: "", width: 0, style: style)
        }
    }
}

extension CellBuffer: Equatable {
    public static func == (lhs: CellBuffer, rhs: CellBuffer) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
            && lhs.storedCursor?.x == rhs.storedCursor?.x && lhs.storedCursor?.y == rhs.storedCursor?.y
    }
}
