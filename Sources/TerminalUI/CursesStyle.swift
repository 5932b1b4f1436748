/// A cell style in the terminal's terms: terminfo colour numbers (`setaf`/`setab`) plus
/// attributes. Colour -1 is the terminal's default colour.
public struct CursesStyle: Hashable, Sendable {
    public var foreground: Int32
    public var background: Int32
    public var bold: Bool
    public var dim: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(
        foreground: Int32 = -1, background: Int32 = -1,
        bold: Bool = false, dim: Bool = false, underline: Bool = false, reverse: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
    }
}

extension CursesStyle {
    /// Whether going from this style to `target` turns something off: an attribute, or a
    /// colour back to the terminal's default.
    func needsReset(toReach target: CursesStyle) -> Bool {
        (bold && !target.bold) || (dim && !target.dim) || (underline && !target.underline)
            || (reverse && !target.reverse)
            || (foreground >= 0 && target.foreground < 0) || (background >= 0 && target.background < 0)
    }

    /// A space in this style shows nothing but the terminal's default background.
    var looksLikeClearedCell: Bool {
        background < 0 && !reverse && !underline
    }
}
