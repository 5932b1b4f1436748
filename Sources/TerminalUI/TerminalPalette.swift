/// What the terminfo entry says about colours, as far as drawing needs it.
public enum TerminalPalette: Hashable, Sendable {
    /// No colours (or colour is switched off, as with `NO_COLOR`).
    case none
    /// Colours are palette indexes 0..<count (8, 16, 88, 256…).
    case indexed(count: Int)
    /// A direct-colour entry (`*-direct`): numbers below 8 are the ANSI palette, the rest
    /// are 24-bit RGB values.
    case direct

    /// The palette for a terminfo `colors` number (`COLORS`, or `tigetnum("colors")`).
    public init(colors: Int) {
        if colors > 256 {
            self = .direct
        } else if colors >= 8 {
            self = .indexed(count: colors)
        } else {
            self = .none
        }
    }
}
