import StatusKit
import TerminalCells

/// A text status as it will look: the text, wrapped as it will wrap, in white on its background.
/// Media statuses show what is attached and the caption; an image status in colour shows the
/// image itself in a portrait frame (`ImageCardView`).
///
/// The lines start at the card's top left rather than centred: centring moves every cell of a
/// line (and every line) as the text grows, which costs a slow terminal link a whole redraw of
/// the card per keystroke; anchored, a typed character changes one cell of the preview.
enum PreviewView {
    static func draw(_ state: ComposerState, _ painter: inout Painter, area: Rect, _ words: UIText) {
        guard area.width > 4, area.height > 3 else { return }
        painter.put(words.preview, x: area.x + 1, y: area.y, .label)
        if ComposerLayout.showsImage(state) {
            ImageCardView.draw(state, &painter, area: area, words)
            return
        }
        let card = Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: min(area.height - 1, 16))
        let hex = HexColor(state.color.text)
        let background: Color = hex.map { .rgb($0.red, $0.green, $0.blue) } ?? .rgb(0x07, 0x5E, 0x54)
        // White, not bold, as the default theme's focused text box: going from the box to the
        // card is then a change of background alone, the shortest colour change there is.
        let cardStyle = Style(fg: .rgb(255, 255, 255), bg: state.kind == .text || state.kind == .audio ? background : .rgb(0x20, 0x20, 0x20))
        let resolved = state.colorProfile == .monochrome ? Style(reverse: true) : cardStyle
        painter.fill(card, style: resolved)

        let rows = max(0, card.height - 2)
        var lines: [String] = []
        switch state.kind {
        case .text:
            lines = TextLayout.wrap(state.text.text, width: card.width - 2, maxLines: rows, widths: painter.widths).map(\.text)
        case .image, .video, .audio:
            let file = state.parsedMedia?.fileName ?? ""
            lines = ["[\(words.kindName(state.kind))]", file.isEmpty ? "—" : file, ""]
            lines += TextLayout.wrap(state.text.text, width: card.width - 2, maxLines: rows - lines.count, widths: painter.widths).map(\.text)
        }
        let top = card.y + 1, left = card.x + 1
        for (index, line) in lines.prefix(rows).enumerated() {
            painter.put(line, x: left, y: top + index, style: resolved, maxWidth: card.width - 2)
        }
    }
}
