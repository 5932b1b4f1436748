import StatusKit
import TerminalCells

/// The one key map: every mode's bindings — the form, each field kind, typing, the History
/// panel, the y/n questions and the help. The reducers match keys on it, and the footer, the
/// help and README's key table are drawn from it, so none of them can disagree with what the
/// keys do. Each mode lives in its own file (`KeyMap+Form`, `+Fields`, `+Panels`, `+Schedule`); a new panel
/// adds its `ModeKeys`, a property here and its place in `modes` and `activeModes`.
public struct KeyMap: Sendable {
    public var form = KeyMap.formKeys
    /// Help and quit, on the form and in the panels.
    public var global = KeyMap.globalKeys
    public var fields = KeyMap.fieldKeys
    /// Typing and line editing, in the fields that take text.
    public var editing = KeyMap.editingKeys
    public var history = KeyMap.historyKeys
    public var schedule = KeyMap.scheduleKeys
    public var accountForm = KeyMap.accountFormKeys
    /// The y/n questions before posting and before deleting.
    public var question = KeyMap.questionKeys
    /// The confirmation's second key, to post to accounts that are not connected too.
    public var notConnected = KeyMap.notConnectedKeys
    public var help = KeyMap.helpKeys
    /// Modes listed in the help after the others, before the help's own: the keys of a panel
    /// that matches them itself (tests add invented ones to see the help make room).
    public var panels: [ModeHelp] = []

    public init() {}

    public static let standard = KeyMap()

    /// Every mode, in the help's order; a mode two fields share is listed once.
    public var modes: [ModeHelp] {
        var fieldModes: [ModeHelp] = []
        for field in ComposerField.allCases {
            if let mode = fields[field], !fieldModes.contains(where: { $0.id == mode.id }) { fieldModes.append(mode.help) }
        }
        return [form.help, global.help] + fieldModes + [editing.help, history.help, schedule.help, accountForm.help, question.help, notConnected.help] + panels + [help.help]
    }

    /// The help's modes, those the user came from (by id, in that order) first.
    public func helpModes(from ids: [String]) -> [ModeHelp] {
        let all = modes
        let first = ids.compactMap { id in all.first { $0.id == id } }
        return first + all.filter { !ids.contains($0.id) }
    }

    /// Every line of the help, from every mode.
    public var bindings: [HelpEntry] { modes.flatMap(\.entries) }

    /// Every mode's lines as one list: keys, and what they do (with the mode named first); the
    /// help lays the modes out itself (`HelpPages`).
    public func helpLines(_ text: UIText) -> [(String, String)] { modes.flatMap { $0.lines(text) } }

    /// The modes whose keys work in this state, in the order the reducer tries them: a field's
    /// own keys, then typing, then the form's commands.
    public func activeModes(in state: ComposerState) -> [ModeHelp] {
        switch state.overlay {
        case .help: return [help.help]
        case .confirmPost: return state.notConnected.isEmpty ? [question.help] : [question.help, notConnected.help]
        case .confirmSchedule: return [question.help]
        case .addAccount: return [accountForm.help, editing.help]
        case .history: return state.history.pendingDelete.isEmpty ? [history.help, global.help] : [question.help]
        case .schedule: return state.schedule.question == nil ? [schedule.help, global.help] : [question.help]
        case .none:
            var modes = fields[state.focus].map { [$0.help] } ?? []
            if state.focus.takesText { modes.append(editing.help) }
            return modes + [form.help, global.help]
        }
    }

    /// The footer's (keys, what) for this state. On the form the commands come first (they must
    /// always fit 80 columns), then the focused field's keys.
    public func footer(_ state: ComposerState, _ text: UIText) -> [(String, String)] {
        var modes = activeModes(in: state)
        if state.overlay == .none { modes = modes.suffix(2) + modes.dropLast(2) }
        return modes.flatMap(\.entries).filter(\.inFooter).map { ($0.footerLabel(text), $0.footerDescription(text)) }
    }

    /// The form's command for a key with this field focused; nil when the field takes the key
    /// (`?` is typed in text fields, Enter is a new line in the text).
    public func command(for key: Key, focus: ComposerField) -> Command? {
        if fields[focus]?.command(for: key) != nil { return nil }
        if focus.takesText, editing.command(for: key) != nil { return nil }
        return form.command(for: key) ?? global.command(for: key)
    }
}
