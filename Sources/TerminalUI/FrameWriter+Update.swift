import TerminalCells

extension FrameWriter {
    /// The bytes that turn the terminal from showing `shown` into showing `next` on a `size`
    /// screen. With no `shown` (the first frame, after a resize or anything else that wrote to
    /// the terminal) the screen is cleared and every cell that is not blank is written;
    /// otherwise rows that moved together are scrolled by the terminal (`LineShift`) and only
    /// the cells still different are written.
    public mutating func update(
        from shown: CellBuffer?, to next: CellBuffer, size: (width: Int, height: Int), resolve: (Style) -> CursesStyle
    ) -> [UInt8] {
        var bytes: [UInt8] = []
        var runs: [CellRun]
        var overBlankScreen = false
        if let shown, shown.width == next.width, shown.height == next.height {
            var base = shown
            runs = next.diff(from: base)
            // Only a frame that rewrites enough is worth looking for moved rows.
            if next.width == size.width && next.height == size.height,
               runs.reduce(0, { $0 + $1.width }) >= LineShift.minimumCells,
               Set(runs.map(\.y)).count >= LineShift.minimumRows,
               let shift = LineShift.find(from: base, to: next),
               let scrolling = self.shift(shift, screenHeight: size.height) {
                bytes = scrolling
                base = shift.applied(to: base)
                runs = next.diff(from: base)
            }
        } else {
            forget()
            if let clear = clearScreen() {
                bytes = clear
                overBlankScreen = true
                runs = next.diff(from: CellBuffer(width: next.width, height: next.height))
            } else {
                runs = FrameWriter.fullRepaint(of: next, size: size)
            }
        }
        bytes += frame(runs, cursor: next.cursor, size: size, overBlankScreen: overBlankScreen, contents: next, resolve: resolve)
        return bytes
    }

    /// Every row of the screen, for a terminal that cannot clear: the buffer's cells, then
    /// blanks where the buffer is smaller than the screen, so nothing of an earlier frame is
    /// left behind.
    static func fullRepaint(of buffer: CellBuffer, size: (width: Int, height: Int)) -> [CellRun] {
        (0..<size.height).map { y in
            var cells = y < buffer.height ? Array(buffer.row(y).prefix(size.width)) : []
            if cells.count < size.width { cells += Array(repeating: Cell.blank, count: size.width - cells.count) }
            return CellRun(x: 0, y: y, cells: cells)
        }
    }
}
