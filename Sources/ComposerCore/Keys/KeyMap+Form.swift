import TerminalCells

/// What a key asks the composer to do, beyond typing into a field.
public enum Command: String, Sendable, CaseIterable {
    case nextField, previousField, post, openEditor, help, newDraft, quit, logOlder, logNewer, history, quietScreen, schedule
    /// Esc on the form: clears the question of a first press; the second press quits.
    case cancel
}

extension KeyMap {
    /// The form's commands, whichever field has the focus (a field's own keys come first).
    static let formKeys = ModeKeys<Command>("form", title: { $0.formTitle }, titledInHelp: false, [
        KeyEntry([KeyBinding(.nextField, [.tab]), KeyBinding(.previousField, [], also: [.backTab])],
                 help: { $0.keyNextPreviousField }, footer: { $0.keyNextField }),
        KeyEntry(.nextField, [.enter], help: { $0.keyEnterNextField }),
        KeyEntry(.post, [.control("s"), .function(2)], help: { $0.keyPost }, footer: { $0.keyPostShort }),
        KeyEntry(.history, [.control("r"), .function(3)], help: { $0.keyHistory }, footer: { $0.keyHistoryShort }),
        KeyEntry(.schedule, [.control("t"), .function(5)], help: { $0.keySchedule }),
        KeyEntry(.newDraft, [.control("n")], help: { $0.keyNewDraft }),
        KeyEntry([KeyBinding(.logOlder, [.pageUp]), KeyBinding(.logNewer, [.pageDown])], help: { $0.keyLog }),
        KeyEntry(.quietScreen, [.control("o"), .function(4)], help: { $0.keyQuietScreen }),
        KeyEntry(.cancel, [.escape], help: { $0.keyCancel }),
    ])

    /// Help and quit: on the form and in the panels (a question or the help itself takes every key).
    static let globalKeys = ModeKeys<Command>("global", title: { $0.formAndPanelsTitle }, titledInHelp: false, [
        KeyEntry(.help, [.function(1)], also: [.character("?")], help: { $0.keyHelp }, footer: { $0.keyHelpShort }),
        KeyEntry(.quit, [.control("q")], also: [.control("c")], help: { $0.keyQuit }, footer: { $0.keyQuit }),
    ])
}
