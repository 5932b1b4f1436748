/// Changed cells next to each other on one row: what the backend must rewrite.
/// A run never starts or ends inside a glyph wider than one column.
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
