/// What Unicode's data says about one scalar's width (the table in `UnicodeWidthTable.swift`,
/// generated from Unicode 17.0 by `scripts/generate-width-table.py`).
enum ScalarWidthClass: UInt8, Sendable {
    /// Combining marks, format characters, Hangul medial vowels and final consonants, NUL.
    case zero = 0
    case narrow = 1
    /// East Asian Wide or Fullwidth, not an emoji.
    case wide = 2
    /// Controls, unassigned scalars, noncharacters, surrogates, line and paragraph separators.
    case unprintable = 3
    /// An emoji drawn as text unless VS16 follows (❤, ☀): one column on its own.
    case textEmoji = 4
    /// An emoji drawn as a picture, two columns, from before Unicode 15.
    case emoji = 5
    /// An emoji drawn as a picture, two columns, added in Unicode 15 or later: terminals
    /// that do not know it yet draw it at another width, or not at all.
    case newEmoji = 6

    /// Columns the scalar takes on its own (unprintable scalars take none).
    var columns: Int {
        switch self {
        case .zero, .unprintable: return 0
        case .narrow, .textEmoji: return 1
        case .wide, .emoji, .newEmoji: return 2
        }
    }

    /// An emoji that a zero-width joiner after it joins to the next.
    var isEmoji: Bool { self == .textEmoji || self == .emoji || self == .newEmoji }
}

extension UnicodeWidthTable {
    static func widthClass(of scalar: Unicode.Scalar) -> ScalarWidthClass {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return .narrow }
        // Find the last entry whose first scalar is <= value.
        let key = value << 3 | 7
        var low = 0
        var high = runs.count
        while low < high {
            let middle = (low + high) / 2
            if runs[middle] <= key { low = middle + 1 } else { high = middle }
        }
        // runs[0] starts at scalar 0, so low >= 1 here.
        return ScalarWidthClass(rawValue: UInt8(runs[low - 1] & 7)) ?? .unprintable
    }
}
