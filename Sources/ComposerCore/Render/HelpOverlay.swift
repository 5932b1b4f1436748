import TerminalCells

/// Every key, from the key map, in a box over the form: in two or more columns when one does
/// not fit the window's height, and as a scrolling list when columns would be too narrow.
enum HelpOverlay {
    /// Narrower columns would cut the descriptions to nothing useful.
    static let narrowestText = 18

    static func draw(_ painter: inout Painter, keyMap: KeyMap, scroll: Int, _ words: UIText) {
        let lines = keyMap.helpLines(words)
        let keyWidth = (lines.map { DisplayWidth.of($0.0) }.max() ?? 0) + 2
        let textWidth = lines.map { DisplayWidth.of($0.1) }.max() ?? 0
        let screen = (width: painter.buffer.width, height: painter.buffer.height)
        let rowsPerColumn = max(1, screen.height - 4)
        var columns = (lines.count + rowsPerColumn - 1) / rowsPerColumn
        if (screen.width - 4) / max(1, columns) < keyWidth + narrowestText { columns = 1 }
        let columnWidth = min(keyWidth + textWidth + 2, max(keyWidth + 4, (screen.width - 4) / columns))
        let scrolls = columns == 1 && lines.count > rowsPerColumn
        let first = scrolls ? min(max(0, scroll), lines.count - rowsPerColumn) : 0
        let shown = Array(lines[first..<min(lines.count, first + rowsPerColumn * columns)])
        let width = min(screen.width - 2, columnWidth * columns + 2)
        let height = min(screen.height - 2, min(rowsPerColumn, shown.count) + 2)
        let box = Rect(x: max(0, (screen.width - width) / 2), y: max(0, (screen.height - height) / 2), width: width, height: height)
        painter.fill(box, .overlay)
        let title = scrolls ? "\(words.helpTitle) · ↑↓ \(first + 1)–\(first + shown.count)/\(lines.count)" : words.helpTitle
        painter.put(" " + title + " ", x: box.x + 2, y: box.y, .focusLabel, maxWidth: box.width - 2)
        for (index, line) in shown.enumerated() {
            let column = index / rowsPerColumn, row = index % rowsPerColumn
            let x = box.x + 2 + column * columnWidth, y = box.y + 1 + row
            guard row < height - 2, x < box.x + box.width - 1 else { continue }
            let room = box.x + box.width - 1 - x
            painter.put(line.0, x: x, y: y, .footerKey, maxWidth: min(keyWidth, room))
            painter.put(line.1, x: x + keyWidth, y: y, .overlay, maxWidth: max(0, min(columnWidth - keyWidth - 1, room - keyWidth)))
        }
    }
}
