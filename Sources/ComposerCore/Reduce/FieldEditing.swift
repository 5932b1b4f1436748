import StatusKit
import TerminalCells

/// Keys and pastes inside the focused field.
enum FieldEditing {
    static func key(_ key: Key, in state: inout ComposerState) {
        switch state.focus {
        case .accounts: accountsKey(key, &state)
        case .type:
            if let step = step(key) {
                let kinds = StatusKind.allCases
                let index = kinds.firstIndex(of: state.kind) ?? 0
                state.kind = kinds[(index + step + kinds.count) % kinds.count]
            } else if key == .enter {
                ComposerReducer.moveFocus(by: 1, in: &state)
            }
        case .text:
            let width = ComposerLayout.textWidth(windowWidth: state.size.width)
            switch key {
            case .enter: state.text.insert("\n")
            case .up: if !state.text.moveUp(width: width, widths: state.widthProfile) { ComposerReducer.moveFocus(by: -1, in: &state) }
            case .down: if !state.text.moveDown(width: width, widths: state.widthProfile) { ComposerReducer.moveFocus(by: 1, in: &state) }
            case .home: state.text.moveHome(width: width, widths: state.widthProfile)
            case .end: state.text.moveEnd(width: width, widths: state.widthProfile)
            default: _ = edit(&state.text, key)
            }
        case .media:
            if key == .enter { ComposerReducer.moveFocus(by: 1, in: &state) } else { _ = edit(&state.media, key) }
        case .color: colorKey(key, &state)
        case .font:
            if let step = step(key) {
                let count = state.fontOptions.count
                state.fontIndex = ((min(state.fontIndex, count - 1) + step) % count + count) % count
            } else if key == .enter {
                ComposerReducer.moveFocus(by: 1, in: &state)
            }
        case .audience: audienceKey(key, &state)
        case .voice:
            if key == .character(" ") || step(key) != nil { state.voice.toggle() }
            else if key == .enter { ComposerReducer.moveFocus(by: 1, in: &state) }
        }
    }

    static func paste(_ text: String, into state: inout ComposerState) {
        switch state.focus {
        case .text: state.text.insert(text)
        case .audience: addAudience(text, &state)
        case .media: state.media.insert(firstLine(text))
        case .color:
            // As if typed: hex digits and "#" only, so a paste cannot fill the field with text.
            for char in firstLine(text) where isColorCharacter(char) { colorKey(.character(char), &state) }
        default: break
        }
    }

    /// Left/right (and up/down) as a step through a list of choices.
    private static func step(_ key: Key) -> Int? {
        switch key {
        case .left, .up: -1
        case .right, .down: 1
        default: nil
        }
    }

    /// Line editing shared by the text inputs. Returns false when the key does nothing here.
    @discardableResult
    static func edit(_ field: inout EditableText, _ key: Key) -> Bool {
        switch key {
        case .character(let char): field.insert(String(char))
        case .backspace: field.deleteBackward()
        case .delete, .control("d"): field.deleteForward()
        case .left: field.moveLeft()
        case .right: field.moveRight()
        case .home, .control("a"): field.moveHome()
        case .end: field.moveEnd()
        case .alt("b"), .control("b"): field.moveWordLeft()
        case .alt("f"), .control("f"): field.moveWordRight()
        case .control("w"): field.deleteWordBackward()
        case .control("u"): field.clear()
        case .control("k"): field.deleteToLineEnd()
        case .control("z"): field.undo()
        case .control("y"): field.redo()
        default: return false
        }
        return true
    }

    private static func accountsKey(_ key: Key, _ state: inout ComposerState) {
        guard !state.accounts.isEmpty else { return }
        if let step = step(key) {
            state.accountCursor = (state.accountCursor + step + state.accounts.count) % state.accounts.count
            return
        }
        guard key == .character(" ") || key == .enter else { return }
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

    private static func colorKey(_ key: Key, _ state: inout ComposerState) {
        switch key {
        case .left, .right:
            let swatches = ColorPalette.swatches
            let current = ColorPalette.index(of: HexColor(state.color.text))
            let next = current.map { ($0 + (key == .right ? 1 : -1) + swatches.count) % swatches.count } ?? (key == .right ? 0 : swatches.count - 1)
            state.color.replaceAll(with: swatches[next].description)
        case .character(let char) where isColorCharacter(char):
            if state.color.isEmpty, char != "#" { state.color.insert("#") }
            state.color.insert(String(char).uppercased())
        case .character:
            break
        case .enter:
            ComposerReducer.moveFocus(by: 1, in: &state)
        default:
            edit(&state.color, key)
        }
    }

    private static func audienceKey(_ key: Key, _ state: inout ComposerState) {
        switch key {
        case .enter:
            if state.audienceInput.isEmpty {
                ComposerReducer.moveFocus(by: 1, in: &state)
            } else {
                addAudience(state.audienceInput.text, &state)
                state.audienceInput.clear()
            }
        case .up, .down:
            guard !state.audience.isEmpty else { return }
            let last = state.audience.count - 1
            if let cursor = state.audienceCursor {
                let next = cursor + (key == .down ? 1 : -1)
                state.audienceCursor = next < 0 || next > last ? nil : next
            } else {
                state.audienceCursor = key == .up ? last : 0
            }
        case .delete where state.audienceCursor != nil, .backspace where state.audienceInput.isEmpty:
            guard !state.audience.isEmpty else { return }
            let index = min(state.audienceCursor ?? state.audience.count - 1, state.audience.count - 1)
            state.audience.remove(at: index)
            state.audienceCursor = state.audience.isEmpty ? nil : min(index, state.audience.count - 1)
        default:
            edit(&state.audienceInput, key)
        }
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
