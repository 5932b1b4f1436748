import TerminalCells

/// Every key, from the key map, in a box over the form, one page at a time (`HelpPages`): the
/// modes the user came from first, then the others; the title says which page shows.
enum HelpOverlay {
    static func draw(_ painter: inout Painter, modes: [ModeHelp], page: Int, _ words: UIText) {
        let screen = (width: painter.buffer.width, height: painter.buffer.height)
        let layout = HelpPages(modes, width: screen.width, height: screen.height, words, widths: painter.widths)
        let index = min(max(0, page), layout.pages.count - 1)
        let columns = layout.pages[index]
        let columnWidth = layout.keyWidth + layout.textWidth
        let usedColumns = max(1, layout.pages.map(\.count).max() ?? 1)
        let usedRows = max(1, layout.pages.flatMap { $0 }.map(\.count).max() ?? 1)
        let width = min(screen.width - 2, usedColumns * (columnWidth + 1) + 3)
        let height = min(screen.height - 2, usedRows + 3)
        let box = Rect(x: max(0, (screen.width - width) / 2), y: max(0, (screen.height - height) / 2), width: width, height: height)
        painter.fill(box, .overlay)
        var title = words.helpTitle
        if layout.pages.count > 1 { title += " · " + words.helpPage(index + 1, of: layout.pages.count) }
        painter.put(" " + title + " ", x: box.x + 2, y: box.y, .focusLabel, maxWidth: box.width - 2)
        let right = box.x + box.width - 2
        for (number, rows) in columns.enumerated() {
            let x = box.x + 2 + number * (columnWidth + 1)
            for (line, row) in rows.enumerated() where x < right {
                let y = box.y + 1 + line
                if row.isTitle {
                    painter.put(row.text, x: x, y: y, .label, maxWidth: right - x)
                    continue
                }
                painter.put(row.key, x: x + 1, y: y, .footerKey, maxWidth: min(layout.keyWidth - 1, right - x - 1))
                painter.put(row.text, x: x + layout.keyWidth, y: y, .overlay, maxWidth: max(0, min(layout.textWidth, right - x - layout.keyWidth)))
            }
        }
    }
}
