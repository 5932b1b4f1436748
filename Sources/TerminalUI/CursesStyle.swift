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
