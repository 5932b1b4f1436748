// What is sent to the terminal for one grapheme cluster.
//
// ncurses advances by glibc `wcwidth` of each scalar, while terminals draw many emoji clusters
// as one two-column picture. Where those two disagree, the cluster is replaced by a stand-in
// whose width both agree on, so the layout stays exact. The stored text is never changed; only
// what is painted. The rules, applied in this order:
//
// 1. Flag (two regional indicators, 🇧🇷) → the two ASCII letters "BR" (2 columns);
//    a lone regional indicator → its letter (1 column).
// 2. Emoji ZWJ sequence (👨‍👩‍👧, 🏳️‍🌈) → only its first component is kept (👨, 🏳️), then rule 3.
//    A ZWJ after a non-emoji (as in Indic scripts) is an ordinary zero-width mark.
// 3. Emoji decorations after the base are dropped: variation selectors (❤️ → ❤, 1 column),
//    skin-tone modifiers (👍🏽 → 👍, 2 columns), the keycap mark (1️⃣ → 1, 1 column) and tag
//    characters (subdivision flags → 🏴).
// 4. What is left is sent as it is: each spacing scalar (width 1 or 2) opens a cell and the
//    zero-width scalars after it (combining marks) ride along, at most four per cell, the most a
//    ncurses `cchar_t` holds. So "é" (e + U+0301) is one cell, and a Devanagari cluster with two
//    spacing letters is two cells, exactly as ncurses places it.
// 5. Zero-width scalars before the first spacing scalar are dropped, and so are controls; a
//    cluster with nothing left is empty and takes 0 columns.
// 6. A scalar glibc cannot print (unassigned in its Unicode 14 data, e.g. emoji added in
//    Unicode 15, or a noncharacter) → U+FFFD "�" (1 column).

/// One terminal cell's worth of a glyph: a spacing scalar and its combining marks.
struct GlyphCell: Sendable, Equatable {
    var text: String
    var width: Int
}

extension DisplayWidth {
    /// The most zero-width scalars kept on one cell (ncurses `cchar_t` holds five code points).
    static let maxMarksPerCell = 4

    /// What to send to the terminal for `character`, and the columns it takes there.
    /// See the rules at the top of this file.
    public static func glyph(for character: Character) -> (text: String, width: Int) {
        if let ascii = DisplayWidth.asciiByte(of: character) {
            return ascii >= 0x20 && ascii < 0x7F ? (String(character), 1) : ("", 0)
        }
        var text = ""
        var width = 0
        for cell in glyphCells(for: character) {
            text += cell.text
            width += cell.width
        }
        return (text, width)
    }

    /// The glyph of `character` split into terminal cells (each 1 or 2 columns wide).
    static func glyphCells(for character: Character) -> [GlyphCell] {
        var scalars = Array(character.unicodeScalars)
        guard let first = scalars.first else { return [] }

        if isRegionalIndicator(first) {
            return scalars.prefix(2).filter(isRegionalIndicator).map {
                GlyphCell(text: String(regionalIndicatorLetter($0)), width: 1)
            }
        }
        if let joiner = emojiJoinerIndex(in: scalars) {
            scalars.removeSubrange(joiner...)
        }

        var cells: [GlyphCell] = []
        var marks = 0
        for (offset, scalar) in scalars.enumerated() {
            if offset > 0 && isEmojiDecoration(scalar) { continue }
            switch UnicodeWidthTable.widthClass(of: scalar) {
            case .narrow:
                cells.append(GlyphCell(text: String(scalar), width: 1))
                marks = 0
            case .wide:
                cells.append(GlyphCell(text: String(scalar), width: 2))
                marks = 0
            case .zero:
                guard !cells.isEmpty, marks < maxMarksPerCell, scalar.value != 0 else { continue }
                cells[cells.count - 1].text.unicodeScalars.append(scalar)
                marks += 1
            case .unprintable:
                if scalar.properties.generalCategory == .control { continue }
                cells.append(GlyphCell(text: "\u{FFFD}", width: 1))
                marks = 0
            }
        }
        return cells
    }

    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    static func regionalIndicatorLetter(_ scalar: Unicode.Scalar) -> Character {
        Character(Unicode.Scalar(UInt8(scalar.value - 0x1F1E6) + UInt8(ascii: "A")))
    }

    /// Scalars that only change how an emoji is drawn: variation selectors, skin tones,
    /// the keycap mark and tag characters.
    static func isEmojiDecoration(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFE00...0xFE0F, 0xE0100...0xE01EF: return true  // variation selectors
        case 0x1F3FB...0x1F3FF: return true  // skin-tone modifiers
        case 0x20E3: return true  // combining enclosing keycap
        case 0xE0020...0xE007F: return true  // tags
        default: return false
        }
    }

    /// Index of the first zero-width joiner that joins emoji (the nearest non-decoration scalar
    /// before it is a pictograph), or nil.
    static func emojiJoinerIndex(in scalars: [Unicode.Scalar]) -> Int? {
        var previous: Unicode.Scalar?
        for (index, scalar) in scalars.enumerated() {
            if scalar.value == 0x200D {
                if let previous, previous.value > 0x7F, previous.properties.isEmoji { return index }
            } else if !isEmojiDecoration(scalar) {
                previous = scalar
            }
        }
        return nil
    }
}
