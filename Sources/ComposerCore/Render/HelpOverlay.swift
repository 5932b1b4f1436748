import TerminalCells

/// Every key, from the key map, in a box over the form; in two or more columns when one does
/// not fit the window's height.
enum HelpOverlay {
    static func draw(_ painter: inout Painter, keyMap: KeyMap, _ words: UIText) {
        let lines = keyMap.helpLines(words)
        let keyWidth = (lines.map { DisplayWidth.of($0.0) }.max() ?? 0) + 2
        let textWidth = lines.map { DisplayWidth.of($0.1) }.max() ?? 0
        let screen = (width: painter.buffer.width, height: painter.buffer.height)
        let rowsPerColumn = max(1, screen.height - 4)
        let columns = (lines.count + rowsPerColumn - 1) / rowsPerColumn
        let columnWidth = min(keyWidth + textWidth + 2, max(keyWidth + 4, (screen.width - 4) / max(1, columns)))
        let rows = min(rowsPerColumn, lines.count)
        let width = min(screen.width - 2, columnWidth * columns + 2)
        let height = min(screen.height - 2, rows + 2)
        let box = Rect(x: max(0, (screen.width - width) / 2), y: max(0, (screen.height - height) / 2), width: width, height: height)
        painter.fill(box, .overlay)
        painter.put(" " + words.helpTitle + " ", x: box.x + 2, y: box.y, .focusLabel, maxWidth: box.width - 2)
        for (index, line) in lines.enumerated() {
            let column = index / rowsPerColumn, row = index % rowsPerColumn
            let x = box.x + 2 + column * columnWidth, y = box.y + 1 + row
            guard row < height - 2, x < box.x + box.width - 1 else { continue }
            let room = box.x + box.width - 1 - x
            painter.put(line.0, x: x, y: y, .footerKey, maxWidth: min(keyWidth, room))
            painter.put(line.1, x: x + keyWidth, y: y, .overlay, maxWidth: max(0, min(columnWidth - keyWidth - 1, room - keyWidth)))
        }
    }
}
