/// Terminal columns taken by text, measured the way the screen will show it.
///
/// Every width here is the width of the glyph that is actually sent to the terminal
/// (see `glyph(for:widths:)`), for the terminal's width profile, so a field laid out with these
/// numbers lines up with what the terminal draws. None of it depends on the process locale or
/// the C library: single scalars are measured with Unicode's own data.
public enum DisplayWidth {
    /// Columns of one scalar in Unicode 17.0's data: 0, 1 or 2, and -1 for controls, unassigned
    /// scalars, noncharacters and line or paragraph separators (NUL is 0).
    public static func scalarWidth(of scalar: Unicode.Scalar) -> Int {
        let widthClass = UnicodeWidthTable.widthClass(of: scalar)
        return widthClass == .unprintable ? -1 : widthClass.columns
    }

    /// The byte of a character that is one ASCII scalar. `Character.asciiValue` first compares
    /// the character with "\r\n", and that comparison normalises every non-ASCII character it is
    /// given: a tenth of the time of drawing text in other scripts. ("\r\n" itself, a control
    /// pair, is measured and drawn as nothing either way.)
    @inline(__always)
    static func asciiByte(of character: Character) -> UInt8? {
        let bytes = character.utf8
        guard bytes.count == 1, let byte = bytes.first, byte < 0x80 else { return nil }
        return byte
    }

    /// Columns a grapheme cluster takes on screen: the width of its glyph.
    /// Controls and clusters made only of zero-width scalars take 0.
    public static func of(_ character: Character, widths: WidthProfile = .safe) -> Int {
        if let ascii = asciiByte(of: character) {
            return ascii >= 0x20 && ascii < 0x7F ? 1 : 0
        }
        // Most clusters are one scalar; measure those without building the glyph.
        var scalars = character.unicodeScalars.makeIterator()
        if let only = scalars.next(), scalars.next() == nil, !isRegionalIndicator(only) {
            switch UnicodeWidthTable.widthClass(of: only) {
            case .newEmoji: return widths.columns(for: .newEmoji) ?? 2
            case .unprintable: return only.properties.generalCategory == .control ? 0 : 1
            case let other: return other.columns
            }
        }
        return glyph(for: character, widths: widths).width
    }

    /// Columns a string takes on screen: the sum of its clusters' glyph widths.
    public static func of(_ string: some StringProtocol, widths: WidthProfile = .safe) -> Int {
        var total = 0
        for character in string {
            total += of(character, widths: widths)
        }
        return total
    }

    /// The longest prefix of `string` that fits in `width` columns, with its width.
    /// A cluster that would cross the limit is left out whole.
    public static func prefix(
        of string: some StringProtocol, fitting width: Int, widths: WidthProfile = .safe
    ) -> (text: String, width: Int) {
        var used = 0
        var end = string.startIndex
        for index in string.indices {
            let columns = of(string[index], widths: widths)
            if used + columns > width { break }
            used += columns
            end = string.index(after: index)
        }
        return (String(string[string.startIndex..<end]), used)
    }

    /// `string` cut to at most `width` columns; when something is cut, `ellipsis` ends the result
    /// (left out if even the ellipsis does not fit).
    public static func truncated(
        _ string: some StringProtocol, toWidth width: Int, ellipsis: String = "…", widths: WidthProfile = .safe
    ) -> String {
        guard width > 0 else { return "" }
        if of(string, widths: widths) <= width { return String(string) }
        let ellipsisWidth = of(ellipsis, widths: widths)
        guard ellipsisWidth <= width else { return prefix(of: string, fitting: width, widths: widths).text }
        return prefix(of: string, fitting: width - ellipsisWidth, widths: widths).text + ellipsis
    }
}
