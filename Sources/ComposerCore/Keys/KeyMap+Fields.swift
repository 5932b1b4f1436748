import TerminalCells

/// A field's own keys. What a step or a toggle does depends on the field's kind.
public enum FieldCommand: Sendable, Equatable {
    case previous, next, toggle, newLine, lineUp, lineDown, openEditor, addEntry, pickPrevious, pickNext, removeEntry
    /// Leave the composer for `accounts add` (Accounts field).
    case addAccount
}

/// Line editing, shared by the fields that take text.
public enum EditCommand: Sendable, Equatable {
    case insert, left, right, lineStart, lineEnd, wordLeft, wordRight
    case deleteBackward, deleteForward, deleteWordBackward, deleteToLineEnd, clear, undo, redo
}

extension KeyMap {
    static func field(_ field: ComposerField, _ entries: [KeyEntry<FieldCommand>]) -> ModeKeys<FieldCommand> {
        ModeKeys("field.\(field.rawValue)", title: { $0.label(field, kind: .text) }, entries)
    }

    static let steps = [KeyBinding<FieldCommand>(.previous, [.left], also: [.up]), KeyBinding(.next, [.right], also: [.down])]

    /// Each field kind's keys (a field with none of its own, such as Media, has an empty mode).
    static let fieldKeys: [ComposerField: ModeKeys<FieldCommand>] = {
        let choice = ModeKeys<FieldCommand>("field.choice", title: { $0.typeAndFont }, [
            KeyEntry(steps, help: { $0.keyChange }, footer: { $0.keyChange }),
        ])
        return [
            .accounts: field(.accounts, [
                KeyEntry(steps, help: { $0.keyMove }, footer: { $0.keyMove }),
                KeyEntry(.toggle, [.character(" ")], also: [.enter], help: { $0.keyChoose }, footer: { $0.keyChoose }),
                KeyEntry(.addAccount, [.character("A")], help: { $0.keyAddAccount }),
            ]),
            .type: choice,
            .font: choice,
            .text: field(.text, [
                KeyEntry(.newLine, [.enter], help: { $0.keyNewLine }, footer: { $0.keyNewLine }),
                KeyEntry(.openEditor, [.control("e")], help: { $0.keyEditor }, footer: { $0.keyEditor }),
                KeyEntry([KeyBinding(.lineUp, [.up]), KeyBinding(.lineDown, [.down])], help: { $0.keyLineUpDown }),
            ]),
            .media: field(.media, []),
            .color: field(.color, [
                KeyEntry([KeyBinding(.previous, [.left]), KeyBinding(.next, [.right])], help: { $0.keyPalette }, footer: { $0.keyPalette }),
            ]),
            .audience: field(.audience, [
                KeyEntry(.addEntry, [.enter], help: { $0.keyAddNumber }, footer: { $0.keyAdd }),
                KeyEntry([KeyBinding(.pickPrevious, [.up]), KeyBinding(.pickNext, [.down])], help: { $0.keyPickEntry }, footer: { $0.keyPick }),
                KeyEntry(.removeEntry, [.delete, .backspace], help: { $0.keyRemoveEntry }, footer: { $0.keyRemove }),
            ]),
            .when: choice,
            .repeats: choice,
            .at: field(.at, []),
            .days: field(.days, []),
            .until: field(.until, []),
            .voice: field(.voice, [
                KeyEntry(.toggle, [.character(" ")], also: [.left, .right, .up, .down], help: { $0.keyToggleVoice }, footer: { $0.keyToggle }),
            ]),
        ]
    }()

    /// Typing and line editing in Text, Media, Background and Audience.
    static let editingKeys = ModeKeys<EditCommand>("editing", title: { $0.keyTyping }, [
        KeyEntry([KeyBinding(.insert, patterns: [.anyCharacter])], help: { $0.keyType }),
        KeyEntry([KeyBinding(.left, [.left]), KeyBinding(.right, [.right]), KeyBinding(.lineStart, [.home], also: [.control("a")]), KeyBinding(.lineEnd, [.end])],
                 help: { $0.keyMoveInLine }),
        KeyEntry([KeyBinding(.wordLeft, [.alt("b")], also: [.control("b")]), KeyBinding(.wordRight, [.alt("f")], also: [.control("f")])], help: { $0.keyWord }),
        KeyEntry([KeyBinding(.deleteBackward, [.backspace]), KeyBinding(.deleteForward, [.delete], also: [.control("d")])], help: { $0.keyDelete }),
        KeyEntry([KeyBinding(.deleteWordBackward, [.control("w")]), KeyBinding(.deleteToLineEnd, [.control("k")])], help: { $0.keyDeleteWord }),
        KeyEntry(.clear, [.control("u")], help: { $0.keyClear }, footer: { $0.keyClearShort }),
        KeyEntry([KeyBinding(.undo, [.control("z")]), KeyBinding(.redo, [.control("y")])], help: { $0.keyUndo }, footer: { $0.keyUndo }),
    ])
}
