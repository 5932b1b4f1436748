import StatusKit
import TerminalCells

/// The top line: the chosen accounts and gateways, the colour mode, who runs the schedule (when
/// something is scheduled or a runner is known), and the SANDBOX badge.
enum HeaderView {
    static func draw(_ state: ComposerState, _ painter: inout Painter, _ words: UIText) {
        let width = state.size.width
        painter.fill(Rect(x: 0, y: 0, width: width, height: 1), .header)
        let accounts = state.selectedAccounts.map { account in
            "\(account.name) (\(account.gateway.displayName))" + (HealthFlow.mark(account.name, in: state).map { " " + $0 } ?? "")
        }.joined(separator: ", ")
        let modes = words.colorModeNames
        let mode: String
        switch state.colorProfile {
        case .trueColor: mode = modes.0
        case .ansi256: mode = modes.1
        case .ansi16: mode = modes.2
        case .monochrome: mode = modes.3
        }
        var badgeWidth = 0
        if state.usesBuiltInSandbox {
            badgeWidth = DisplayWidth.of(words.sandboxBadge)
            painter.put(words.sandboxBadge, x: max(0, width - badgeWidth), y: 0, .badge)
        }
        // The runner first: with items waiting and no runner, that is the line's news.
        let runner = state.showsRunner ? "\(words.runner(state.scheduleRunner)) │ " : ""
        let title = " status-composer │ \(runner)\(accounts.isEmpty ? words.noAccounts : accounts) │ \(mode) "
        painter.put(DisplayWidth.truncated(title, toWidth: max(0, width - badgeWidth - 1)), x: 0, y: 0, .header)
    }
}
