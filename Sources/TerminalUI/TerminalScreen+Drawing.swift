import TerminalCells

extension TerminalScreen {
    /// Draws `buffer`: only the cells that changed since the last frame are written (every
    /// cell after a size change, a resize, `invalidate()` or `suspend`), then the cursor goes to
    /// `buffer.cursor` (hidden when nil). The bytes come from `FrameWriter` and leave in one
    /// write; curses is not involved. A buffer larger than the screen is clipped.
    public func draw(_ buffer: CellBuffer) {
        guard isOpen else { return }
        let repaintAll = needsFullRepaint || previousFrame.map { $0.width != buffer.width || $0.height != buffer.height } ?? true
        var bytes: [UInt8] = []
        var overBlankScreen = false
        let runs: [CellRun]
        if repaintAll {
            needsFullRepaint = false
            writer.forget()
            if let clear = writer.clearScreen() {
                bytes = clear
                overBlankScreen = true
                runs = buffer.diff(from: CellBuffer(width: buffer.width, height: buffer.height))
            } else {
                runs = TerminalScreen.fullRepaint(of: buffer, size: size)
            }
        } else {
            runs = buffer.diff(from: previousFrame!)
        }
        let resolver = self.resolver
        bytes += writer.frame(runs, cursor: buffer.cursor, size: size, overBlankScreen: overBlankScreen) {
            resolver.resolve($0)
        }
        previousFrame = buffer
        device.send(bytes)
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
