import ComposerCore
@testable import TerminalCells

/// What must hold after every event, whatever came before: each field's cursor inside its text
/// on a grapheme boundary, indexes inside their lists, and a screen whose rows fit, with no
/// two-column glyph cut at an edge and the cursor right after the character it follows.
/// Each check returns a description of the first problem, or nil.
enum ComposerInvariants {
    /// The focused field's text every time; the others (which the event could not change) and
    /// the font choice when `allFields`, since counting long texts costs. Without `deep`, only
    /// what needs no walk through the text (the cursor inside the stored count).
    static func checkState(_ state: ComposerState, allFields: Bool, deep: Bool = true) -> String? {
        let fields: [(ComposerField, EditableText)] = [
            (.text, state.text), (.media, state.media), (.color, state.color), (.audience, state.audienceInput),
        ]
        for (name, field) in fields where allFields || name == state.focus {
            if !deep, !allFields {
                if !(0...field.count).contains(field.cursor) { return "\(name): cursor \(field.cursor) outside 0...\(field.count)" }
                continue
            }
            if let problem = checkText(field) { return "\(name): \(problem)" }
        }
        if !state.visibleFields.contains(state.focus) { return "focus \(state.focus) is hidden for \(state.kind)" }
        if allFields, state.fontIndex < 0 || state.fontIndex >= state.fontOptions.count {
            return "font index \(state.fontIndex) outside \(state.fontOptions.count) options"
        }
        if let cursor = state.audienceCursor, !state.audience.indices.contains(cursor) {
            return "audience cursor \(cursor) outside \(state.audience.count) entries"
        }
        if !state.accounts.isEmpty, !state.accounts.indices.contains(state.accountCursor) {
            return "account cursor \(state.accountCursor) outside \(state.accounts.count) accounts"
        }
        if state.logScroll < 0 || state.logScroll > max(0, state.log.count - 1) {
            return "log scrolled \(state.logScroll) with \(state.log.count) entries"
        }
        // No image is asked for where none is shown: other kinds, the quiet screen, no colours.
        if let asked = state.preview.request, state.kind != .image || state.quietScreen || state.colorProfile == .monochrome {
            return "a preview of \(asked.reference) is asked for a \(state.kind) status (quiet \(state.quietScreen), \(state.colorProfile))"
        }
        return nil
    }

    /// The cursor counts grapheme clusters: it must lie in 0...count, and cutting the text there
    /// must not change how the two halves segment (it is a boundary of the text as it is now).
    static func checkText(_ field: EditableText) -> String? {
        guard field.count == field.text.count else { return "stored count \(field.count), text has \(field.text.count)" }
        guard (0...field.count).contains(field.cursor) else { return "cursor \(field.cursor) outside 0...\(field.count)" }
        let cut = field.text.index(field.text.startIndex, offsetBy: field.cursor)
        let before = String(field.text[..<cut])
        let after = String(field.text[cut...])
        guard before.count == field.cursor, before.count + after.count == field.count else {
            return "cursor \(field.cursor) is not on a character boundary of \(field.text.debugDescription.prefix(80))"
        }
        // The control characters (general category Cc) are exactly these two ranges.
        if field.text.unicodeScalars.contains(where: { ($0.value < 0x20 || (0x7F...0x9F).contains($0.value)) && $0 != "\n" && $0 != "\t" }) {
            return "a control character got into the text"
        }
        return nil
    }

    static func checkScreen(_ buffer: CellBuffer, state: ComposerState) -> String? {
        let size = state.size
        guard buffer.width == min(size.width, CellBuffer.maxColumns), buffer.height == min(size.height, CellBuffer.maxRows) else {
            return "buffer \(buffer.width)×\(buffer.height) for a \(size.width)×\(size.height) window"
        }
        for y in 0..<buffer.height {
            if let problem = checkRow(buffer.row(y), width: buffer.width) { return "row \(y): \(problem)" }
        }
        return checkCursor(buffer, state: state)
    }

    /// The row's glyphs take exactly the screen's width, and every wide glyph has its
    /// continuation cells right after it, inside the row.
    private static func checkRow(_ row: [Cell], width: Int) -> String? {
        guard row.count == width else { return "\(row.count) cells" }
        let shown = row.reduce(0) { $0 + Int($1.width) }
        guard shown <= width else { return "\(shown) columns wide on a \(width)-column screen" }
        var x = 0
        while x < row.count {
            let glyphWidth = Int(row[x].width)
            guard glyphWidth > 0 else { return "a continuation cell at \(x) follows no wide glyph" }
            guard x + glyphWidth <= row.count else { return "a \(glyphWidth)-column glyph \(row[x].text) is cut at the right edge" }
            guard row[(x + 1)..<(x + glyphWidth)].allSatisfy(\.isContinuation) else {
                return "the \(glyphWidth)-column glyph at \(x) lacks its continuation cells"
            }
            x += glyphWidth
        }
        return nil
    }

    private static func checkCursor(_ buffer: CellBuffer, state: ComposerState) -> String? {
        guard let cursor = buffer.cursor else {
            let expected = state.overlay == .none && state.focus.takesText
                && !ComposerLayout.isTooSmall(width: state.size.width, height: state.size.height)
            return expected ? "no cursor in the focused \(state.focus) field" : nil
        }
        guard buffer.contains(x: cursor.x, y: cursor.y) else { return "cursor \(cursor) outside the screen" }
        if buffer[x: cursor.x, y: cursor.y].isContinuation { return "cursor \(cursor) inside a wide glyph" }
        guard let field = focusedText(state), field.cursor > 0 else { return nil }
        // The glyph drawn just left of the cursor is the last cell of the character before it.
        let previous = field.text[field.text.index(field.text.startIndex, offsetBy: field.cursor - 1)]
        guard !previous.isNewline, !TextLayout.isBreakingSpace(previous), let last = DisplayWidth.glyphCells(for: previous, widths: buffer.widths).last,
              cursor.x > ComposerLayout.labelWidth
        else { return nil }
        let cell = buffer[x: cursor.x - last.width, y: cursor.y]
        if cell.text != last.text || Int(cell.width) != last.width {
            return "cursor \(cursor) in the \(state.focus) field follows \(cell.text.debugDescription), not"
                + " \(String(previous).debugDescription), on the row \(buffer.line(cursor.y).debugDescription)"
        }
        return nil
    }

    private static func focusedText(_ state: ComposerState) -> EditableText? {
        switch state.focus {
        case .text: state.text
        case .media: state.media
        case .color: state.color
        case .audience: state.audienceInput
        default: nil
        }
    }
}
