extension EditableText {
    // MARK: Moving the cursor

    public mutating func moveLeft() { cursor = cursorOffset - 1 }
    public mutating func moveRight() { cursor = cursorOffset + 1 }

    /// To the start of the word before the cursor (skipping spaces and punctuation first).
    public mutating func moveWordLeft() { cursor = wordStart(before: cursorOffset) }

    /// To the end of the word after the cursor (skipping spaces and punctuation first).
    public mutating func moveWordRight() { cursor = wordEnd(after: cursorOffset) }

    /// To the start of the current line: of the screen row when `width` is given, else of the
    /// text between newlines.
    public mutating func moveHome(width: Int? = nil, widths: WidthProfile = .safe) {
        guard let width else {
            cursor = lineStart(of: cursorOffset)
            return
        }
        let lines = TextLayout.wrap(text, width: width, widths: widths)
        let row = TextLayout.position(ofCharacterOffset: cursorOffset, in: lines, widths: widths).row
        cursor = lines[row].range.lowerBound
    }

    /// To the end of the current line: of the screen row when `width` is given (before a soft
    /// break), else of the text between newlines.
    public mutating func moveEnd(width: Int? = nil, widths: WidthProfile = .safe) {
        guard let width else {
            cursor = lineEnd(of: cursorOffset)
            return
        }
        let lines = TextLayout.wrap(text, width: width, widths: widths)
        let row = TextLayout.position(ofCharacterOffset: cursorOffset, in: lines, widths: widths).row
        cursor = TextLayout.characterOffset(row: row, column: Int.max, in: lines, widths: widths)
    }

    /// To the very start of the text.
    public mutating func moveToStart() { cursor = 0 }

    /// To the very end of the text.
    public mutating func moveToEnd() { cursor = count }

    /// One screen row up in a field `width` columns wide, keeping the column the vertical moves
    /// started from. False (and no move) on the first row, so the caller can move focus instead.
    @discardableResult
    public mutating func moveUp(width: Int, widths: WidthProfile = .safe) -> Bool {
        moveVertically(by: -1, width: width, widths: widths)
    }

    /// One screen row down; false (and no move) on the last row.
    @discardableResult
    public mutating func moveDown(width: Int, widths: WidthProfile = .safe) -> Bool {
        moveVertically(by: 1, width: width, widths: widths)
    }

    /// The text wrapped for a field `width` columns wide.
    public func lines(width: Int, widths: WidthProfile = .safe) -> [WrappedLine] {
        TextLayout.wrap(text, width: width, widths: widths)
    }

    /// Where the cursor is drawn in a field `width` columns wide.
    public func cursorPosition(width: Int, widths: WidthProfile = .safe) -> (row: Int, column: Int) {
        cursorPosition(in: lines(width: width, widths: widths), widths: widths)
    }

    /// Where the cursor is drawn among `lines`, this text as `lines(width:)` wrapped it (so a
    /// frame that draws the lines does not wrap the text twice).
    public func cursorPosition(in lines: [WrappedLine], widths: WidthProfile = .safe) -> (row: Int, column: Int) {
        TextLayout.position(ofCharacterOffset: cursorOffset, in: lines, widths: widths)
    }

    // MARK: Helpers

    private mutating func moveVertically(by rows: Int, width: Int, widths: WidthProfile) -> Bool {
        let lines = TextLayout.wrap(text, width: width, widths: widths)
        let position = TextLayout.position(ofCharacterOffset: cursorOffset, in: lines, widths: widths)
        let target = position.row + rows
        guard target >= 0 && target < lines.count else { return false }
        let column = goalColumn ?? position.column
        cursor = TextLayout.characterOffset(row: target, column: column, in: lines, widths: widths)
        goalColumn = column
        return true
    }

    /// Word characters are everything but whitespace, punctuation and ASCII symbols, so emoji
    /// and letters of every script belong to words.
    static func isWordCharacter(_ character: Character) -> Bool {
        !(character.isWhitespace || character.isPunctuation || (character.isSymbol && character.isASCII))
    }

    func wordStart(before offset: Int) -> Int {
        let characters = Array(text)
        var index = min(max(offset, 0), characters.count)
        while index > 0 && !EditableText.isWordCharacter(characters[index - 1]) { index -= 1 }
        while index > 0 && EditableText.isWordCharacter(characters[index - 1]) { index -= 1 }
        return index
    }

    func wordEnd(after offset: Int) -> Int {
        let characters = Array(text)
        var index = min(max(offset, 0), characters.count)
        while index < characters.count && !EditableText.isWordCharacter(characters[index]) { index += 1 }
        while index < characters.count && EditableText.isWordCharacter(characters[index]) { index += 1 }
        return index
    }

    func lineStart(of offset: Int) -> Int {
        let characters = Array(text)
        var index = min(max(offset, 0), characters.count)
        while index > 0 && characters[index - 1] != "\n" { index -= 1 }
        return index
    }

    func lineEnd(of offset: Int) -> Int {
        let characters = Array(text)
        var index = min(max(offset, 0), characters.count)
        while index < characters.count && characters[index] != "\n" { index += 1 }
        return index
    }
}
