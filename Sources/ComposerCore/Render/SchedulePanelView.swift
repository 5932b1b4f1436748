import Foundation
import StatusKit
import TerminalCells

/// The Schedule panel over the form, an agenda like calcurse's: single statuses, then each
/// campaign under a progress bar, each by day; one row per item with its time, countdown,
/// accounts, kind, the start of its text and its state. The highlighted item's details (id,
/// repeat, every account) are on the panel's last row.
enum SchedulePanelView {
    static func draw(_ state: ComposerState, _ painter: inout Painter, area: Rect, _ words: UIText) {
        let title = "\(words.scheduleTitle) · \(words.scheduleSubtitle) · \(words.runner(state.scheduleRunner))"
        guard let inner = PanelFrame.draw(title, area: area, &painter) else { return }
        let panel = state.schedule
        if let problem = panel.problem {
            painter.put(words.scheduleUnreadable(problem), x: inner.x, y: inner.y, .error, maxWidth: inner.width)
            return
        }
        let rows = panel.rows(now: state.now, timeZone: state.timeZone)
        if rows.isEmpty {
            painter.put(panel.loading ? words.scheduleLoading : words.scheduleEmpty, x: inner.x, y: inner.y, .muted, maxWidth: inner.width)
            return
        }
        let selected = panel.selectedKey(in: rows)
        let selectedIndex = rows.firstIndex { $0.key != nil && $0.key == selected } ?? 0
        // The last row holds the highlighted item's details.
        let shown = max(1, inner.height - 1)
        let first = max(0, min(selectedIndex - shown + 1, rows.count - shown))
        for (offset, row) in rows[first..<min(rows.count, first + shown)].enumerated() {
            let y = inner.y + offset
            let isSelected = row.key != nil && row.key == selected
            if isSelected { painter.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), .selection) }
            switch row {
            case .looseHeading:
                painter.put(words.looseHeading, x: inner.x, y: y, .focusLabel, maxWidth: inner.width)
            case .day(let day):
                let name = AgendaTimeText.day(day, timeZone: state.timeZone, language: state.language)
                let away = AgendaTimeText.daysAway(day, from: state.now, timeZone: state.timeZone)
                painter.put(" " + words.dayHeading(name, daysAway: away), x: inner.x, y: y, .label, maxWidth: inner.width)
            case .campaign(let progress):
                campaign(progress, selected: isSelected, &painter, x: inner.x, y: y, width: inner.width, words)
            case .item(let item):
                self.item(item, selected: isSelected, state: state, &painter, x: inner.x, y: y, width: inner.width, words)
            }
        }
        if case .item(let id)? = selected, let item = panel.item(id: id) {
            painter.put(details(item, words), x: inner.x + 2, y: inner.y + inner.height - 1, .muted, maxWidth: inner.width - 2)
        }
    }

    /// "▸ Campaign “semana” ▕██████░░░░▏ 8/20 posted · 1 failed · 2 missed".
    private static func campaign(_ progress: CampaignProgress, selected: Bool, _ painter: inout Painter, x: Int, y: Int, width: Int, _ words: UIText) {
        let lead = (selected ? "› " : "  ") + "“\(progress.name)” "
        var column = x + painter.put(lead, x: x, y: y, selected ? .selection : .focusLabel, maxWidth: width)
        let barWidth = min(20, max(0, x + width - column - 30))
        if barWidth >= 4 {
            let total = max(1, progress.total)
            // Posted first, then failed and missed, each its own colour; the rest still to come.
            var filled = 0
            for (count, role) in [(progress.posted, ThemeRole.success), (progress.failed, .error), (progress.missed, .warning)] {
                let cells = min(barWidth - filled, Int((Double(count) / Double(total) * Double(barWidth)).rounded()))
                if cells > 0 { painter.put(String(repeating: "█", count: cells), x: column + filled, y: y, role) }
                filled += max(0, cells)
            }
            if filled < barWidth { painter.put(String(repeating: "░", count: barWidth - filled), x: column + filled, y: y, .muted) }
            column += barWidth + 1
        }
        painter.put(words.campaignLine(progress), x: column, y: y, selected ? .selection : .text, maxWidth: max(0, x + width - column))
    }

    private static func item(_ item: ScheduleEntry, selected: Bool, state: ComposerState, _ painter: inout Painter, x: Int, y: Int, width: Int, _ words: UIText) {
        let (right, rightRole) = stateText(item, state: state, words)
        let rightWidth = DisplayWidth.of(right)
        let time = ClockText.hoursAndMinutes(item.agendaTime, timeZone: state.timeZone)
        let countdown = item.state.isFinished ? "" : words.countdown(item.agendaTime.timeIntervalSince(state.now))
        let repeats = item.repeatRule == nil ? " " : "↻"
        let accounts = DisplayWidth.truncated(item.accounts.joined(separator: ", "), toWidth: 24)
        let left = (selected ? "› " : "  ") + "\(time) \(repeats) \(pad(countdown, 11)) \(accounts)  \(words.kindName(item.draft.kind))  "
        let used = painter.put(left, x: x, y: y, selected ? .selection : .text, maxWidth: width)
        let room = width - used - rightWidth - 2
        if room > 3 {
            painter.put(DisplayWidth.truncated(HistoryPanelView.excerpt(item.draft), toWidth: room, widths: painter.widths), x: x + used, y: y, selected ? .selection : .muted)
        }
        if width - rightWidth > used { painter.put(right, x: x + width - rightWidth, y: y, selected ? .selection : rightRole) }
    }

    static func stateText(_ item: ScheduleEntry, state: ComposerState, _ words: UIText) -> (String, ThemeRole) {
        if state.schedule.busy.contains(item.id) { return (words.changing, .sending) }
        let role: ThemeRole = switch item.state {
        case .scheduled: .success
        case .paused, .missed, .unknown: .warning
        case .posting: .sending
        case .posted, .cancelled: .muted
        case .failed: .error
        }
        return (words.stateName(item.state), role)
    }

    /// "#12 · daily until 2026-12-31 · loja, shop, evo".
    static func details(_ item: ScheduleEntry, _ words: UIText) -> String {
        var parts = ["#\(item.id)"]
        if let rule = item.repeatRule { parts.append(words.repeatRule(rule) + (item.until.map { " → \($0)" } ?? "")) }
        if let campaign = item.campaign { parts.append("“\(campaign)”") }
        parts.append(item.accounts.joined(separator: ", "))
        return parts.joined(separator: " · ")
    }

    /// What the question is about, after its keys: the item's time and accounts.
    static func describe(_ change: ScheduleItemsChange, state: ComposerState, _ words: UIText) -> String {
        guard change.campaign == nil, let id = change.ids.first, let item = state.schedule.item(id: id) else { return "" }
        let time = AgendaTimeText.dayAndTime(item.agendaTime, timeZone: state.timeZone, language: state.language)
        return "#\(id) \(time), \(item.accounts.joined(separator: ", "))"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }
}
