/// Text being edited in a field: the text, a cursor that always sits between grapheme clusters,
/// and an undo history.
///
/// `cursor` counts `Character`s (grapheme clusters) from the start, 0...`count`. Edits can merge
/// clusters (a skin tone typed after 👍, a combining accent after e); the cursor then moves to
/// the end of the merged cluster. Inserted text is sanitised: "\r\n", "\r", NEL and the Unicode
/// line/paragraph separators become "\n", and every other control character except "\t" is
/// dropped, so a paste can never smuggle escape sequences into the screen.
///
/// Undo: each edit is one step, except that a burst of single typed characters (no newline),
/// or of backspaces, or of forward deletes, at the place the previous one left the cursor, is
/// one step. Moving the cursor, any other edit, `undo`/`redo` or `breakUndoGroup()` ends a burst.
public struct EditableText: Sendable, Equatable {
    /// How many steps `undo` can go back at most; older steps are forgotten.
    public static let undoLimit = 200

    public private(set) var text: String
    /// The number of grapheme clusters in `text`.
    public private(set) var count: Int
    var cursorOffset: Int
    /// The column vertical moves aim for, kept while moving up and down through shorter rows.
    var goalColumn: Int?
    private var undoStack: [Snapshot] = []
    private var redoStack: [Snapshot] = []
    private var openGroup: EditGroup?

    struct Snapshot: Sendable, Equatable {
        var text: String
        var count: Int
        var cursor: Int
    }

    enum EditKind: Sendable, Equatable {
        case typing, deletingBackward, deletingForward, other
    }

    struct EditGroup: Sendable, Equatable {
        var kind: EditKind
        var cursorAfter: Int
    }

    /// `text` is sanitised; the cursor defaults to the end and is clamped to the text.
    public init(_ text: String = "", cursor: Int? = nil) {
        let clean = EditableText.sanitize(text)
        self.text = clean
        self.count = clean.count
        self.cursorOffset = min(max(cursor ?? Int.max, 0), count)
    }

    /// Cursor position in grapheme clusters, 0...count. Setting it clamps and ends a typing burst.
    public var cursor: Int {
        get { cursorOffset }
        set {
            cursorOffset = min(max(newValue, 0), count)
            goalColumn = nil
            openGroup = nil
        }
    }

    public var isEmpty: Bool { count == 0 }
    public var canUndo: Bool { !undoStack.isEmpty }
    public var canRedo: Bool { !redoStack.isEmpty }

    // MARK: Editing

    /// Inserts `string` at the cursor as one edit (a whole paste is one undo step) and puts the
    /// cursor after it.
    public mutating func insert(_ string: String) {
        let clean = EditableText.sanitize(string)
        guard !clean.isEmpty else { return }
        let typed = clean.count == 1 && clean != "\n"
        replace(cursorOffset..<cursorOffset, with: clean, kind: typed ? .typing : .other)
    }

    /// Deletes the cluster before the cursor (backspace).
    public mutating func deleteBackward() {
        guard cursorOffset > 0 else { return }
        replace((cursorOffset - 1)..<cursorOffset, with: "", kind: .deletingBackward)
    }

    /// Deletes the cluster after the cursor.
    public mutating func deleteForward() {
        guard cursorOffset < count else { return }
        replace(cursorOffset..<(cursorOffset + 1), with: "", kind: .deletingForward)
    }

    /// Deletes back to where `moveWordLeft` would go.
    public mutating func deleteWordBackward() {
        let start = wordStart(before: cursorOffset)
        guard start < cursorOffset else { return }
        replace(start..<cursorOffset, with: "", kind: .other)
    }

    /// Deletes forward to where `moveWordRight` would go.
    public mutating func deleteWordForward() {
        let end = wordEnd(after: cursorOffset)
        guard end > cursorOffset else { return }
        replace(cursorOffset..<end, with: "", kind: .other)
    }

    /// Deletes from the start of the current line to the cursor.
    public mutating func deleteToLineStart() {
        let start = lineStart(of: cursorOffset)
        guard start < cursorOffset else { return }
        replace(start..<cursorOffset, with: "", kind: .other)
    }

    /// Deletes from the cursor to the end of the current line.
    public mutating func deleteToLineEnd() {
        let end = lineEnd(of: cursorOffset)
        guard end > cursorOffset else { return }
        replace(cursorOffset..<end, with: "", kind: .other)
    }

    /// Empties the text (one undo step).
    public mutating func clear() {
        guard count > 0 else { return }
        replace(0..<count, with: "", kind: .other)
    }

