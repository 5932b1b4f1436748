extension CellBuffer {
    /// The runs of cells that differ from `previous`, row by row, left to right. When the sizes
    /// differ every row is one run (a full redraw). The cursor is not part of the diff.
    public func diff(from previous: CellBuffer) -> [CellRun] {
        guard previous.width == width && previous.height == height else {
            return (0..<height).compactMap { y in
                width > 0 ? CellRun(x: 0, y: y, cells: row(y)) : nil
            }
        }
        var runs: [CellRun] = []
        for y in 0..<height {
            let base = y * width
            var x = 0
            while x < width {
                if cells[base + x] == previous.cells[base + x] {
                    x += 1
                    continue
                }
                var start = x
                var end = x + 1
                while end < width && cells[base + end] != previous.cells[base + end] { end += 1 }
                // Keep every column of a wide glyph in the run, so it is redrawn whole.
                while cells[base + start].isContinuation && start > 0 { start -= 1 }
                while end < width && cells[base + end].isContinuation { end += 1 }
                runs.append(CellRun(x: start, y: y, cells: Array(cells[(base + start)..<(base + end)])))
                x = end
            }
        }
        return runs
    }
}
