import StatusKit
import TerminalCells

/// The add-account form over the composer's form: one line per field, its label, what was
/// typed (the tokens as dots: never their text), and under it a hint or its problem. Returns
/// where the cursor goes in the focused text field.
enum AccountFormView {
    static func draw(_ state: ComposerState, _ painter: inout Painter, area: Rect, _ words: UIText) -> (x: Int, y: Int)? {
        guard let form = state.accountForm, let inner = PanelFrame.draw(words.accountFormTitle, area: area, &painter) else { return nil }
        let labelWidth = AccountForm.Field.allCases.map { DisplayWidth.of(words.accountFormLabel($0)) }.max() ?? 0
        let valueX = inner.x + labelWidth + 4
        let valueWidth = max(1, inner.x + inner.width - valueX)
        var y = inner.y + 1
        // Rows left once every field has its two: a long problem wraps into them, in order.
        var spare = max(0, inner.height - 1 - 2 * form.fields.count)
        var cursor: (x: Int, y: Int)?
        for field in form.fields where y + 1 < inner.y + inner.height {
            let focused = field == form.focus
            painter.put((focused ? "› " : "  ") + words.accountFormLabel(field), x: inner.x, y: y, focused ? .focusLabel : .label, maxWidth: labelWidth + 3)
            if field == .gateway {
                var x = valueX
                for gateway in AccountForm.gateways {
                    let chosen = gateway == form.gateway
                    let name = chosen ? "‹\(gateway.displayName)›" : " \(gateway.displayName) "
                    x += painter.put(name, x: x, y: y, chosen ? (focused ? .inputFocus : .input) : .muted, maxWidth: max(0, inner.x + inner.width - x))
                }
            } else if let text = form.text(of: field) {
                let secret = field == .token || field == .clientToken
                let shown = secret ? String(repeating: "•", count: text.count) : text.text
                let visible = DisplayWidth.truncated(shown, toWidth: valueWidth - 1)
                painter.put(visible, x: valueX, y: y, focused ? .inputFocus : .input, maxWidth: valueWidth)
                if focused {
                    let before = secret ? text.cursor : DisplayWidth.of(String(text.text.prefix(text.cursor)))
                    cursor = (min(valueX + before, valueX + valueWidth - 1), y)
                }
            }
            let under = form.problems[field].map { ($0, ThemeRole.error) } ?? (focused ? (words.accountFormHint(field, gateway: form.gateway), .muted) : nil)
            if let (text, role) = under {
                let rows = wrapped(text, width: valueWidth, rows: 1 + min(spare, 2), state.widthProfile)
                for (index, row) in rows.enumerated() {
                    painter.put(row, x: valueX, y: y + 1 + index, role, maxWidth: valueWidth)
                }
                spare -= rows.count - 1
                y += rows.count - 1
            }
            y += 2
        }
        return cursor
    }

    /// `text` in at most `rows` rows of `width`; the last ends in `…` when the text goes on.
    private static func wrapped(_ text: String, width: Int, rows: Int, _ widths: WidthProfile) -> [String] {
        let lines = TextLayout.wrap(text, width: width, widths: widths)
        var shown = lines.prefix(rows).map { String($0.text.reversed().drop { $0 == " " }.reversed()) }
        if lines.count > rows, let last = shown.popLast() {
            shown.append(DisplayWidth.truncated(last + " " + lines[rows].text, toWidth: width, widths: widths))
        }
        return shown
    }
}
