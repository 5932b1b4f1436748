import TerminalCells

/// Every key, from the key map, in a box over the form.
enum HelpOverlay {
    static func draw(_ painter: inout Painter, keyMap: KeyMap, _ words: UIText) {
        let lines = keyMap.helpLines(words)
        let keyWidth = (lines.map { DisplayWidth.of($0.0) }.max() ?? 0) + 2
        let textWidth = lines.map { DisplayWidth.of($0.1) }.max() ?? 0
        let width = min(painter.buffer.width - 2, keyWidth + textWidth + 4)
        let height = min(painter.buffer.height - 2, lines.count + 2)
        let box = Rect(x: max(0, (painter.buffer.width - width) / 2), y: max(0, (painter.buffer.height - height) / 2), width: width, height: height)
        painter.fill(box, .overlay)
        painter.put(" " + words.helpTitle + " ", x: box.x + 2, y: box.y, .focusLabel, maxWidth: box.width - 2)
        for (index, line) in lines.prefix(max(0, height - 2)).enumerated() {
            let y = box.y + 1 + index
            painter.put(line.0, x: box.x + 2, y: y, .footerKey, maxWidth: keyWidth)
            painter.put(line.1, x: box.x + 2 + keyWidth, y: y, .overlay, maxWidth: box.width - keyWidth - 3)
        }
    }
}
