import TerminalCells
import TerminalUI

/// What the self-test shows: a header naming the terminal, sample text with accents and
/// emoji, colour swatches, the line being typed (with the cursor) and the events received.
struct SelfTestFrame {
    var termName: String
    var usedFallbackTerm: Bool
    var profile: ColorProfile
    var editorName: String
    var input = ""
    var log: [String] = ["ready"]

    static let maxLogLines = 200

    mutating func record(_ line: String) {
        log.append(line)
        if log.count > SelfTestFrame.maxLogLines { log.removeFirst(log.count - SelfTestFrame.maxLogLines) }
    }

    func render(width: Int, height: Int) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: height)
        guard width > 0 && height > 0 else { return buffer }
        let header = Style(fg: .indexed(15), bg: .rgb(0x12, 0x8C, 0x7E), bold: true)
        buffer.fill(Rect(x: 0, y: 0, width: width, height: 1), style: header)
        let term = termName + (usedFallbackTerm ? " (fallback)" : "")
        buffer.put("TerminalUI self-test  TERM \(term)  colours \(profile.rawValue)  \(width)x\(height)", x: 0, y: 0, style: header)

        buffer.put("Accents: Olá ação café naïve Ñandú e\u{301}", x: 0, y: 1)
        buffer.put("Emoji: 😀 🇧🇷 👍🏽 ❤️ 中文|", x: 0, y: 2)
        drawSwatches(into: &buffer, row: 3)
        var column = buffer.put("Styles: ", x: 0, y: 4)
        for (name, style) in [("bold", Style(bold: true)), ("dim", Style(dim: true)),
                              ("underline", Style(underline: true)), ("reverse", Style(reverse: true))] {
            column += buffer.put(name, x: column, y: 4, style: style)
            column += buffer.put(" ", x: column, y: 4)
        }

        let prompt = "> "
        let inputRow = 5
        let shown = DisplayWidth.truncated(input.replacingOccurrences(of: "\n", with: "⏎"), toWidth: max(0, width - 3), ellipsis: "")
        let end = buffer.put(prompt + shown, x: 0, y: inputRow)
        buffer.cursor = (min(end, width - 1), inputRow)

        let footerRow = height - 1
        let logTop = inputRow + 1
        let logRows = max(0, footerRow - logTop)
        for (offset, line) in log.suffix(logRows).enumerated() {
            buffer.put(line, x: 0, y: logTop + offset, maxWidth: width)
        }
        if footerRow > inputRow {
            let footer = Style(reverse: true)
            buffer.fill(Rect(x: 0, y: footerRow, width: width, height: 1), style: footer)
            buffer.put("Ctrl-Q quits  Ctrl-E edits the line in \(editorName)", x: 0, y: footerRow, style: footer)
        }
        return buffer
    }

    /// The 16 ANSI colours, then a few RGB colours (drawn through the nearest palette entry
    /// when the terminal has no true colour), each labelled so approximation is visible.
    private func drawSwatches(into buffer: inout CellBuffer, row: Int) {
        var column = buffer.put("Colours: ", x: 0, y: row)
        for index in 0..<16 {
            column += buffer.put(" ", x: column, y: row, style: Style(bg: .indexed(UInt8(index))))
        }
        for hex in ["#25D366", "#FF5733", "#6A1B9A"] {
            guard let color = Color(hex: hex) else { continue }
            column += buffer.put(" ", x: column, y: row)
            column += buffer.put("  ", x: column, y: row, style: Style(bg: color))
            column += buffer.put(hex, x: column, y: row, style: Style(fg: color))
        }
    }
}
