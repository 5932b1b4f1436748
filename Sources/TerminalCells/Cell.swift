/// One terminal cell.
///
/// `text` is exactly what is sent to the terminal for this position (see
/// `DisplayWidth.glyph(for:widths:)`): one spacing character plus its combining marks, or a
/// whole emoji cluster. A glyph `width` columns wide sits in its leftmost cell; the cells to its
/// right are continuations: `text` "" and `width` 0.
public struct Cell: Sendable, Hashable {
    public var text: String
    public var width: UInt8
    public var style: Style

    public init(text: String, width: UInt8, style: Style = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    /// A space with default colours.
    public static let blank = Cell(text: " ", width: 1)

    /// A space drawn in `style` (a background colour shows on it).
    public static func blank(_ style: Style) -> Cell {
        Cell(text: " ", width: 1, style: style)
    }

    /// A column covered by the glyph to its left.
    public var isContinuation: Bool { width == 0 }
}
