import StatusKit
import TerminalCells

/// The form: one block per visible field, label on the left, inline validation under each.
/// Drawn into a sheet as tall as the form, then the rows around the focused field are shown.
enum FormView {
    /// Draws the form and returns where the hardware cursor belongs (screen coordinates).
    static func draw(_ state: ComposerState, into painter: inout Painter, area: Rect, _ words: UIText) -> (x: Int, y: Int)? {
        guard area.width > 0, area.height > 0 else { return nil }
        // Usually the form fits the area with the text box at its full height. Otherwise the box
        // grows with the text, and a form still too long (many accounts or numbers) is laid
        // out again on a sheet tall enough, rather than every frame on one sized for the worst.
        var sheet = Sheet(state, width: area.width, height: area.height, roomyText: true, words)
        if sheet.contentHeight > area.height {
            // Without the reserved rows the form is exactly that much shorter.
            let grown = sheet.contentHeight - sheet.reservedTextRows
            sheet = Sheet(state, width: area.width, height: max(area.height, grown), roomyText: false, words)
        }
        // Scroll so the focused block (and the cursor) is in view.
        var offset = 0
        if sheet.focusRows.upperBound > area.height { offset = sheet.focusRows.upperBound - area.height }
        if sheet.focusRows.lowerBound < offset { offset = sheet.focusRows.lowerBound }
        if let c = sheet.cursor, c.y - offset >= area.height { offset = c.y - area.height + 1 }
        offset = max(0, min(offset, max(0, sheet.contentHeight - area.height)))
        painter.blit(sheet.painter.buffer, rows: offset..<(offset + area.height), to: (area.x, area.y))
        guard let c = sheet.cursor, c.y - offset >= 0, c.y - offset < area.height else { return nil }
        return (area.x + c.x, area.y + c.y - offset)
    }

    /// Every visible field laid out from the top of a sheet `height` rows tall; rows beyond it
    /// are clipped but counted in `contentHeight`.
    private struct Sheet {
        var painter: Painter
        var contentHeight = 0
        /// Rows a roomy form holds beyond what it needs: the text box's rows its text does not
        /// fill, and the row kept for the text's problem while it has none.
        var reservedTextRows = 0
        var focusRows = 0..<1
        var cursor: (x: Int, y: Int)?

        init(_ state: ComposerState, width: Int, height: Int, roomyText: Bool, _ words: UIText) {
            // A local painter handed to each block and taken back (`consume`), so that no
            // second reference makes the block copy the whole sheet before drawing on it.
            var painter = Painter(width: width, height: height, theme: state.theme, profile: state.colorProfile, widths: state.widthProfile)
            painter.fill(painter.buffer.bounds, .text)
            var y = 0
            let contentX = ComposerLayout.labelWidth
            let contentWidth = max(1, width - contentX - 1)
            for field in state.visibleFields {
                let top = y
                let focused = field == state.focus
                let label = (focused ? "› " : "  ") + words.label(field, kind: state.kind)
                painter.put(label, x: 0, y: y, focused ? .focusLabel : .label, maxWidth: contentX - 1)
                var block = FieldBlock(state: state, painter: consume painter, x: contentX, y: y, width: contentWidth, focused: focused, words: words, roomyText: roomyText)
                block.draw(field)
                painter = block.painter
                reservedTextRows += block.reservedRows
                if focused { cursor = block.cursor }
                y = block.y
                let issuesTop = y
                for issue in state.fieldNotes(for: field) {
                    let mark = issue.isError ? "✗ " : "! "
                    for line in TextLayout.wrap(mark + issue.message, width: contentWidth).prefix(2) {
                        painter.put(line.text, x: contentX, y: y, issue.isError ? .error : .warning, maxWidth: contentWidth)
                        y += 1
                    }
                }
                // A roomy text box keeps a row for its problem even when there is none, so
                // the first character typed ("text is empty" gone) does not move the form.
                if roomyText, field == .text, y == issuesTop {
                    y += 1
                    reservedTextRows += 1
                }
                if focused { focusRows = top..<max(y, top + 1) }
            }
            contentHeight = y
            self.painter = painter
        }
    }
}
