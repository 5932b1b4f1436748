import TerminalCells

/// Every key, from the key map, in a box over the form: in two or more columns when one does
/// not fit the window's height, and as a scrolling list when columns would be too narrow.
/// Each column is as wide as its own keys need, and the descriptions share what is left.
enum HelpOverlay {
    /// Narrower columns would cut the descriptions to nothing useful.
    static let narrowestText = 18

    static func draw(_ painter: inout Painter, keyMap: KeyMap, scroll: Int, _ words: UIText) {
        let lines = keyMap.helpLines(words)
        let screen = (width: painter.buffer.width, height: painter.buffer.height)
        let rowsPerColumn = max(1, screen.height - 4)
        var columns = (lines.count + rowsPerColumn - 1) / rowsPerColumn
        if columns > 1, layout(lines, columns: columns, rows: rowsPerColumn, room: screen.width - 4) == nil { columns = 1 }
        let scrolls = columns == 1 && lines.count > rowsPerColumn
        let first = scrolls ? min(max(0, scroll), lines.count - rowsPerColumn) : 0
        let shown = Array(lines[first..<min(lines.count, first + rowsPerColumn * columns)])
        // One column always fits: its descriptions are cut to the window.
        let widths = layout(shown, columns: columns, rows: rowsPerColumn, room: screen.width - 4)
            ?? [(key: min(screen.width - 4, keyWidth(shown)), text: max(4, screen.width - 5 - keyWidth(shown)))]
        let width = min(screen.width - 2, widths.reduce(2) { $0 + $1.key + $1.text + 1 })
        let height = min(screen.height - 2, min(rowsPerColumn, shown.count) + 2)
        let box = Rect(x: max(0, (screen.width - width) / 2), y: max(0, (screen.height - height) / 2), width: width, height: height)
        painter.fill(box, .overlay)
        let title = scrolls ? "\(words.helpTitle) · ↑↓ \(first + 1)–\(first + shown.count)/\(lines.count)" : words.helpTitle
        painter.put(" " + title + " ", x: box.x + 2, y: box.y, .focusLabel, maxWidth: box.width - 2)
        var x = box.x + 2
        for (column, columnWidths) in widths.enumerated() {
            for row in 0..<min(rowsPerColumn, height - 2) {
                let index = column * rowsPerColumn + row
                guard index < shown.count, x < box.x + box.width - 1 else { continue }
                let room = box.x + box.width - 1 - x
                painter.put(shown[index].0, x: x, y: box.y + 1 + row, .footerKey, maxWidth: min(columnWidths.key, room))
                painter.put(shown[index].1, x: x + columnWidths.key, y: box.y + 1 + row, .overlay, maxWidth: max(0, min(columnWidths.text, room - columnWidths.key)))
            }
            x += columnWidths.key + columnWidths.text + 1
        }
    }

    /// The keys' and the descriptions' width in each column, or nil when some description
    /// would get fewer than `narrowestText` columns. The widest descriptions give way first.
    static func layout(_ lines: [(String, String)], columns: Int, rows: Int, room: Int) -> [(key: Int, text: Int)]? {
        let chunks = (0..<columns).map { Array(lines.dropFirst($0 * rows).prefix(rows)) }
        let keys = chunks.map(keyWidth)
        var texts = chunks.map { $0.map { DisplayWidth.of($0.1) }.max() ?? 0 }
        let available = room - keys.reduce(0, +) - columns
        guard available >= columns * narrowestText || (columns == 1 && available > 0) else { return nil }
        var excess = texts.reduce(0, +) - available
        while excess > 0, let widest = texts.indices.max(by: { texts[$0] < texts[$1] }) {
            texts[widest] -= 1
            excess -= 1
        }
        return zip(keys, texts).map { (key: $0, text: $1) }
    }

    static func keyWidth(_ lines: [(String, String)]) -> Int { (lines.map { DisplayWidth.of($0.0) }.max() ?? 0) + 2 }
}
