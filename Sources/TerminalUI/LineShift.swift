import TerminalCells

/// Rows that moved up or down together between two frames, as the form below the text box
/// does when the box gains or loses a line. The terminal can move them itself (a scroll region
/// and one insert- or delete-line) for a few dozen bytes instead of every cell being rewritten.
public struct LineShift: Equatable, Sendable {
    /// The rows the terminal scrolls, top to bottom.
    public let region: Range<Int>
    /// How far their content moves: positive is down, negative up. The rows it leaves behind
    /// (at the top of the region going down, at its bottom going up) come in blank.
    public let distance: Int

    public init(region: Range<Int>, distance: Int) {
        self.region = region
        self.distance = distance
    }

    /// Distances tried, each way.
    static let maxDistance = 4
    /// A shift is looked for only when at least this many rows changed…
    public static let minimumRows = 2
    /// …and this many cells; fewer saved are not worth the shift's own bytes (about 30).
    public static let minimumCells = 40

    /// `buffer` as the terminal shows it after the shift: rows moved, the new ones blank.
    public func applied(to buffer: CellBuffer) -> CellBuffer {
        var shifted = buffer
        let blank = CellBuffer(width: buffer.width, height: abs(distance))
        if distance > 0 {
            shifted.copy(rows: region.lowerBound..<(region.upperBound - distance), of: buffer, to: (0, region.lowerBound + distance))
            shifted.copy(rows: 0..<distance, of: blank, to: (0, region.lowerBound))
        } else {
            let moved = -distance
            shifted.copy(rows: (region.lowerBound + moved)..<region.upperBound, of: buffer, to: (0, region.lowerBound))
            shifted.copy(rows: 0..<moved, of: blank, to: (0, region.upperBound - moved))
        }
        return shifted
    }

    /// The shift after which the most cells of `next` that differ from `previous` are already
    /// right; nil when none saves at least `minimumCells`, or the sizes differ.
    public static func find(from previous: CellBuffer, to next: CellBuffer) -> LineShift? {
        guard previous.width == next.width && previous.height == next.height && next.height > 1 else { return nil }
        let oldRows = (0..<previous.height).map { previous.row($0) }
        let newRows = (0..<next.height).map { next.row($0) }
        let oldHashes = oldRows.map { $0.hashValue }
        let newHashes = newRows.map { $0.hashValue }
        // Cells of each row that differ from the same row before: what a shift would save.
        let changed: [Int] = (0..<next.height).map { y in
            if newHashes[y] == oldHashes[y] && newRows[y] == oldRows[y] { return 0 }
            var count = 0
            for (new, old) in zip(newRows[y], oldRows[y]) where new != old { count += 1 }
            return count
        }

        var best: (shift: LineShift, saved: Int)?
        for distance in (-maxDistance...maxDistance) where distance != 0 {
            // Rows of `next` that are rows of `previous` moved by `distance`, in unbroken stretches.
            var start: Int?
            var saved = 0
            for y in 0...next.height {
                let source = y - distance
                let matches = y < next.height && source >= 0 && source < previous.height
                    && newHashes[y] == oldHashes[source] && newRows[y] == oldRows[source]
                if matches {
                    if start == nil { start = y }
                    saved += changed[y]
                    continue
                }
                if let first = start, saved >= minimumCells, saved > best?.saved ?? 0 {
                    let region = distance > 0 ? (first - distance)..<y : first..<(y - distance)
                    best = (LineShift(region: region, distance: distance), saved)
                }
                start = nil
                saved = 0
            }
        }
        return best?.shift
    }
}
