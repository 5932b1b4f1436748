import Foundation
import StatusKit
import TerminalCells

/// The notice line (or the post confirmation) and the footer with the keys that work now.
enum FooterView {
    static func drawNotice(_ state: ComposerState, _ painter: inout Painter, y: Int, _ words: UIText) {
        let width = state.size.width
        if state.overlay == .confirmPost, !state.notConnected.isEmpty {
            let down = state.notConnected.map { "\($0.accountName) (\(words.healthState($0.state)))" }.joined(separator: ", ")
            let connected = state.selected.count - state.notConnected.count
            painter.fill(Rect(x: 0, y: y, width: width, height: 1), .selection)
            painter.put(" " + words.confirmPostNotConnected(kind: state.kind, connected: connected, down: down), x: 0, y: y, .selection, maxWidth: width)
        } else if state.overlay == .confirmPost {
            let names = state.selectedAccounts.map { "\($0.name) (\($0.gateway.displayName))" }.joined(separator: ", ")
            painter.fill(Rect(x: 0, y: y, width: width, height: 1), .selection)
            painter.put(" " + words.confirmPost(kind: state.kind, count: state.selectedAccounts.count, accounts: names), x: 0, y: y, .selection, maxWidth: width)
        } else if state.overlay == .confirmSchedule, let pending = state.pendingSchedule {
            let names = pending.plan.accounts.map { name in
                state.accounts.first { $0.name == name }.map { "\($0.name) (\($0.gateway.displayName))" } ?? name
            }.joined(separator: ", ")
            let time = ScheduleTimeText.dayAndTime(pending.plan.first, timeZone: TimeZone(identifier: pending.plan.zone) ?? state.timeZone, language: state.language)
            let rule = pending.order.repeatRule.map { rule in RepeatChoice(rawValue: rule).map { words.repeatName($0) } ?? rule }
            question(words.confirmSchedule(pending.plan, time: time, repeatRule: rule, updating: pending.order.replacing, accounts: names), state, &painter, y: y)
        } else if state.overlay == .schedule, let change = state.schedule.question {
            question(words.confirmChange(change, about: SchedulePanelView.describe(change, state: state, words)), state, &painter, y: y)
        } else if state.overlay == .history, let question = state.history.deleteQuestion(words, timeZone: state.timeZone) {
            painter.fill(Rect(x: 0, y: y, width: width, height: 1), .selection)
            painter.put(" " + question, x: 0, y: y, .selection, maxWidth: width)
        } else if let notice = state.notice {
            painter.put(" " + notice.text, x: 0, y: y, notice.kind == .error ? .error : .warning, maxWidth: width)
        }
    }

    /// A y/n question on the notice line.
    private static func question(_ text: String, _ state: ComposerState, _ painter: inout Painter, y: Int) {
        painter.fill(Rect(x: 0, y: y, width: state.size.width, height: 1), .selection)
        painter.put(" " + text, x: 0, y: y, .selection, maxWidth: state.size.width)
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
