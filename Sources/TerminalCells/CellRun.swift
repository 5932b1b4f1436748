/// Changed cells next to each other on one row: what the backend must rewrite.
/// A run never starts on the right half of a two-column glyph nor ends after its left half.
public struct CellRun: Sendable, Hashable {
    public var x: Int
    public var y: Int
    public var cells: [Cell]

    public init(x: Int, y: Int, cells: [Cell]) {
        self.x = x
        self.y = y
        self.cells = cells
    }

    /// The glyphs of the run in order (continuation cells add nothing).
    public var text: String {
        cells.reduce(into: "") { $0 += $1.text }
    }

    /// Columns the run covers.
    public var width: Int { cells.count }
}
