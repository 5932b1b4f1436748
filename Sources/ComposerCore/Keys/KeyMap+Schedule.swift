import TerminalCells

/// The Schedule panel's commands.
public enum SchedulePanelCommand: Sendable, Equatable {
    case up, down, first, last, load, pauseResume, cancel, close, refresh
}

extension KeyMap {
    static let scheduleKeys = ModeKeys<SchedulePanelCommand>("schedule", title: { $0.scheduleTitle }, [
        KeyEntry([KeyBinding(.up, [.up], also: [.character("k")]), KeyBinding(.down, [.down], also: [.character("j")])],
                 help: { $0.keyScheduleChoose }, footer: { $0.keyScheduleChoose }),
        KeyEntry(.load, [.enter], help: { $0.keyScheduleLoad }, footer: { $0.keyScheduleLoadShort }),
        KeyEntry(.pauseResume, [.character("p")], help: { $0.keyPauseResume }, footer: { $0.keyPauseResumeShort }),
        KeyEntry(.cancel, [.character("x")], also: [.delete], help: { $0.keyCancelScheduled }, footer: { $0.keyCancelScheduledShort }),
        KeyEntry(.close, [.escape], also: [.character("q"), .control("t"), .function(5)], help: { $0.keyClose }, footer: { $0.keyClose }),
        KeyEntry(.refresh, [.character("r")], help: { $0.keyRefresh }, footer: { $0.keyRefresh }),
        KeyEntry([KeyBinding(.first, [.pageUp], also: [.home]), KeyBinding(.last, [.pageDown], also: [.end])], help: { $0.keyFirstLast }),
    ])
}
