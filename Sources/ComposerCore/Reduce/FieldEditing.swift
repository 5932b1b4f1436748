import StatusKit
import TerminalCells

/// Keys and pastes inside the focused field.
enum FieldEditing {
    /// A field's own key (`KeyMap.fields`): what a step, a toggle or Enter does depends on the field.
    static func run(_ command: FieldCommand, key: Key, in state: inout ComposerState, keyMap: KeyMap) -> [Effect] {
        let step = command == .next ? 1 : -1
        switch (state.focus, command) {
        case (.accounts, .previous), (.accounts, .next):
            guard !state.accounts.isEmpty else { break }
            state.accountCursor = (state.accountCursor + step + state.accounts.count) % state.accounts.count
        case (.accounts, .toggle): toggleAccount(&state)
        case (.accounts, .addAccount):
            AccountFormFlow.open(&state)
            return []
        case (.type, .previous), (.type, .next):
            let kinds = StatusKind.allCases
            let index = kinds.firstIndex(of: state.kind) ?? 0
            state.kind = kinds[(index + step + kinds.count) % kinds.count]
        case (.font, .previous), (.font, .next):
            let count = state.fontOptions.count
            state.fontIndex = ((min(state.fontIndex, count - 1) + step) % count + count) % count
        case (.color, .previous), (.color, .next):
            let swatches = ColorPalette.swatches
            let current = ColorPalette.index(of: HexColor(state.color.text))
            let next = current.map { ($0 + step + swatches.count) % swatches.count } ?? (step > 0 ? 0 : swatches.count - 1)
            state.color.replaceAll(with: swatches[next].description)
        case (.when, .previous), (.when, .next): state.when = cycle(state.when, by: step)
        case (.repeats, .previous), (.repeats, .next): state.repeatChoice = cycle(state.repeatChoice, by: step)
        case (.voice, .toggle): state.voice.toggle()
        case (.text, .newLine): state.text.insert("\n")
        case (.text, .lineUp), (.text, .lineDown):
            let width = state.textWrapWidth
            let moved = command == .lineUp ? state.text.moveUp(width: width, widths: state.widthProfile) : state.text.moveDown(width: width, widths: state.widthProfile)
            if !moved { ComposerReducer.moveFocus(by: command == .lineUp ? -1 : 1, in: &state) }
        case (.text, .openEditor): return [.openEditor(text: state.text.text)]
        case (.audience, .addEntry):
            if state.audienceInput.isEmpty {
                ComposerReducer.moveFocus(by: 1, in: &state)
            } else {
                addAudience(state.audienceInput.text, &state)
                state.audienceInput.clear()
            }
        case (.audience, .pickPrevious), (.audience, .pickNext): pickAudience(command == .pickNext ? 1 : -1, &state)
        case (.audience, .removeEntry):
            // Del removes the picked entry, Backspace the last one when nothing is typed; otherwise
            // they edit the number being typed.
            if (key == .delete && state.audienceCursor != nil) || (key == .backspace && state.audienceInput.isEmpty) {
                removeAudienceEntry(&state)
            } else if let edit = keyMap.editing.command(for: key) {
                self.edit(edit, key: key, in: &state)
            }
        default:
            break
        }
        return []
    }

    /// Typing and line editing (`KeyMap.editing`) in the focused field that takes text.
    static func edit(_ command: EditCommand, key: Key, in state: inout ComposerState) {
        switch state.focus {
        case .text:
            let width = state.textWrapWidth
            switch command {
            case .lineStart: state.text.moveHome(width: width, widths: state.widthProfile)
            case .lineEnd: state.text.moveEnd(width: width, widths: state.widthProfile)
            default: edit(&state.text, command, key)
            }
        case .media: edit(&state.media, command, key)
        case .color:
            guard command == .insert else { return edit(&state.color, command, key) }
            // Hex digits and "#" only; a first digit brings its "#".
            guard case .character(let char) = key, isColorCharacter(char) else { return }
            if state.color.isEmpty, char != "#" { state.color.insert("#") }
            state.color.insert(String(char).uppercased())
        case .audience: edit(&state.audienceInput, command, key)
        case .at: edit(&state.atTime, command, key)
        case .days: edit(&state.repeatDays, command, key)
        case .until: edit(&state.until, command, key)
        default: break
        }
    }

