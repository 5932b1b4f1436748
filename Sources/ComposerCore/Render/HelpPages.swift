import TerminalCells

/// The help laid out for one window: each mode under its title, its lines with the keys in a
/// column and what they do beside them, wrapped between words (keys between "/"-separated
/// names) rather than cut, in as many columns as leave the descriptions `narrowestText`, and
/// in pages when they do not all fit. A line is never split over two columns, a title never
/// ends a column, and a mode that goes on in the next column names itself again. The reducer
/// counts the pages with it and the overlay draws them, so both agree for any number of modes.
struct HelpPages {
    /// One row: a mode's title, or a piece of a line's keys and of its description.
    struct Row: Equatable {
        var key = ""
        var text = ""
        var isTitle = false
    }

    /// Descriptions narrower than this wrap too often to read; one column is used below it.
    static let narrowestText = 30

    /// Pages of columns of rows.
    let pages: [[[Row]]]
    let keyWidth: Int
    let textWidth: Int
    let rowsPerColumn: Int

    /// `width`×`height`: the window; the box leaves a column or a row on each side, a title row
    /// and a blank last row, and two columns of margin inside.
    init(_ modes: [ModeHelp], width: Int, height: Int, _ words: UIText, widths: WidthProfile = .safe) {
        let room = max(8, width - 6)
        rowsPerColumn = max(2, height - 4)
        let widestKey = modes.flatMap(\.entries).map { DisplayWidth.of($0.label(words)) }.max() ?? 0
        keyWidth = min(widestKey + 2, max(6, room / 3))
        let columns = max(1, (room + 1) / (keyWidth + Self.narrowestText + 1))
        textWidth = max(4, (room - (columns - 1)) / columns - keyWidth)
        var filled: [[Row]] = []
        var column: [Row] = []
        for mode in modes where !mode.entries.isEmpty {
            let title = Row(text: mode.title(words), isTitle: true)
            var titled = false
            for entry in mode.entries {
                let rows = Self.rows(entry, keyWidth: keyWidth - 2, textWidth: textWidth, words, widths)
                if !column.isEmpty, column.count + rows.count + (titled ? 0 : 1) > rowsPerColumn {
                    filled.append(column)
                    column = []
                    titled = false
                }
                for row in rows {
                    if column.count == rowsPerColumn {
                        filled.append(column)
                        column = []
                        titled = false
                    }
                    if !titled {
                        column.append(title)
                        titled = true
                    }
                    column.append(row)
                }
            }
        }
        if !column.isEmpty { filled.append(column) }
        pages = stride(from: 0, to: max(1, filled.count), by: columns).map { Array(filled.dropFirst($0).prefix(columns)) }
    }

    /// A line's rows: its keys and its description, each wrapped to its column.
    static func rows(_ entry: HelpEntry, keyWidth: Int, textWidth: Int, _ words: UIText, _ widths: WidthProfile) -> [Row] {
        let keys = wrapKeys(entry.label(words), width: keyWidth)
        let text = TextLayout.wrap(entry.description(words), width: textWidth, widths: widths).map {
            String($0.text.reversed().drop { $0 == " " }.reversed())
        }
        return (0..<max(keys.count, text.count)).map { index in
            Row(key: index < keys.count ? keys[index] : "", text: index < text.count ? text[index] : "")
        }
    }

    /// Keys broken after a "/" when the label is wider than its column ("Esc/q/" "Ctrl-R/F3").
    static func wrapKeys(_ label: String, width: Int) -> [String] {
        var parts = label.split(separator: "/", omittingEmptySubsequences: false).map { String($0) + "/" }
        if !parts.isEmpty { parts[parts.count - 1].removeLast() }
        var lines: [String] = []
        var line = ""
        for part in parts {
            if !line.isEmpty, DisplayWidth.of(line + part) > width {
                lines.append(line)
                line = ""
            }
            line += part
        }
        return lines + [line]
    }
}
