import Foundation
import StatusKit
import TerminalCells

/// The live log: one entry per account per post, newest at the bottom, coloured by result.
/// A long error wraps onto indented lines rather than being cut.
enum LogView {
    static let spinner = ["|", "/", "-", "\\"]
    static let indent = "           "

    static func draw(_ state: ComposerState, _ painter: inout Painter, area: Rect, _ words: UIText) {
        guard area.height > 1 else { return }
        let queued = state.log.filter(\.isQueued).count
        let sending = state.postsInFlight - queued
        var title = "─ \(words.log) "
        if queued + sending > 0 { title += "(\(words.inFlight(queued: queued, sending: sending))) " }
        if state.logScroll > 0 { title += "↑\(state.logScroll) " }
        painter.put(title + String(repeating: "─", count: max(0, area.width - DisplayWidth.of(title))), x: area.x, y: area.y, .border, maxWidth: area.width)
        let rows = area.height - 1
        guard !state.log.isEmpty else {
            painter.put(words.emptyLog, x: area.x + 1, y: area.y + 1, .muted, maxWidth: area.width - 1)
            return
        }
        // Only the newest entries can show; wrap just those.
        let end = max(0, state.log.count - state.logScroll)
        var lines: [(String, ThemeRole)] = []
        for entry in state.log[max(0, end - rows)..<end] {
            let (text, role) = line(entry, state: state, words)
            let wrapped = TextLayout.wrap(text, width: max(1, area.width - 1 - indent.count), widths: painter.widths)
            for (index, piece) in wrapped.enumerated() {
                lines.append((index == 0 ? piece.text : indent + piece.text, role))
            }
        }
        for (index, line) in lines.suffix(rows).enumerated() {
            painter.put(line.0, x: area.x + 1, y: area.y + 1 + index, line.1, maxWidth: area.width - 1)
        }
    }

    static func line(_ entry: LogEntry, state: ComposerState, _ words: UIText) -> (String, ThemeRole) {
        let time = ClockText.time(entry.finishedAt ?? entry.startedAt, timeZone: state.timeZone)
        let who = "\(entry.accountName) (\(entry.gateway.displayName))" + (entry.scheduleId.map { " " + words.fromSchedule($0, campaign: entry.campaign) } ?? "")
        switch entry.status {
        case .queued:
            return ("\(time) ⋯ \(who): \(words.queued)", .muted)
        case .waitingToRetry(let seconds):
            return ("\(time) ⋯ \(who): \(words.waitingToRetry(seconds))", .warning)
        case .sending:
            return ("\(time) \(spinner[state.spinnerFrame % spinner.count]) \(who): \(words.sending)", .sending)
        case .posted(let messageId, let zaapId):
            let ids = (zaapId.map { "zaapId \($0), " } ?? "") + "\(idName(entry.gateway)) \(messageId)"
            return ("\(time) ✓ \(who): \(words.posted(ids))", .success)
        case .failed(let message, mayHavePosted: true):
            return ("\(time) ? \(who): \(words.outcomeUnknown): \(message)", .warning)
        case .failed(let message, mayHavePosted: false):
            return ("\(time) ✗ \(who): \(message)", .error)
        case .scheduled(let id, let at, let updated):
            return ("\(time) ⏱ \(who): \(words.scheduledLog(id, at: at, updated: updated))", .success)
        case .notScheduled(let message):
            return ("\(time) ✗ \(who): \(words.notScheduled(message))", .error)
        }
    }

    /// Each gateway's own name for the id, as its docs and panel show it.
    static func idName(_ gateway: GatewayKind) -> String {
        switch gateway {
        case .greenAPI: "idMessage"
        case .evolution: "key.id"
        default: "messageId"
        }
    }
}
