// What is sent to the terminal for one grapheme cluster, and the columns it takes there.
//
// Widths of single scalars come from Unicode's data (`UnicodeWidthTable`). Emoji clusters are
// where terminals differ, so the width profile the terminal answered with decides (see
// `WidthProfile`). The stored text is never changed; only what is painted. The rules:
//
// 1. A cluster of a kind the profile measured (a Unicode 15+ emoji, a skin tone, a flag, a ZWJ
//    sequence, VS16 or a keycap) is sent whole, as typed, in one cell as wide as the terminal
//    drew the sample of its kind. A cluster holding a Unicode 15+ emoji is sent whole only when
//    the terminal showed one.
// Otherwise its safe form, which every terminal draws alike:
// 2. Flag (two regional indicators, 🇧🇷) → the two ASCII letters "BR" (2 columns);
//    a lone regional indicator → its letter (1 column).
// 3. Emoji ZWJ sequence (👨‍👩‍👧, 🏳️‍🌈) → only its first component is kept (👨, 🏳️), then rule 4.
//    A ZWJ after a non-emoji (as in Indic scripts) is an ordinary zero-width mark.
// 4. Emoji decorations after the base are dropped: variation selectors (❤️ → ❤, 1 column;
//    but VS16 after a two-column base, 〰️, stays: it widens nothing),
//    skin-tone modifiers (👍🏽 → 👍, 2 columns), the keycap mark (1️⃣ → 1, 1 column) and tag
//    characters (subdivision flags → 🏴).
// 5. What is left is sent scalar by scalar: each spacing scalar (width 1 or 2) opens a cell and
//    the zero-width scalars after it (combining marks) ride along, at most four per cell. So
//    "é" (e + U+0301) is one cell, and a Devanagari cluster with two spacing letters is two.
// 6. A Unicode 15+ emoji the terminal did not show → the stand-in "�" and a space (2 columns,
//    the emoji's own width); an unassigned scalar or a noncharacter → "�" (1 column).
// 7. Zero-width scalars before the first spacing scalar are dropped, and so are controls; a
//    cluster with nothing left is empty and takes 0 columns.

/// One terminal cell's worth of a glyph: what is sent, and the columns it takes.
struct GlyphCell: Sendable, Equatable {
    var text: String
    var width: Int
}

extension DisplayWidth {
    /// The most zero-width scalars kept on one cell of a safe form.
    static let maxMarksPerCell = 4
    /// What stands in for an emoji the terminal cannot show.
    static let standIn = "\u{FFFD}"

    /// What to send to the terminal for `character`, and the columns it takes there.
    /// See the rules at the top of this file.
    public static func glyph(for character: Character, widths: WidthProfile = .safe) -> (text: String, width: Int) {
        if let ascii = DisplayWidth.asciiByte(of: character) {
            return ascii >= 0x20 && ascii < 0x7F ? (String(character), 1) : ("", 0)
        }
        var text = ""
        var width = 0
        for cell in glyphCells(for: character, widths: widths) {
            text += cell.text
            width += cell.width
        }
        return (text, width)
    }

    /// The glyph of `character` split into terminal cells: one cell for a cluster sent whole,
    /// else one per spacing scalar of its safe form.
    static func glyphCells(for character: Character, widths: WidthProfile = .safe) -> [GlyphCell] {
        var scalars = Array(character.unicodeScalars)
        guard let first = scalars.first else { return [] }
        if let kind = emojiKind(of: scalars), let columns = widths.columns(for: kind),
           kind == .newEmoji || widths.columns(for: .newEmoji) != nil || !scalars.contains(where: isNewEmoji) {
            return [GlyphCell(text: String(character), width: columns)]
        }

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
            // VS16 after a two-column base (〰️, 🈂️) changes no width anywhere: it stays.
            let keptSelector = offset == 1 && scalar.value == 0xFE0F && cells.last?.width == 2
            if offset > 0 && isEmojiDecoration(scalar) && !keptSelector { continue }
            let widthClass = UnicodeWidthTable.widthClass(of: scalar)
            switch widthClass {
            case .narrow, .textEmoji, .wide, .emoji:
                cells.append(GlyphCell(text: String(scalar), width: widthClass.columns))
                marks = 0
            case .newEmoji:
                cells.append(GlyphCell(text: standIn, width: 1))
                cells.append(GlyphCell(text: " ", width: 1))
                marks = maxMarksPerCell
            case .zero:
                guard !cells.isEmpty, marks < maxMarksPerCell, scalar.value != 0 else { continue }
                cells[cells.count - 1].text.unicodeScalars.append(scalar)
                marks += 1
            case .unprintable:
                if scalar.properties.generalCategory == .control { continue }
                cells.append(GlyphCell(text: standIn, width: 1))
                marks = 0
            }
        }
        return cells
    }

    /// The kind of emoji cluster `scalars` is, when it is one whose width terminals disagree on.
    static func emojiKind(of scalars: [Unicode.Scalar]) -> WidthProfile.Kind? {
        guard let first = scalars.first else { return nil }
        if scalars.count == 1 { return isNewEmoji(first) ? .newEmoji : nil }
        if isRegionalIndicator(first) {
            return scalars.count == 2 && isRegionalIndicator(scalars[1]) ? .flag : nil
        }
        if emojiJoinerIndex(in: scalars) != nil { return .joined }
        // Subdivision flags (🏴 and tags) are not measured: their safe form is 🏴.
        if scalars.contains(where: { (0xE0020...0xE007F).contains($0.value) }) { return nil }
        let firstClass = UnicodeWidthTable.widthClass(of: first)
        guard firstClass.isEmoji || isKeycapBase(first) else { return nil }
        if scalars.dropFirst().contains(where: isSkinTone) { return .skinTone }
        if scalars[1].value == 0xFE0F && (firstClass == .textEmoji || isKeycapBase(first)) { return .presentation }
        return firstClass == .newEmoji ? .newEmoji : nil
    }

    static func isNewEmoji(_ scalar: Unicode.Scalar) -> Bool {
        UnicodeWidthTable.widthClass(of: scalar) == .newEmoji
    }

    static func isSkinTone(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F3FB...0x1F3FF).contains(scalar.value)
    }

    /// The ASCII scalars a keycap is made of (0-9, # and *).
    static func isKeycapBase(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value) || scalar == "#" || scalar == "*"
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
    /// before it is an emoji in Unicode's data), or nil.
    static func emojiJoinerIndex(in scalars: [Unicode.Scalar]) -> Int? {
        var previous: Unicode.Scalar?
        for (index, scalar) in scalars.enumerated() {
            if scalar.value == 0x200D {
                if let previous, UnicodeWidthTable.widthClass(of: previous).isEmoji { return index }
            } else if !isEmojiDecoration(scalar) {
                previous = scalar
            }
        }
        return nil
    }
}