    /// The next (or previous) choice of a field of choices, round the end.
    private static func cycle<Choice: CaseIterable & Equatable>(_ choice: Choice, by step: Int) -> Choice {
        let all = Array(Choice.allCases)
        let index = all.firstIndex(of: choice) ?? 0
        return all[(index + step + all.count) % all.count]
    }

    static func paste(_ text: String, into state: inout ComposerState) {
        switch state.focus {
        case .text: state.text.insert(text)
        case .audience: addAudience(text, &state)
        case .media: state.media.insert(firstLine(text))
        case .at: state.atTime.insert(firstLine(text))
        case .days: state.repeatDays.insert(firstLine(text))
        case .until: state.until.insert(firstLine(text))
        case .color:
            // As if typed: hex digits and "#" only, so a paste cannot fill the field with text.
            for char in firstLine(text) where isColorCharacter(char) { edit(.insert, key: .character(char), in: &state) }
        default: break
        }
    }

    /// Line editing shared by the text inputs.
    static func edit(_ field: inout EditableText, _ command: EditCommand, _ key: Key) {
        switch command {
        case .insert: if case .character(let char) = key { field.insert(String(char)) }
        case .deleteBackward: field.deleteBackward()
        case .deleteForward: field.deleteForward()
        case .left: field.moveLeft()
        case .right: field.moveRight()
        case .lineStart: field.moveHome()
        case .lineEnd: field.moveEnd()
        case .wordLeft: field.moveWordLeft()
        case .wordRight: field.moveWordRight()
        case .deleteWordBackward: field.deleteWordBackward()
        case .clear: field.clear()
        case .deleteToLineEnd: field.deleteToLineEnd()
        case .undo: field.undo()
        case .redo: field.redo()
        }
    }

    private static func toggleAccount(_ state: inout ComposerState) {
        guard !state.accounts.isEmpty else { return }
        let name = state.accounts[min(state.accountCursor, state.accounts.count - 1)].name
        if let index = state.selected.firstIndex(of: name) {
            state.selected.remove(at: index)
        } else {
            // Keep the config's order, so the log and the header read the same way each time.
            state.selected = state.accounts.map(\.name).filter { state.selected.contains($0) || $0 == name }
        }
        state.fontIndex = min(state.fontIndex, state.fontOptions.count - 1)
    }

    /// "#" and the ASCII hex digits: `isHexDigit` alone also takes fullwidth ones (１Ａ), which
    /// no gateway accepts.
    private static func isColorCharacter(_ char: Character) -> Bool {
        char == "#" || (char.isASCII && char.isHexDigit)
    }

    /// Up/down through the entries; past either end, back to typing a new one.
    private static func pickAudience(_ step: Int, _ state: inout ComposerState) {
        guard !state.audience.isEmpty else { return }
        let last = state.audience.count - 1
        if let cursor = state.audienceCursor {
            let next = cursor + step
            state.audienceCursor = next < 0 || next > last ? nil : next
        } else {
            state.audienceCursor = step < 0 ? last : 0
        }
    }

    private static func removeAudienceEntry(_ state: inout ComposerState) {
        guard !state.audience.isEmpty else { return }
        let index = min(state.audienceCursor ?? state.audience.count - 1, state.audience.count - 1)
        state.audience.remove(at: index)
        state.audienceCursor = state.audience.isEmpty ? nil : min(index, state.audience.count - 1)
    }

    /// Adds one entry per line (commas and semicolons separate too), keeping what was typed.
    private static func addAudience(_ text: String, _ state: inout ComposerState) {
        let entries = text.split(whereSeparator: { $0 == "\n" || $0 == "," || $0 == ";" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        state.audience += entries
        if entries.count > 1 { state.notice = .info(UIText(state.language).audienceAdded(entries.count)) }
    }

    private static func firstLine(_ text: String) -> String {
        String(text.split(separator: "\n", omittingEmptySubsequences: true).first ?? "")
    }
}
