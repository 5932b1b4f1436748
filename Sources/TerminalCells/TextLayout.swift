/// One screen row of wrapped text.
public struct WrappedLine: Sendable, Hashable {
    /// The source characters on this row, without the hard newline that may end it.
    public var text: String
    /// Character offsets of `text` in the source.
    public var range: Range<Int>
    /// Columns the row takes. Spaces hanging past the wrap width at a soft break are not
    /// counted beyond that width.
    public var width: Int
    /// True when the next row continues the same paragraph (a soft break, not a newline).
    public var continuesOnNextLine: Bool

    public init(text: String, range: Range<Int>, width: Int, continuesOnNextLine: Bool) {
        self.text = text
        self.range = range
        self.width = width
        self.continuesOnNextLine = continuesOnNextLine
    }
}

/// Word wrapping by display width, and mapping between character offsets and screen positions.
public enum TextLayout {
    /// Wraps `text` into rows of at most `width` columns (a width below 1 counts as 1).
    ///
    /// Hard newlines ("\n", "\r\n" and every other `Character.isNewline`) always end a row; the
    /// newline belongs to no row. Rows break after spaces; spaces that do not fit hang at the end
    /// of the row they follow, so the next row starts with the next word. A word longer than the
    /// width is broken between grapheme clusters. Every row holds at least one cluster, so a
    /// two-column cluster in a one-column width gets a row of its own. Empty text is one empty row.
    ///
    /// With `maxLines`, only the first rows are made, and the text is read only as far as they
    /// need (a preview of a long text costs what it shows). Clusters are measured as the
    /// terminal draws them (`profile`).
    public static func wrap(
        _ text: String, width: Int, maxLines: Int = .max, widths profile: WidthProfile = .safe
    ) -> [WrappedLine] {
        let limit = max(1, width)
        var source = text.makeIterator()
        var characters: [Character] = []
        var widths: [Int] = []
        /// Whether the character at `index` exists, reading the text up to it.
        func has(_ index: Int) -> Bool {
            while characters.count <= index {
                guard let next = source.next() else { return false }
                characters.append(next)
                widths.append(DisplayWidth.of(next, widths: profile))
            }
            return true
        }
        var lines: [WrappedLine] = []

        func emit(_ range: Range<Int>, soft: Bool) {
            var used = 0
            var hanging = 0
            for index in range {
                if isBreakingSpace(characters[index]) && used + hanging + widths[index] > limit {
                    hanging += widths[index]
                } else {
                    used += hanging + widths[index]
                    hanging = 0
                }
            }
            let shown = max(used, min(used + hanging, limit))
            lines.append(WrappedLine(
                text: String(characters[range]), range: range, width: shown, continuesOnNextLine: soft))
        }

        var lineStart = 0
        var index = 0
        var used = 0
        var breakAfter: Int?
        /// Ends the row before `end` (a newline there belongs to no row) and starts the next.
        func endParagraph(at end: Int) -> Bool {
            emit(lineStart..<end, soft: false)
            guard has(end) else { return false }
            index = end + 1
            lineStart = index
            used = 0
            breakAfter = nil
            return true
        }
        while lines.count < max(1, maxLines) {
            guard has(index), !characters[index].isNewline else {
                if endParagraph(at: index) { continue } else { break }
            }
            let columns = widths[index]
            if used + columns <= limit || index == lineStart {
                used += columns
                index += 1
                if isBreakingSpace(characters[index - 1]) { breakAfter = index }
                continue
            }
            let next: Int
            if isBreakingSpace(characters[index]) {
                var end = index
                while has(end) && isBreakingSpace(characters[end]) { end += 1 }
                next = end
            } else if let breakPoint = breakAfter, breakPoint > lineStart {
                next = breakPoint
            } else {
                next = index
            }
            if !has(next) || characters[next].isNewline {
                // Only hanging spaces were left: they end the paragraph's last row.
                if endParagraph(at: next) { continue } else { break }
            }
            emit(lineStart..<next, soft: true)
            lineStart = next
            index = next
            used = 0
            breakAfter = nil
        }
        return lines
    }

    /// The row and column of the cursor placed before the character at `offset` (clamped to the
    /// text). At a soft break the cursor goes to the start of the next row. The column can equal
    /// the wrap width when the cursor ends a full row; lay out one column narrower if the field
    /// must hold the cursor.
    public static func position(
        ofCharacterOffset offset: Int, in lines: [WrappedLine], widths: WidthProfile = .safe
    ) -> (row: Int, column: Int) {
        guard let last = lines.last else { return (0, 0) }
        let target = min(max(offset, lines[0].range.lowerBound), last.range.upperBound)
        var row = 0
        var low = 0
        var high = lines.count
        while low < high {
            let middle = (low + high) / 2
            if lines[middle].range.lowerBound <= target {
                row = middle
                low = middle + 1
            } else {
                high = middle
            }
        }
        let line = lines[row]
        let column = DisplayWidth.of(line.text.prefix(target - line.range.lowerBound), widths: widths)
        return (row, min(column, line.width))
    }

    /// The character offset nearest to (row, column), never to the right of it: a column inside
    /// a wide glyph goes before it. Rows and columns are clamped; the end of a softly
    /// broken row counts as the start of the next, so it maps to the last character of the row.
    public static func characterOffset(row: Int, column: Int, in lines: [WrappedLine], widths: WidthProfile = .safe) -> Int {
        guard !lines.isEmpty else { return 0 }
        let line = lines[min(max(row, 0), lines.count - 1)]
        let maxCount = line.continuesOnNextLine ? max(0, line.range.count - 1) : line.range.count
        var used = 0
        var count = 0
        for character in line.text {
            guard count < maxCount, used < column else { break }
            let columns = DisplayWidth.of(character, widths: widths)
            if used + columns > column { break }
            used += columns
            count += 1
        }
        return line.range.lowerBound + count
    }

    /// Spaces a row may break after (no-break spaces are not among them). Told by the scalar:
    /// `Character`'s `==` compares canonical equivalence and normalises every non-ASCII
    /// character it is given, and nothing but these scalars themselves is equivalent to them.
    static func isBreakingSpace(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let only = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return false }
        return only == " " || only == "\t" || only == "\u{3000}"
    }
}
