import TerminalCells

/// Turns a cell `Style` into the terminfo colour numbers and attributes a frame is written
/// with, for the screen's colour profile and palette. Pure, so every fallback is testable:
///
/// - `.monochrome` (or a terminal without colours): both colours are the defaults; bold, dim,
///   underline and reverse are kept so focus stays visible.
/// - `.trueColor` on a palette terminal is drawn through the nearest xterm-256 index: the
///   user's palette is never redefined.
/// - `.ansi16` on an 8-colour terminal folds 8–15 into 0–7, with bold for a bright foreground.
/// - On a direct-colour terminal, RGB goes through as a 24-bit value.
/// - Without `use_default_colors`, the default colours become white on black.
public struct StyleResolver: Hashable, Sendable {
    public let profile: ColorProfile
    public let palette: TerminalPalette
    public let hasDefaultColors: Bool

    public init(profile: ColorProfile, palette: TerminalPalette, hasDefaultColors: Bool) {
        self.profile = profile
        self.palette = palette
        self.hasDefaultColors = hasDefaultColors
    }

    /// Whether any colour is drawn at all.
    public var drawsColor: Bool { profile != .monochrome && palette != .none }

    public func resolve(_ style: Style) -> CursesStyle {
        var resolved = CursesStyle(bold: style.bold, dim: style.dim, underline: style.underline, reverse: style.reverse)
        guard drawsColor else { return resolved }
        let (foreground, brighten) = number(for: style.fg, isForeground: true)
        resolved.foreground = foreground
        resolved.background = number(for: style.bg, isForeground: false).number
        if brighten { resolved.bold = true }
        return resolved
    }

    /// The curses colour number for `color`, and whether bold must stand in for a bright
    /// colour the palette lacks.
    private func number(for color: Color, isForeground: Bool) -> (number: Int32, brighten: Bool) {
        let drawProfile: ColorProfile = profile == .trueColor && palette != .direct ? .ansi256 : profile
        switch color.resolved(for: drawProfile) {
        case .default:
            return (hasDefaultColors ? -1 : (isForeground ? 7 : 0), false)
        case let .rgb(red, green, blue):
            guard palette == .direct else {
                return paletteNumber(XtermPalette.nearest256(r: red, g: green, b: blue), isForeground: isForeground)
            }
            return (StyleResolver.directValue(red, green, blue), false)
        case let .indexed(index):
            return paletteNumber(index, isForeground: isForeground)
        }
    }

    private func paletteNumber(_ index: UInt8, isForeground: Bool) -> (number: Int32, brighten: Bool) {
        switch palette {
        case .none:
            return (-1, false)
        case .direct:
            if index < 8 { return (Int32(index), false) }
            let rgb = XtermPalette.rgb(of: index)
            return (StyleResolver.directValue(rgb.r, rgb.g, rgb.b), false)
        case let .indexed(count):
            if Int(index) < count { return (Int32(index), false) }
            var ansi = index
            if index >= 16 {
                let rgb = XtermPalette.rgb(of: index)
                ansi = XtermPalette.nearest16(r: rgb.r, g: rgb.g, b: rgb.b)
            }
            if Int(ansi) < count { return (Int32(ansi), false) }
            // Only 8 colours: a bright colour becomes its dark twin, in bold when it is text.
            return (Int32(ansi % 8), isForeground && ansi >= 8)
        }
    }

    /// A 24-bit colour for a direct-colour terminal. Values below 8 would select the ANSI
    /// palette there, so those near-blacks are nudged to 8.
    private static func directValue(_ red: UInt8, _ green: UInt8, _ blue: UInt8) -> Int32 {
        max(8, Int32(red) << 16 | Int32(green) << 8 | Int32(blue))
    }
}
