extension CellBuffer {
    /// The runs of cells that differ from `previous`, row by row, left to right. When the sizes
    /// differ every row is one run (a full redraw). The cursor is not part of the diff.
    ///
    /// With `bridgingGapsUpTo` > 0, two runs of a row separated by at most that many unchanged
    /// one-column cells in the style the first run ends with become one run: rewriting a few
    /// cells in the colours already set is cheaper than a cursor move over them.
    public func diff(from previous: CellBuffer, bridgingGapsUpTo maxGap: Int = 0) -> [CellRun] {
        guard previous.width == width && previous.height == height else {
            return (0..<height).compactMap { y in
                width > 0 ? CellRun(x: 0, y: y, cells: row(y)) : nil
            }
        }
        var runs: [CellRun] = []
        for y in 0..<height {
            let base = y * width
            func changed(_ x: Int) -> Bool { cells[base + x] != previous.cells[base + x] }
            var x = 0
            while x < width {
                if !changed(x) {
                    x += 1
                    continue
                }
                var start = x
                var end = x + 1
                while true {
                    while end < width && changed(end) { end += 1 }
                    // A short gap of plain cells in the run's last style, then more changes?
                    var gapEnd = end
                    let style = cells[base + end - 1].style
                    while gapEnd < width && gapEnd - end < maxGap && !changed(gapEnd)
                        && cells[base + gapEnd].width == 1 && cells[base + gapEnd].style == style {
                        gapEnd += 1
                    }
                    guard gapEnd > end && gapEnd < width && changed(gapEnd) else { break }
                    end = gapEnd
                }
                // Keep both halves of a two-column glyph in the run, so it is redrawn whole.
                if cells[base + start].isContinuation && start > 0 { start -= 1 }
                if cells[base + end - 1].width == 2 && end < width { end += 1 }
                runs.append(CellRun(x: start, y: y, cells: Array(cells[(base + start)..<(base + end)])))
                x = end
            }
        }
        return runs
    }
}
