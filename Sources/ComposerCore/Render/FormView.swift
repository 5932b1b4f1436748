import StatusKit
import TerminalCells

/// The form: one block per visible field, label on the left, inline validation under each.
/// Drawn into a tall buffer, then the rows around the focused field are shown.
enum FormView {
    /// Draws the form and returns where the hardware cursor belongs (screen coordinates).
    static func draw(_ state: ComposerState, into painter: inout Painter, area: Rect, _ words: UIText) -> (x: Int, y: Int)? {
        guard area.width > 0, area.height > 0 else { return nil }
        // Tall enough for every field with many accounts and numbers; only the part around the
        // focused field is shown.
        var sheet = Painter(width: area.width, height: max(area.height, 120), theme: state.theme, profile: state.colorProfile, background: .text)
        var y = 0
        var focusRows = 0..<1
        var cursor: (x: Int, y: Int)?
        let contentX = ComposerLayout.labelWidth
        let contentWidth = max(1, area.width - contentX - 1)
        for field in state.visibleFields {
            let top = y
            let focused = field == state.focus
            let label = (focused ? "› " : "  ") + words.label(field, kind: state.kind)
            sheet.put(label, x: 0, y: y, focused ? .focusLabel : .label, maxWidth: contentX - 1)
            var block = FieldBlock(state: state, painter: sheet, x: contentX, y: y, width: contentWidth, focused: focused, words: words)
            block.draw(field)
            sheet = block.painter
            if focused { cursor = block.cursor }
            y = block.y
            for issue in state.issues(for: field) {
                let mark = issue.isError ? "✗ " : "! "
                for line in TextLayout.wrap(mark + issue.message, width: contentWidth).prefix(2) {
                    sheet.put(line.text, x: contentX, y: y, issue.isError ? .error : .warning, maxWidth: contentWidth)
                    y += 1
                }
            }
            if focused { focusRows = top..<max(y, top + 1) }
        }
        // Scroll so the focused block (and the cursor) is in view.
        var offset = 0
        if focusRows.upperBound > area.height { offset = focusRows.upperBound - area.height }
        if focusRows.lowerBound < offset { offset = focusRows.lowerBound }
        if let c = cursor, c.y - offset >= area.height { offset = c.y - area.height + 1 }
        offset = max(0, min(offset, max(0, y - area.height)))
        painter.blit(sheet.buffer, rows: offset..<(offset + area.height), to: (area.x, area.y))
        guard let c = cursor, c.y - offset >= 0, c.y - offset < area.height else { return nil }
        return (area.x + c.x, area.y + c.y - offset)
    }
}
