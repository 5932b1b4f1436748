import Foundation
import StatusKit
import TerminalCells

/// The History panel over the form: one row per status of the last 24 hours (time, account,
/// kind, text, time left), the highlighted one's id and full time below the list.
enum HistoryPanelView {
    static func draw(_ state: ComposerState, _ painter: inout Painter, area: Rect, _ words: UIText) {
        guard let inner = PanelFrame.draw("\(words.historyTitle) · \(words.historySubtitle)", area: area, &painter) else { return }
        let panel = state.history
        if let problem = panel.problem {
            painter.put(words.historyUnreadable(problem), x: inner.x, y: inner.y, .error, maxWidth: inner.width)
            return
        }
        if panel.items.isEmpty {
            painter.put(panel.loading ? words.historyLoading : words.historyEmpty, x: inner.x, y: inner.y, .muted, maxWidth: inner.width)
            return
        }
        // The last row of the panel holds the highlighted status's id.
        let rows = max(1, inner.height - 1)
        let first = max(0, min(panel.cursor - rows + 1, panel.items.count - rows))
        for (offset, item) in panel.items[first..<min(panel.items.count, first + rows)].enumerated() {
            let index = first + offset
            let selected = index == panel.cursor
            let y = inner.y + offset
            if selected { painter.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), .selection) }
            var (right, rightRole) = stateText(item, state: state, words)
            let cell = viewsCell(state.history.views[item.id])
            if case .live = item.state, !cell.isEmpty { right = cell + "  " + right }
            let rightWidth = DisplayWidth.of(right)
            let left = (selected ? "› " : "  ") + "\(ClockText.hoursAndMinutes(item.postedAt, timeZone: state.timeZone))  \(item.accountLabel)  \(words.kindName(item.draft.kind))  "
            let used = painter.put(left, x: inner.x, y: y, selected ? .selection : .text, maxWidth: inner.width)
            let room = inner.width - used - rightWidth - 2
            if room > 3 {
                painter.put(DisplayWidth.truncated(excerpt(item.draft), toWidth: room, widths: painter.widths), x: inner.x + used, y: y, selected ? .selection : .muted)
            }
            if inner.width - rightWidth > used {
                painter.put(right, x: inner.x + inner.width - rightWidth, y: y, selected ? .selection : rightRole)
            }
        }
        if let item = panel.selected {
            let id = item.messageId.map { "\(LogView.idName(item.gateway)) \($0) · " } ?? ""
            let views = state.history.views[item.id].map { " · views: \($0.summary)" } ?? ""
            painter.put(id + ISO8601DateFormatter().string(from: item.postedAt) + views, x: inner.x + 2, y: inner.y + inner.height - 1, .muted, maxWidth: inner.width - 2)
        }
    }

    /// The views column: `2/3 read` (Green API), the delivery state (RyzeAPI), `no data yet`,
    /// `—` where the gateway offers none, nothing until it answers; the bottom line says it in full.
    static func viewsCell(_ views: StatusViews?) -> String {
        guard let views else { return "" }
        switch views {
        case .recipients(let list): return "\(views.counts?.read ?? 0)/\(list.count) read"
        case .notOffered: return "—"
        case .failed: return "?"
        case .delivery, .noDataYet: return views.summary
        }
    }

    /// Time left for a live status; what happened for the others.
    static func stateText(_ item: PostedStatus, state: ComposerState, _ words: UIText) -> (String, ThemeRole) {
        if state.history.deleting.contains(item.id) { return (words.stateDeleting, .sending) }
        switch item.state {
        case .live: return (words.timeLeft(item.timeLeft(now: state.now)), .success)
        case .unknownOutcome: return (words.stateUnknown, .warning)
        case .deleted: return (words.stateDeleted, .muted)
        }
    }

    /// The text on one line; for media without a caption, the link's or path's last part (read
    /// from the text alone: the panel redraws every second and must not touch the files).
    static func excerpt(_ draft: StatusDraft) -> String {
        let text = draft.text.split(whereSeparator: \.isNewline).joined(separator: " ⏎ ")
        if !text.isEmpty { return "“\(text)”" }
        if draft.media.hasPrefix("data:") { return String(draft.media.prefix { $0 != ";" && $0 != "," }) }
        return draft.media.split(separator: "/").last.map(String.init) ?? draft.media
    }
}
