import TerminalCells

extension ColorProfile {
    /// The detected profile limited to what the terminfo entry can draw: fewer than 8 colours
    /// (or none) gives `.monochrome`; fewer than 256 gives `.ansi16` at most.
    public func capped(toTerminfoColors colors: Int) -> ColorProfile {
        if colors < 8 { return .monochrome }
        if colors < 256 && (self == .trueColor || self == .ansi256) { return .ansi16 }
        return self
    }
}
