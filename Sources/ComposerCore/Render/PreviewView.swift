import StatusKit
import TerminalCells

/// A text status as it will look: the text, wrapped and centred, in white on its background.
/// Media statuses show what is attached and the caption.
enum PreviewView {
    static func draw(_ state: ComposerState, _ painter: inout Painter, area: Rect, _ words: UIText) {
        guard area.width > 4, area.height > 3 else { return }
        painter.put(words.preview, x: area.x + 1, y: area.y, .label)
        let card = Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: min(area.height - 1, 16))
        let hex = HexColor(state.color.text)
        let background: Color = hex.map { .rgb($0.red, $0.green, $0.blue) } ?? .rgb(0x07, 0x5E, 0x54)
        let cardStyle = Style(fg: .rgb(255, 255, 255), bg: state.kind == .text || state.kind == .audio ? background : .rgb(0x20, 0x20, 0x20), bold: true)
        let resolved = state.colorProfile == .monochrome ? Style(reverse: true) : cardStyle
        painter.fill(card, style: resolved)

        var lines: [String] = []
        switch state.kind {
        case .text:
            lines = TextLayout.wrap(state.text.text, width: card.width - 2).map(\.text)
        case .image, .video, .audio:
            let name = MediaSource.parse(state.media.text).map { $0.fileName ?? "" }
            let file = (try? name.get()) ?? ""
            lines = ["[\(words.kindName(state.kind))]", file.isEmpty ? "—" : file, ""]
            lines += TextLayout.wrap(state.text.text, width: card.width - 2).map(\.text)
        }
        let shown = Array(lines.prefix(card.height))
        let top = card.y + max(0, (card.height - shown.count) / 2)
        for (index, line) in shown.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let x = card.x + max(0, (card.width - DisplayWidth.of(trimmed)) / 2)
            painter.put(trimmed, x: x, y: top + index, style: resolved, maxWidth: card.x + card.width - x)
        }
    }
}
