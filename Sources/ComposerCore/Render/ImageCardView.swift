import StatusKit
import TerminalCells

/// An image status as it will show: a black portrait (9:16) frame with the image fitted in its
/// middle, drawn as cells, and the caption beneath. Until the cells come, the frame says what
/// is happening (loading, or why the image cannot be shown).
enum ImageCardView {
    static let frameStyle = Style(fg: .rgb(0xD0, 0xD0, 0xD0), bg: .rgb(0, 0, 0))

    static func draw(_ state: ComposerState, _ painter: inout Painter, area: Rect, _ words: UIText) {
        let frame = ComposerLayout.imageFrame(windowHeight: state.size.height)
        let columns = min(frame.columns, area.width - 2)
        let box = Rect(x: area.x + 1 + max(0, (area.width - 2 - columns) / 2), y: area.y + 1, width: columns, height: frame.rows)
        painter.fill(box, style: frameStyle)
        switch state.preview.image {
        case .cells(let cells)?:
            let origin = (x: box.x + max(0, (box.width - cells.width) / 2), y: box.y + max(0, (box.height - cells.height) / 2))
            painter.blit(cells, rows: 0..<min(cells.height, box.height), to: origin)
        case .failed(let why)?:
            message(words.previewFailed + " " + why, in: box, &painter)
        case nil:
            message(state.preview.request == nil ? "[\(words.kindName(.image))]" : words.previewLoading, in: box, &painter)
        }
        let captionTop = box.y + box.height
        let rows = max(0, area.y + area.height - captionTop)
        let lines = TextLayout.wrap(state.text.text, width: box.width, maxLines: rows, widths: painter.widths).map(\.text)
        for (index, line) in lines.prefix(rows).enumerated() {
            painter.put(line, x: box.x, y: captionTop + index, .text, maxWidth: box.width)
        }
    }

    private static func message(_ text: String, in box: Rect, _ painter: inout Painter) {
        let lines = TextLayout.wrap(text, width: max(1, box.width - 2), maxLines: box.height, widths: painter.widths).map(\.text)
        for (index, line) in lines.enumerated() {
            painter.put(line, x: box.x + 1, y: box.y + index + (lines.count < box.height ? 1 : 0), style: frameStyle, maxWidth: box.width - 2)
        }
    }
}
