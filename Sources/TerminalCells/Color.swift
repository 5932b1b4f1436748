/// A foreground or background colour as the painter asks for it. The backend resolves it for
/// the terminal's `ColorProfile` (see `resolved(for:)`) before drawing.
public enum Color: Sendable, Hashable {
    /// The terminal's own default colour (ncurses colour -1).
    case `default`
    /// An exact 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)
    /// An xterm palette index (0–15 are the user's themed ANSI colours).
    case indexed(UInt8)

    /// Parses `#RRGGBB` (the `#` may be left out). Exactly six hex digits, nothing around them.
    public init?(hex: String) {
        var digits = Substring(hex)
        if digits.hasPrefix("#") { digits = digits.dropFirst() }
        let bytes = Array(digits.utf8)
        guard bytes.count == 6 else { return nil }
        var values: [UInt8] = []
        for pair in stride(from: 0, to: 6, by: 2) {
            guard let high = Color.hexValue(bytes[pair]), let low = Color.hexValue(bytes[pair + 1]) else {
                return nil
            }
            values.append(high << 4 | low)
        }
        self = .rgb(values[0], values[1], values[2])
    }

    /// `#RRGGBB` in upper case for `.rgb`; for an index, the palette colour it stands for in
    /// xterm's default palette; nil for `.default`.
    public var hex: String? {
        switch self {
        case .default:
            return nil
        case let .rgb(r, g, b):
            return Color.hexString(r, g, b)
        case let .indexed(index):
            let rgb = XtermPalette.rgb(of: index)
            return Color.hexString(rgb.r, rgb.g, rgb.b)
        }
    }

    /// This colour as a terminal with `profile` can show it: nearest xterm-256 index for
    /// `.ansi256`, nearest of the 16 ANSI colours for `.ansi16`, `.default` for `.monochrome`.
    public func resolved(for profile: ColorProfile) -> Color {
        switch (profile, self) {
        case (.monochrome, _), (_, .default):
            return .default
        case (.trueColor, _):
            return self
        case let (.ansi256, .rgb(r, g, b)):
            return .indexed(XtermPalette.nearest256(r: r, g: g, b: b))
        case (.ansi256, .indexed):
            return self
        case let (.ansi16, .rgb(r, g, b)):
            return .indexed(XtermPalette.nearest16(r: r, g: g, b: b))
        case let (.ansi16, .indexed(index)):
            if index < 16 { return self }
            let rgb = XtermPalette.rgb(of: index)
            return .indexed(XtermPalette.nearest16(r: rgb.r, g: rgb.g, b: rgb.b))
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    private static func hexString(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        var text = "#"
        for value in [r, g, b] {
            text.append(digits[Int(value >> 4)])
            text.append(digits[Int(value & 0xF)])
        }
        return text
    }
}
