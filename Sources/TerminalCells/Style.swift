/// How a cell is drawn: colours and attributes.
public struct Style: Sendable, Hashable {
    public var fg: Color
    public var bg: Color
    public var bold: Bool
    public var dim: Bool
    public var underline: Bool
    public var reverse: Bool

    /// Terminal defaults, no attributes.
    public static let plain = Style()

    public init(
        fg: Color = .default,
        bg: Color = .default,
        bold: Bool = false,
        dim: Bool = false,
        underline: Bool = false,
        reverse: Bool = false
    ) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
    }

    /// The same style with both colours resolved for `profile`. Attributes are kept, so a
    /// monochrome screen can still mark focus with bold or reverse.
    public func resolved(for profile: ColorProfile) -> Style {
        var style = self
        style.fg = fg.resolved(for: profile)
        style.bg = bg.resolved(for: profile)
        return style
    }
}
