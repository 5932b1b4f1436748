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
    public static func wrap(_ text: String, width: Int) -> [WrappedLine] {
        let limit = max(1, width)
        let characters = Array(text)
        let widths = characters.map(DisplayWidth.of)
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

        var paragraphStart = 0
        while true {
            var paragraphEnd = paragraphStart
            while paragraphEnd < characters.count && !characters[paragraphEnd].isNewline { paragraphEnd += 1 }

            var lineStart = paragraphStart
            var index = lineStart
            var used = 0
            var breakAfter: Int?
            var finished = false
            while index < paragraphEnd {
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
                    while end < paragraphEnd && isBreakingSpace(characters[end]) { end += 1 }
                    next = end
                } else if let breakPoint = breakAfter, breakPoint > lineStart {
                    next = breakPoint
                } else {
                    next = index
                }
                if next == paragraphEnd {
                    // Only hanging spaces were left: they end the paragraph's last row.
                    emit(lineStart..<next, soft: false)
                    finished = true
                    break
                }
                emit(lineStart..<next, soft: true)
                lineStart = next
                index = next
                used = 0
                breakAfter = nil
            }
            if !finished { emit(lineStart..<paragraphEnd, soft: false) }
            guard paragraphEnd < characters.count else { break }
            paragraphStart = paragraphEnd + 1
        }
        return lines
    }

    /// The row and column of the cursor placed before the character at `offset` (clamped to the
    /// text). At a soft break the cursor goes to the start of the next row. The column can equal
    /// the wrap width when the cursor ends a full row; lay out one column narrower if the field
    /// must hold the cursor.
    public static func position(ofCharacterOffset offset: Int, in lines: [WrappedLine]) -> (row: Int, column: Int) {
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
        let column = DisplayWidth.of(line.text.prefix(target - line.range.lowerBound))
        return (row, min(column, line.width))
    }

    /// The character offset nearest to (row, column), never to the right of it: a column inside
    /// a two-column glyph goes before it. Rows and columns are clamped; the end of a softly
    /// broken row counts as the start of the next, so it maps to the last character of the row.
    public static func characterOffset(row: Int, column: Int, in lines: [WrappedLine]) -> Int {
        guard !lines.isEmpty else { return 0 }
        let line = lines[min(max(row, 0), lines.count - 1)]
        let maxCount = line.continuesOnNextLine ? max(0, line.range.count - 1) : line.range.count
        var used = 0
        var count = 0
        for character in line.text {
            guard count < maxCount, used < column else { break }
            let columns = DisplayWidth.of(character)
            if used + columns > column { break }
            used += columns
            count += 1
        }
        return line.range.lowerBound + count
    }

    /// Spaces a row may break after (no-break spaces are not among them).
    static func isBreakingSpace(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\u{3000}"
    }
}
