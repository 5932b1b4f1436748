import TerminalCells

/// The History panel's commands.
public enum HistoryPanelCommand: Sendable, Equatable {
    case up, down, first, last, load, delete, deleteWholePost, close, refresh, recipients
}

/// A y/n question's answers (posting, deleting).
public enum AnswerCommand: Sendable, Equatable {
    case yes, no
}

/// The post confirmation's key when some chosen accounts are not connected: y/Enter posts to
/// the connected ones only; this posts to every chosen account.
public enum PostAnywayCommand: Sendable, Equatable {
    case postAnyway
}

/// The help's own keys: it shows one page at a time.
public enum HelpCommand: Sendable, Equatable {
    case close, previousPage, nextPage
}

extension KeyMap {
    static let historyKeys = ModeKeys<HistoryPanelCommand>("history", title: { $0.historyTitle }, [
        KeyEntry([KeyBinding(.up, [.up], also: [.character("k")]), KeyBinding(.down, [.down], also: [.character("j")])],
                 help: { $0.keyHistoryChoose }, footer: { $0.keyHistoryChoose }),
        KeyEntry(.load, [.enter], also: [.character("l")], help: { $0.keyLoad }, footer: { $0.keyLoad }),
        KeyEntry(.delete, [.character("d")], also: [.delete], help: { $0.keyDeleteStatus }, footer: { $0.keyDeleteShort }),
        KeyEntry(.close, [.escape], also: [.character("q"), .control("r"), .function(3)], help: { $0.keyClose }, footer: { $0.keyClose }),
        KeyEntry(.deleteWholePost, [.character("D")], help: { $0.keyDeletePost }, footer: { $0.keyDeletePost }),
        KeyEntry(.refresh, [.character("r")], help: { $0.keyRefresh }, footer: { $0.keyRefresh }),
        KeyEntry(.recipients, [.character("v")], help: { $0.keyRecipients }),
        KeyEntry([KeyBinding(.first, [.pageUp], also: [.home]), KeyBinding(.last, [.pageDown], also: [.end])], help: { $0.keyFirstLast }),
    ])

    /// The one-line questions before posting and before deleting.
    static let questionKeys = ModeKeys<AnswerCommand>("question", title: { $0.keyQuestion }, [
        KeyEntry(.yes, [.character("y"), .enter], also: [.character("Y"), .character("s"), .character("S")], help: { $0.keyYes }, footer: { $0.keyYesShort }),
        KeyEntry(.no, [.escape], also: [.character("n"), .character("N"), .control("c"), .control("q")], help: { $0.keyNo }, footer: { $0.keyNoShort }),
    ])

    /// Works in the post confirmation when it names accounts that are not connected.
    static let notConnectedKeys = ModeKeys<PostAnywayCommand>("not-connected", title: { $0.keyNotConnectedTitle }, [
        KeyEntry(.postAnyway, [.character("a")], also: [.character("A")], help: { $0.keyPostAnyway }, footer: { $0.keyPostAnywayShort }),
    ])

    static let helpKeys = ModeKeys<HelpCommand>("help", title: { $0.keyHelpTitle }, [
        KeyEntry(.close, [.escape], also: [.function(1), .character("?"), .character("q"), .enter], help: { $0.keyClose }, footer: { $0.keyClose }),
        KeyEntry(.nextPage, [.pageDown, .down, .character(" ")], also: [.character("j")], help: { $0.keyNextPage }, footer: { $0.keyNextPageShort }),
        KeyEntry(.previousPage, [.pageUp, .up], also: [.character("k")], help: { $0.keyPreviousPage }, footer: { $0.keyPreviousPageShort }),
    ])
}
