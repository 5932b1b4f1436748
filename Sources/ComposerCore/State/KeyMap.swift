import StatusKit
import TerminalCells

/// What a key asks the composer to do, beyond typing into a field.
public enum Command: String, Sendable, CaseIterable {
    case nextField, previousField, post, openEditor, help, newDraft, quit, logOlder, logNewer, history, quietScreen
}

/// One binding: the keys, how they are written in the footer and the help, and what they do.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let label: String
    public let command: Command
    /// Shown in the footer (the help overlay shows every binding).
    public let inFooter: Bool
}

/// The single source of key handling, footer hints and the help overlay, so the three can
/// never disagree.
public struct KeyMap: Sendable {
    public let bindings: [KeyBinding]

    public static let standard = KeyMap(bindings: [
        KeyBinding(keys: [.tab], label: "Tab", command: .nextField, inFooter: true),
        KeyBinding(keys: [.backTab], label: "Shift-Tab", command: .previousField, inFooter: false),
        KeyBinding(keys: [.control("s"), .function(2)], label: "Ctrl-S/F2", command: .post, inFooter: true),
        KeyBinding(keys: [.control("e")], label: "Ctrl-E", command: .openEditor, inFooter: true),
        KeyBinding(keys: [.function(1), .character("?")], label: "F1/?", command: .help, inFooter: true),
        KeyBinding(keys: [.control("n")], label: "Ctrl-N", command: .newDraft, inFooter: false),
        KeyBinding(keys: [.pageUp], label: "PgUp", command: .logOlder, inFooter: false),
        KeyBinding(keys: [.pageDown], label: "PgDn", command: .logNewer, inFooter: false),
        KeyBinding(keys: [.control("o"), .function(4)], label: "Ctrl-O/F4", command: .quietScreen, inFooter: false),
        KeyBinding(keys: [.control("q"), .control("c")], label: "Ctrl-Q", command: .quit, inFooter: true),
        KeyBinding(keys: [.control("r"), .function(3)], label: "Ctrl-R/F3", command: .history, inFooter: true),
    ])

    /// The command for a key in a field. `?` is typed as text in text fields; F1 always helps.
    public func command(for key: Key, focus: ComposerField) -> Command? {
        if key == .character("?"), focus.takesText { return nil }
        if key == .control("e"), focus != .text { return nil }
        return bindings.first { $0.keys.contains(key) }?.command
    }

    public func description(of command: Command, _ text: UIText) -> String {
        let pt = text.language == .portuguese
        switch command {
        case .nextField: return pt ? "próximo campo" : "next field"
        case .previousField: return pt ? "campo anterior" : "previous field"
        case .post: return pt ? "publicar (pede confirmação)" : "post (asks first)"
        case .history: return pt ? "histórico: apagar ou reutilizar um status" : "history: delete or reuse a status"
        case .openEditor: return pt ? "editar o texto no $EDITOR" : "edit the text in $EDITOR"
        case .help: return pt ? "ajuda" : "help"
        case .newDraft: return pt ? "novo rascunho" : "new draft"
        case .quit: return pt ? "sair" : "quit"
        case .logOlder: return pt ? "registro: mais antigos" : "log: older"
        case .logNewer: return pt ? "registro: mais novos" : "log: newer"
        case .quietScreen: return pt ? "tela leve: esconde/mostra prévia e contador (conexão lenta)" : "quiet screen: hide/show preview and counter (slow links)"
        }
    }

    /// Keys that act inside one field, as (keys, what they do).
    public func fieldHints(_ field: ComposerField, _ text: UIText) -> [(String, String)] {
        let pt = text.language == .portuguese
        switch field {
        case .accounts: return [("←→", pt ? "mover" : "move"), ("Space", pt ? "escolher" : "choose")]
        case .type, .font: return [("←→", pt ? "trocar" : "change")]
        case .text: return [("Enter", pt ? "nova linha" : "new line"), ("Ctrl-Z/Y", pt ? "desfazer/refazer" : "undo/redo")]
        case .media: return [("Ctrl-U", pt ? "limpar" : "clear")]
        case .color: return [("←→", pt ? "paleta" : "palette"), ("#RRGGBB", pt ? "digitar" : "type")]
        case .audience: return [("Enter", pt ? "adicionar" : "add"), ("↑↓", pt ? "escolher" : "pick"), ("Del", pt ? "remover" : "remove")]
        case .voice: return [("Space", pt ? "alternar" : "toggle")]
        }
    }

    /// The footer for the focused field: the main commands first (they must always fit), then
    /// the field's own keys. In the History panel, the panel's keys.
    public func footer(focus: ComposerField, overlay: Overlay = .none, _ text: UIText) -> [(String, String)] {
        if overlay == .history { return historyHints(text) }
        var items: [(String, String)] = []
        for binding in bindings where binding.inFooter && binding.command != .openEditor {
            let label = binding.command == .help && focus.takesText ? "F1" : binding.label
            items.append((label, shortDescription(of: binding.command, text)))
        }
        items += fieldHints(focus, text)
        if focus == .text, let editor = bindings.first(where: { $0.command == .openEditor }) {
            items.append((editor.label, description(of: .openEditor, text)))
        }
        return items
    }

    /// The footer's word for a command, short so the main commands fit 80 columns.
    func shortDescription(of command: Command, _ text: UIText) -> String {
        let pt = text.language == .portuguese
        switch command {
        case .post: return pt ? "publicar" : "post"
        case .history: return pt ? "histórico" : "history"
        default: return description(of: command, text)
        }
    }

    /// Keys inside the History panel.
    public func historyHints(_ text: UIText) -> [(String, String)] {
        let pt = text.language == .portuguese
        return [
            ("↑↓", pt ? "escolher" : "choose"),
            ("Enter", pt ? "carregar no formulário" : "load into the form"),
            ("d", pt ? "apagar" : "delete"),
            ("D", pt ? "apagar a publicação toda" : "delete whole post"),
            ("Esc", pt ? "fechar" : "close"),
            ("r", pt ? "atualizar" : "refresh"),
        ]
    }

    /// Every binding and field key, for the help overlay.
    public func helpLines(_ text: UIText) -> [(String, String)] {
        var lines = bindings.map { ($0.label, description(of: $0.command, text)) }
        lines.append(("Esc", text.language == .portuguese ? "fechar / cancelar; duas vezes sai" : "close / cancel; twice quits"))
        for field in ComposerField.allCases {
            let name = text.label(field, kind: .text)
            for (keys, what) in fieldHints(field, text) { lines.append((keys, "\(name): \(what)")) }
        }
        for (keys, what) in historyHints(text) { lines.append((keys, "\(text.historyTitle): \(what)")) }
        return lines
    }
}
