import TerminalCells

/// Paints into a cell buffer in theme roles, resolved for the terminal's colour profile.
struct Painter {
    var buffer: CellBuffer
    let theme: Theme
    let profile: ColorProfile

    /// A buffer of spaces, in `background` when given, for a terminal drawing emoji as `widths`.
    init(width: Int, height: Int, theme: Theme, profile: ColorProfile, widths: WidthProfile, background: ThemeRole? = nil) {
        buffer = CellBuffer(
            width: width, height: height, style: background.map { theme.style($0, profile: profile) } ?? .plain, widths: widths)
        self.theme = theme
        self.profile = profile
    }

    func style(_ role: ThemeRole) -> Style { theme.style(role, profile: profile) }

    /// How the terminal draws emoji: what text painted here is measured with.
    var widths: WidthProfile { buffer.widths }

    @discardableResult
    mutating func put(_ text: some StringProtocol, x: Int, y: Int, _ role: ThemeRole, maxWidth: Int? = nil) -> Int {
        buffer.put(text, x: x, y: y, style: style(role), maxWidth: maxWidth)
    }

    @discardableResult
    mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: Style, maxWidth: Int? = nil) -> Int {
        buffer.put(text, x: x, y: y, style: style, maxWidth: maxWidth)
    }

    mutating func fill(_ rect: Rect, _ role: ThemeRole) {
        buffer.fill(rect, style: style(role))
    }

    mutating func fill(_ rect: Rect, style: Style) {
        buffer.fill(rect, style: style)
    }

    /// Copies rows of another buffer (a scrolled region) into this one at `origin`.
    mutating func blit(_ source: CellBuffer, rows: Range<Int>, to origin: (x: Int, y: Int)) {
        buffer.copy(rows: rows, of: source, to: origin)
    }
}
