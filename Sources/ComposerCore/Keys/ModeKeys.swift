import TerminalCells

/// The bindings of one mode (the form, a field kind, a panel, a dialog), matched by its reducer
/// and listed, in this order, in the help. A new panel brings its own `ModeKeys` with its own
/// command type; nothing else has to change but the key map's list of modes.
public struct ModeKeys<Command: Sendable>: Sendable {
    /// Names the mode, for tests and for telling modes apart.
    public let id: String
    /// Where the keys work ("History"); README's key table names it.
    let title: @Sendable (UIText) -> String
    /// Whether `lines` puts the title before each line ("History: load into the form"); the
    /// form's commands go without. The help itself names every mode above its lines.
    let titledInHelp: Bool
    public let entries: [KeyEntry<Command>]

    public init(_ id: String, title: @escaping @Sendable (UIText) -> String, titledInHelp: Bool = true, _ entries: [KeyEntry<Command>]) {
        self.id = id
        self.title = title
        self.titledInHelp = titledInHelp
        self.entries = entries
    }

    /// The command of the first binding that takes the key.
    public func command(for key: Key) -> Command? {
        for entry in entries {
            if let binding = entry.bindings.first(where: { $0.matches(key) }) { return binding.command }
        }
        return nil
    }

    public var help: ModeHelp { ModeHelp(id: id, naming: title, titledInHelp: titledInHelp, entries: entries.map(\.help)) }
}

extension ModeKeys where Command: Equatable {
    /// A command's main keys (aliases left out) as a text names them ("Ctrl-N", "y/Enter"):
    /// notices and questions take a key's name from here, so they follow the binding.
    public func label(of command: Command, _ text: UIText) -> String {
        KeyName.label(bindings(of: command).flatMap(\.keys), text)
    }

    /// The command's keys that are typed characters, aliases included ("?").
    public func typedLabel(of command: Command, _ text: UIText) -> String {
        let typed = bindings(of: command).flatMap { $0.keys + $0.aliases }.filter { pattern in
            if case .key(.character) = pattern { true } else { false }
        }
        return KeyName.label(typed, text)
    }

    private func bindings(of command: Command) -> [KeyBinding<Command>] {
        entries.flatMap(\.bindings).filter { $0.command == command }
    }
}

/// A mode's help lines, without its command type.
public struct ModeHelp: Sendable {
    public let id: String
    let naming: @Sendable (UIText) -> String
    let titledInHelp: Bool
    public let entries: [HelpEntry]

    /// Where the keys work ("History").
    public func title(_ text: UIText) -> String { naming(text) }

    public func handles(_ key: Key) -> Bool { entries.contains { $0.matches(key) } }

    /// The mode's lines as one list: keys, and what they do with the mode named first.
    public func lines(_ text: UIText) -> [(String, String)] {
        let prefix = titledInHelp ? "\(title(text)): " : ""
        return entries.map { ($0.label(text), prefix + $0.description(text)) }
    }
}
