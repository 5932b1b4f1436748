import StatusKit
import TerminalCells

/// Draws the whole screen from the state: header, form, preview, log, notice line and footer,
/// with the help overlay or the post confirmation on top. A function of the state only.
public enum ComposerView {
    public static func render(_ state: ComposerState, keyMap: KeyMap = .standard) -> CellBuffer {
        let width = state.size.width, height = state.size.height
        let words = UIText(state.language, keys: keyMap)
        if ComposerLayout.isTooSmall(width: width, height: height) {
            var painter = Painter(width: width, height: height, theme: state.theme, profile: state.colorProfile, widths: state.widthProfile)
            drawTooSmall(&painter, words, width: width, height: height)
            return painter.buffer
        }
        var painter = Painter(width: width, height: height, theme: state.theme, profile: state.colorProfile, widths: state.widthProfile, background: .text)
        HeaderView.draw(state, &painter, words)

        let logHeight = ComposerLayout.logHeight(windowHeight: height)
        let footerY = height - 1
        let noticeY = footerY - 1
        let logTop = noticeY - logHeight
        let formArea = Rect(x: 0, y: 1, width: ComposerLayout.formWidth(windowWidth: width), height: logTop - 1)
        let cursor = FormView.draw(state, into: &painter, area: formArea, words)
        if ComposerLayout.showsPreviewColumn(state) {
            PreviewView.draw(state, &painter, area: Rect(x: formArea.width + 1, y: 1, width: ComposerLayout.previewWidth, height: formArea.height), words)
        }
        LogView.draw(state, &painter, area: Rect(x: 0, y: logTop, width: width, height: logHeight), words)
        if state.overlay == .history {
            HistoryPanelView.draw(state, &painter, area: Rect(x: 0, y: 1, width: width, height: logTop - 1), words)
        }
        if state.overlay == .schedule {
            SchedulePanelView.draw(state, &painter, area: Rect(x: 0, y: 1, width: width, height: logTop - 1), words)
        }
        var formCursor: (x: Int, y: Int)?
        if state.overlay == .addAccount {
            formCursor = AccountFormView.draw(state, &painter, area: Rect(x: 0, y: 1, width: width, height: logTop - 1), words)
        }
        FooterView.drawNotice(state, &painter, y: noticeY, words)
        FooterView.drawKeys(state, &painter, y: footerY, keyMap: keyMap, words)
        painter.buffer.cursor = state.overlay == .none ? cursor : state.overlay == .addAccount ? formCursor : nil
        if state.overlay == .help {
            HelpOverlay.draw(&painter, modes: keyMap.helpModes(from: state.helpFrom), page: state.helpPage, words)
        }
        return painter.buffer
    }

    private static func drawTooSmall(_ painter: inout Painter, _ words: UIText, width: Int, height: Int) {
        let lines = [words.tooSmall, words.tooSmallDetail(ComposerLayout.minimumWidth, ComposerLayout.minimumHeight), "(\(width)×\(height))"]
        let top = max(0, (height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let x = max(0, (width - DisplayWidth.of(line)) / 2)
            painter.put(line, x: x, y: top + index, index == 0 ? .focusLabel : .muted, maxWidth: width)
        }
    }
}
