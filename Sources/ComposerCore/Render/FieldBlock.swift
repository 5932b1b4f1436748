import Foundation
import StatusKit
import TerminalCells

/// Draws one field's content at (x, y), advancing `y` past it and noting the cursor.
struct FieldBlock {
    let state: ComposerState
    var painter: Painter
    let x: Int
    var y: Int
    let width: Int
    let focused: Bool
    let words: UIText
    /// The text box takes its full height from the start, so the fields below it stay put
    /// while the text grows (and a slow link is not sent them again); without room it grows
    /// with the text instead.
    let roomyText: Bool
    /// Rows of the roomy text box the text does not need yet.
    private(set) var reservedRows = 0
    var cursor: (x: Int, y: Int)?

    /// Rows of the text box: at least `minTextRows`, at most `maxTextRows`.
    static let minTextRows = 3
    static let maxTextRows = 8

    init(state: ComposerState, painter: Painter, x: Int, y: Int, width: Int, focused: Bool, words: UIText, roomyText: Bool) {
        self.state = state
        self.painter = painter
        self.x = x
        self.y = y
        self.width = width
        self.focused = focused
        self.words = words
        self.roomyText = roomyText
    }

    mutating func draw(_ field: ComposerField) {
        switch field {
        case .accounts: accounts()
        case .type: choices(StatusKind.allCases.map { words.kindName($0) }, selected: StatusKind.allCases.firstIndex(of: state.kind) ?? 0)
        case .text: text()
        case .media: media()
        case .color: color()
        case .font: font()
        case .audience: audience()
        case .when:
            let end = choices(WhenChoice.allCases.map { words.whenName($0) }, selected: WhenChoice.allCases.firstIndex(of: state.when) ?? 0)
            // An item loaded from the Schedule panel: the next schedule updates it.
            if let id = state.editingSchedule, end + 2 < x + width {
                painter.put(words.updatesItem(id), x: end + 1, y: y - 1, .warning, maxWidth: x + width - end - 1)
            }
        case .repeats: choices(RepeatChoice.allCases.map { words.repeatName($0) }, selected: RepeatChoice.allCases.firstIndex(of: state.repeatChoice) ?? 0)
        case .at: input(state.atTime, placeholder: words.atHint(state.timeZone.identifier))
        case .days: input(state.repeatDays, placeholder: words.daysHint)
        case .until: input(state.until, placeholder: words.untilHint)
        case .voice:
            painter.put((state.voice ? "[x] " : "[ ] ") + (state.voice ? words.voiceNote : words.audioFile), x: x, y: y, focused ? .selection : .text)
            y += 1
        }
    }

    private var inputRole: ThemeRole { focused ? .inputFocus : .input }

    /// A one-line input with its cursor, `boxWidth` columns wide (the whole width by default);
    /// text wider than the box scrolls to keep the cursor in it.
    private mutating func input(_ field: EditableText, placeholder: String? = nil, boxWidth: Int? = nil) {
        let width = min(boxWidth ?? self.width, self.width)
        painter.fill(Rect(x: x, y: y, width: width, height: 1), inputRole)
        let before = String(field.text.prefix(field.cursor))
        let beforeWidth = DisplayWidth.of(before, widths: painter.widths)
        // Keep the cursor in view: show the tail when the text is wider than the box.
        let skip = max(0, beforeWidth - (width - 1))
        let visible = skip > 0 ? DisplayWidth.truncated(field.text, toWidth: beforeWidth, ellipsis: "", widths: painter.widths) : field.text
        // A two-column glyph astride the cut goes whole, so more columns may drop than `skip`.
        let (shown, dropped) = skip > 0 ? dropColumns(visible, skip) : (field.text, 0)
        if field.isEmpty, let placeholder, !focused {
            painter.put(placeholder, x: x, y: y, .muted, maxWidth: width)
        } else {
            painter.put(shown, x: x, y: y, inputRole, maxWidth: width)
        }
        if focused { cursor = (x + beforeWidth - dropped, y) }
        if boxWidth == nil { y += 1 }
    }

    /// The text without its first `columns` columns, and how many columns actually went.
    private func dropColumns(_ text: String, _ columns: Int) -> (String, Int) {
        var dropped = 0
        var index = text.startIndex
        while index < text.endIndex, dropped < columns {
            dropped += DisplayWidth.of(text[index], widths: painter.widths)
            index = text.index(after: index)
        }
        return (String(text[index...]), dropped)
    }

    /// Returns the column after the last choice.
    @discardableResult
    private mutating func choices(_ names: [String], selected: Int) -> Int {
        var column = x
        for (index, name) in names.enumerated() {
            let chosen = index == selected
            let label = chosen ? "‹\(name)›" : " \(name) "
            let role: ThemeRole = chosen ? (focused ? .selection : .focusLabel) : .muted
            column += painter.put(label, x: column, y: y, role, maxWidth: x + width - column) + 1
        }
        y += 1
        return column
    }

    private mutating func accounts() {
        var column = x
        if state.accounts.isEmpty { painter.put(words.noAccounts, x: x, y: y, .error) }
        for (index, account) in state.accounts.enumerated() {
            let chosen = state.selected.contains(account.name)
            let item = "[\(chosen ? "x" : " ")] \(account.name) (\(account.gateway.displayName))" + (HealthFlow.mark(account.name, in: state).map { " " + $0 } ?? "")
            let itemWidth = DisplayWidth.of(item)
            if column > x, column + itemWidth > x + width {
                y += 1
                column = x
            }
            let role: ThemeRole = focused && index == state.accountCursor ? .selection : (chosen ? .text : .muted)
            column += painter.put(item, x: column, y: y, role, maxWidth: x + width - column) + 2
        }
        y += 1
    }

