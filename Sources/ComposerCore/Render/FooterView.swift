import Foundation
import StatusKit
import TerminalCells

/// The notice line (or the post confirmation) and the footer with the keys that work now.
enum FooterView {
    static func drawNotice(_ state: ComposerState, _ painter: inout Painter, y: Int, _ words: UIText) {
        let width = state.size.width
        if let question = question(state, words) {
            painter.fill(Rect(x: 0, y: y, width: width, height: 1), .selection)
            painter.put(" " + question, x: 0, y: y, .selection, maxWidth: width)
        } else if let notice = state.notice {
            painter.put(" " + notice.text, x: 0, y: y, notice.kind == .error ? .error : .warning, maxWidth: width)
        }
    }

    /// The y/n question the notice line asks now, if any.
    private static func question(_ state: ComposerState, _ words: UIText) -> String? {
        /// `loja (Z-API), shop (Green API)`; a name the config no longer has, as it is.
        func named(_ names: [String]) -> String {
            names.map { name in state.accounts.first { $0.name == name }.map { "\($0.name) (\($0.gateway.displayName))" } ?? name }
                .joined(separator: ", ")
        }
        switch state.overlay {
        case .confirmPost where !state.notConnected.isEmpty:
            let down = state.notConnected.map { "\($0.accountName) (\(words.healthState($0.state)))" }.joined(separator: ", ")
            return words.confirmPostNotConnected(kind: state.kind, connected: state.selected.count - state.notConnected.count, down: down)
        case .confirmPost:
            return words.confirmPost(kind: state.kind, count: state.selectedAccounts.count, accounts: named(state.selectedAccounts.map(\.name)))
        case .confirmSchedule:
            guard let pending = state.pendingSchedule else { return nil }
            let time = AgendaTimeText.dayAndTime(pending.plan.first, timeZone: TimeZone(identifier: pending.plan.zone) ?? state.timeZone, language: state.language)
            let rule = pending.order.repeatRule.map(words.repeatRule)
            return words.confirmSchedule(pending.plan, time: time, repeatRule: rule, updating: pending.order.replacing, accounts: named(pending.plan.accounts))
        case .schedule:
            return state.schedule.question.map { words.confirmChange($0, about: SchedulePanelView.describe($0, state: state, words)) }
        case .history:
            return state.history.deleteQuestion(words, timeZone: state.timeZone)
        default:
            return nil
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
