import StatusKit
import TerminalCells

/// The notice line (or the post confirmation) and the footer with the keys that work now.
enum FooterView {
    static func drawNotice(_ state: ComposerState, _ painter: inout Painter, y: Int, _ words: UIText) {
        let width = state.size.width
        if state.overlay == .confirmPost, !state.notConnected.isEmpty {
            let down = state.notConnected.map { "\($0.accountName) (\($0.state.rawValue))" }.joined(separator: ", ")
            let connected = state.selected.count - state.notConnected.count
            painter.fill(Rect(x: 0, y: y, width: width, height: 1), .selection)
            painter.put(" " + words.confirmPostNotConnected(kind: state.kind, connected: connected, down: down), x: 0, y: y, .selection, maxWidth: width)
        } else if state.overlay == .confirmPost {
            let names = state.selectedAccounts.map { "\($0.name) (\($0.gateway.displayName))" }.joined(separator: ", ")
            painter.fill(Rect(x: 0, y: y, width: width, height: 1), .selection)
            painter.put(" " + words.confirmPost(kind: state.kind, count: state.selectedAccounts.count, accounts: names), x: 0, y: y, .selection, maxWidth: width)
        } else if state.overlay == .history, let question = state.history.deleteQuestion(words, timeZone: state.timeZone) {
            painter.fill(Rect(x: 0, y: y, width: width, height: 1), .selection)
            painter.put(" " + question, x: 0, y: y, .selection, maxWidth: width)
        } else if let notice = state.notice {
            painter.put(" " + notice.text, x: 0, y: y, notice.kind == .error ? .error : .warning, maxWidth: width)
        }
    }

    static func drawKeys(_ state: ComposerState, _ painter: inout Painter, y: Int, keyMap: KeyMap, _ words: UIText) {
        let width = state.size.width
        painter.fill(Rect(x: 0, y: y, width: width, height: 1), .footer)
        var column = 1
        for (key, what) in keyMap.footer(state, words) {
            let itemWidth = DisplayWidth.of(key) + 1 + DisplayWidth.of(what) + 2
            // One that does not fit leaves room for a shorter one after it (Esc close).
            guard column + itemWidth <= width else { continue }
            column += painter.put(key, x: column, y: y, .footerKey)
            column += painter.put(" " + what + "  ", x: column, y: y, .footer)
        }
    }
}
