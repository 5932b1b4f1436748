/// One terminal cell.
///
/// `text` is one spacing character plus its combining marks, exactly what is sent to the
/// terminal for this position (see `DisplayWidth.glyph(for:)`). A two-column glyph sits in its
/// left cell with `width` 2; the cell to its right is a continuation: `text` "" and `width` 0.
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

    /// The right half of a two-column glyph.
    public var isContinuation: Bool { width == 0 }
}
