import TerminalCells

/// The frame the panels over the form share: their background, a title rule on the first row,
/// and the area inside it.
enum PanelFrame {
    /// Draws the frame and returns the inner area, or nil when the area is too small for one.
    static func draw(_ title: String, area: Rect, _ painter: inout Painter) -> Rect? {
        guard area.width > 10, area.height > 3 else { return nil }
        painter.fill(area, .overlay)
        let rule = "─ \(title) "
        painter.put(rule + String(repeating: "─", count: max(0, area.width - DisplayWidth.of(rule))), x: area.x, y: area.y, .border, maxWidth: area.width)
        return Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: area.height - 2)
    }
}
