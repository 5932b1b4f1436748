import TerminalCells

extension TerminalScreen {
    /// Draws `buffer`: only what changed since the last frame is written (everything after a
    /// size change, a resize, `invalidate()` or `suspend`), then the cursor goes to
    /// `buffer.cursor` (hidden when nil). The bytes come from `FrameWriter` and leave in one
    /// write; curses is not involved. A buffer larger than the screen is clipped.
    public func draw(_ buffer: CellBuffer) {
        guard isOpen else { return }
        let shown = needsFullRepaint ? nil : previousFrame
        needsFullRepaint = false
        let resolver = self.resolver
        let bytes = writer.update(from: shown, to: buffer, size: size) { resolver.resolve($0) }
        previousFrame = buffer
        device.send(bytes)
    }
}