    /// Replaces the whole text (for example with what an external editor returned) as one undo
    /// step, with the cursor at the end.
    public mutating func replaceAll(with newText: String) {
        let clean = EditableText.sanitize(newText)
        // By code points, as StatusKit compares drafts (`hasSameCodeUnits`, out of this
        // module's reach): "é" written as "e" and an accent is a change, though `==` says not.
        guard !clean.utf8.elementsEqual(text.utf8) else { return }
        replace(0..<count, with: clean, kind: .other)
    }

    // MARK: Undo

    /// Goes back one step; false when there is nothing to undo.
    @discardableResult
    public mutating func undo() -> Bool {
        guard let previous = undoStack.popLast() else { return false }
        redoStack.append(snapshot)
        restore(previous)
        return true
    }

    /// Re-applies the last undone step; false when there is nothing to redo.
    @discardableResult
    public mutating func redo() -> Bool {
        guard let next = redoStack.popLast() else { return false }
        undoStack.append(snapshot)
        restore(next)
        return true
    }

    /// Ends the current typing burst, so the next edit becomes its own undo step (for example
    /// after a pause, or when the field loses focus).
    public mutating func breakUndoGroup() {
        openGroup = nil
    }

    /// `string` with line breaks normalised to "\n" and other control characters except "\t"
    /// removed.
    public static func sanitize(_ string: String) -> String {
        var scalars = String.UnicodeScalarView()
        var afterCarriageReturn = false
        for scalar in string.unicodeScalars {
            let isCarriageReturn = scalar.value == 0x0D
            defer { afterCarriageReturn = isCarriageReturn }
            switch scalar.value {
            case 0x0D, 0x85, 0x2028, 0x2029:
                scalars.append("\n")
            case 0x0A:
                if !afterCarriageReturn { scalars.append(scalar) }
            case 0x09:
                scalars.append(scalar)
            default:
                if scalar.properties.generalCategory != .control { scalars.append(scalar) }
            }
        }
        return String(scalars)
    }

    // MARK: Internals

    private var snapshot: Snapshot {
        Snapshot(text: text, count: count, cursor: cursorOffset)
    }

    private mutating func restore(_ state: Snapshot) {
        text = state.text
        count = state.count
        cursorOffset = state.cursor
        openGroup = nil
        goalColumn = nil
    }

    /// Where the cluster at `offset` starts, found from the nearer end of the text: typing at
    /// the end of a long caption walks no clusters at all.
    private func index(atOffset offset: Int) -> String.Index {
        offset <= count / 2 ? text.index(text.startIndex, offsetBy: offset) : text.index(text.endIndex, offsetBy: offset - count)
    }

    /// The one place text changes: replaces the clusters in `range` and records undo.
    private mutating func replace(_ range: Range<Int>, with replacement: String, kind: EditKind) {
        let lower = index(atOffset: range.lowerBound)
        let upper = range.upperBound == count ? text.endIndex : text.index(lower, offsetBy: range.count)
        // A cluster boundary depends only on the text before it and the scalar after it, so
        // the boundaries up to the start of the last cluster before the edit stay where they
        // are: clusters are counted again from there only, not from the start of the text.
        let anchor = range.lowerBound > 0 ? text.index(before: lower) : text.startIndex
        let anchorOffset = max(0, range.lowerBound - 1)
        let anchorUTF8 = text.utf8.distance(from: text.startIndex, to: anchor)
        var newText = String(text[..<lower])
        newText += replacement
        let editEnd = newText.utf8.count
        newText += text[upper...]

        // The cursor goes after the replacement, rounded up to the end of a merged cluster:
        // it counts the clusters that start before the replacement's end.
        var newCursor = anchorOffset
        var newCount = anchorOffset
        var index = newText.utf8.index(newText.startIndex, offsetBy: anchorUTF8)
        while index < newText.endIndex {
            if newText.utf8.distance(from: newText.startIndex, to: index) < editEnd { newCursor += 1 }
            newCount += 1
            index = newText.index(after: index)
        }

        let continuesBurst = kind != .other && openGroup?.kind == kind && openGroup?.cursorAfter == cursorOffset
        if !continuesBurst {
            undoStack.append(snapshot)
            if undoStack.count > EditableText.undoLimit { undoStack.removeFirst() }
        }
        redoStack.removeAll()
        text = newText
        count = newCount
        cursorOffset = newCursor
        goalColumn = nil
        openGroup = kind == .other ? nil : EditGroup(kind: kind, cursorAfter: newCursor)
    }
}