    private mutating func text() {
        let wrapWidth = state.textWrapWidth
        let lines = state.text.lines(width: wrapWidth, widths: painter.widths)
        let needed = min(max(Self.minTextRows, lines.count), Self.maxTextRows)
        let rows = roomyText ? Self.maxTextRows : needed
        reservedRows = rows - needed
        let position = state.text.cursorPosition(in: lines, widths: painter.widths)
        let first = max(0, min(position.row - rows + 1, lines.count - rows))
        // A quiet screen writes the text in the terminal's own colours: a typed character is
        // then sent without any colour change around it.
        let style = state.quietScreen ? Style.plain : painter.style(inputRole)
        painter.fill(Rect(x: x, y: y, width: width, height: rows), style: style)
        for row in 0..<rows where first + row < lines.count {
            painter.put(lines[first + row].text, x: x, y: y + row, style: style, maxWidth: width)
        }
        if focused { cursor = (x + position.column, y + position.row - first) }
        let used = state.text.text.unicodeScalars.count
        let limit = state.textLimit
        let over = limit.map { used > $0.limit } ?? false
        // The count is a tab in the text box's own colours under the label: a typed character
        // then changes cells in two sets of colours (the box with its count, and the preview),
        // so the terminal is sent one colour change per keystroke instead of two. A quiet screen
        // shows the count only when it is a problem.
        let count = " " + words.chars(used, limit?.limit) + " "
        let countWidth = ComposerLayout.labelWidth - 2
        if over {
            painter.put(count, x: 1, y: y + 1, .error, maxWidth: countWidth)
        } else if !state.quietScreen {
            painter.put(count, x: 1, y: y + 1, style: style, maxWidth: countWidth)
        }
        y += rows
    }

    private mutating func media() {
        input(state.media, placeholder: words.mediaHint)
        guard let media = state.parsedMedia else { return }
        let source: String
        switch media {
        case .url: source = words.mediaLink
        case .file: source = words.mediaFile
        case .dataURI: source = words.mediaData
        }
        let facts = state.mediaLookup.facts
        let line: String
        if let content = facts?.content, content.kind != nil {
            // What the bytes are: `image · JPEG · 1080×1920 · 412 KB · local file` (bytes no
            // reader knows keep the line by name, and get a warning of their own).
            line = content.summary(byteCount: media.byteCount, state.language) + " · " + source
        } else if case .answered(let status, let type, let length)? = facts?.head {
            let size = (length ?? media.byteCount).map { Format.bytes($0, state.language) }
            line = words.mediaInfo(kind: type ?? media.mimeType ?? "?", size: size, source: "\(source) · HTTP \(status)")
        } else {
            let size = media.byteCount.map { Format.bytes($0, state.language) }
            line = words.mediaInfo(kind: media.mimeType ?? "?", size: size, source: source)
        }
        painter.put(line, x: x, y: y, .muted, maxWidth: width)
        y += 1
    }

    private mutating func color() {
        let boxWidth = 9
        input(state.color, boxWidth: boxWidth)
        var column = x + boxWidth + 1
        if let hex = HexColor(state.color.text) {
            painter.fill(Rect(x: column, y: y, width: 4, height: 1), style: Style(bg: Self.color(hex)))
        }
        column += 5
        let current = ColorPalette.index(of: HexColor(state.color.text))
        for (index, swatch) in ColorPalette.swatches.enumerated() where column + 3 <= x + width {
            let marker = index == current ? "▐▌" : "  "
            painter.put(marker, x: column, y: y, style: Style(fg: .rgb(255, 255, 255), bg: Self.color(swatch)))
            column += 3
        }
        y += 1
    }

    static func color(_ hex: HexColor) -> Color { .rgb(hex.red, hex.green, hex.blue) }

    private mutating func font() {
        let options = state.fontOptions
        let index = min(state.fontIndex, options.count - 1)
        if options.count == 1 {
            painter.put("‹\(words.gatewayDefault)›  \(words.fontsUnsupported)", x: x, y: y, .muted, maxWidth: width)
            y += 1
            return
        }
        let name = options[index]?.rawValue ?? words.gatewayDefault
        var column = x + painter.put("‹\(name)›", x: x, y: y, focused ? .selection : .focusLabel)
        if let font = options[index] {
            let wire = Set(state.selectedAccounts.map(\.gateway)).sorted { $0.rawValue < $1.rawValue }
                .compactMap { gateway in gateway.capabilities.wireName(of: font).map { "\(gateway.displayName): \($0)" } }
            column += 2
            painter.put(words.fontsOf(wire.joined(separator: " · ")), x: column, y: y, .muted, maxWidth: x + width - column)
        }
        y += 1
    }

    private mutating func audience() {
        input(state.audienceInput, placeholder: state.audience.isEmpty ? words.allContacts : nil)
        guard !state.audience.isEmpty else { return }
        var column = x
        for (index, entry) in state.audience.enumerated() {
            let valid: Bool
            if case .success = AudienceMember.parse(entry) { valid = true } else { valid = false }
            let item = "\(entry) \(valid ? "✓" : "✗")"
            let itemWidth = DisplayWidth.of(item)
            if column > x, column + itemWidth > x + width {
                y += 1
                column = x
            }
            let role: ThemeRole = index == state.audienceCursor && focused ? .selection : (valid ? .success : .error)
            column += painter.put(item, x: column, y: y, role, maxWidth: x + width - column) + 2
        }
        y += 1
    }
}
