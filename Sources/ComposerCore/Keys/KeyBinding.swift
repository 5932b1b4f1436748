import TerminalCells

/// Which keys a binding answers: one key, or any typed character (a text input's typing).
public enum KeyPattern: Sendable, Hashable {
    case key(Key)
    case anyCharacter

    public func matches(_ key: Key) -> Bool {
        switch self {
        case .key(let own): own == key
        case .anyCharacter: if case .character = key { true } else { false }
        }
    }
}

/// Keys that run one command. `keys` are written in the footer and the help; `aliases` (vi's
/// j/k, upper case, Ctrl-C beside Ctrl-Q) only in the help, so the footer stays short.
public struct KeyBinding<Command: Sendable>: Sendable {
    public let command: Command
    public let keys: [KeyPattern]
    public let aliases: [KeyPattern]

    public init(_ command: Command, _ keys: [Key], also aliases: [Key] = []) {
        self.init(command, patterns: keys.map(KeyPattern.key), aliases: aliases.map(KeyPattern.key))
    }

    public init(_ command: Command, patterns: [KeyPattern], aliases: [KeyPattern] = []) {
        self.command = command
        self.keys = patterns
        self.aliases = aliases
    }

    public func matches(_ key: Key) -> Bool { (keys + aliases).contains { $0.matches(key) } }
}

/// One line of the help: its bindings (one command, or a pair such as undo/redo) and what they
/// do; with a short word, the line shows in the footer too. The keys are written from the
/// bindings, so the help can never name a key the reducer does not match, or miss one it does.
public struct KeyEntry<Command: Sendable>: Sendable {
    public let bindings: [KeyBinding<Command>]
    public let help: HelpEntry

    public init(_ bindings: [KeyBinding<Command>], help describe: @escaping @Sendable (UIText) -> String, footer short: (@Sendable (UIText) -> String)? = nil) {
        self.bindings = bindings
        help = HelpEntry(
            keys: bindings.flatMap(\.keys), aliases: bindings.flatMap(\.aliases), describe: describe, short: short)
    }

    public init(_ command: Command, _ keys: [Key], also aliases: [Key] = [], help describe: @escaping @Sendable (UIText) -> String, footer short: (@Sendable (UIText) -> String)? = nil) {
        self.init([KeyBinding(command, keys, also: aliases)], help: describe, footer: short)
    }
}

/// A help line with its command type forgotten, so every mode's lines can be listed together.
public struct HelpEntry: Sendable {
    public let keys: [KeyPattern]
    public let aliases: [KeyPattern]
    let describe: @Sendable (UIText) -> String
    let short: (@Sendable (UIText) -> String)?

    public func matches(_ key: Key) -> Bool { (keys + aliases).contains { $0.matches(key) } }
    /// Every key, as the help writes it ("↑↓/k/j").
    public func label(_ text: UIText) -> String { KeyName.label(keys + aliases, text) }
    /// The main keys only, as the footer writes them ("↑↓").
    public func footerLabel(_ text: UIText) -> String { KeyName.label(keys, text) }
    public var inFooter: Bool { short != nil }
    public func description(_ text: UIText) -> String { describe(text) }
    public func footerDescription(_ text: UIText) -> String { (short ?? describe)(text) }
}
