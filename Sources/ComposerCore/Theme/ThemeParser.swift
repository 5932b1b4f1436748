import Foundation
import StatusKit
import TerminalCells
import TOMLKit

/// Reads a theme from its file's contents:
///
/// ```toml
/// name = "light"
/// [styles]
/// text = "fg=#2E3440"
/// inputFocus = "fg=#000000 bg=#D8DEE9 bold"
/// ```
///
/// A style is `fg=` and `bg=` (`#RRGGBB`, an xterm index 0–255, or `default`) plus any of
/// `bold dim underline reverse`. Roles a file leaves out come from the built-in dark theme.
/// Reads no file: the program finds and reads it (`ThemeChoice` in status-composer) and hands
/// the bytes here, with the file's name for messages.
public enum ThemeParser {
    /// A theme file's bytes, checked by `TOMLInput` like every TOML the program reads.
    public static func parse(_ data: Data, origin: String) -> Result<Theme, ThemeError> {
        parse(origin: origin) { () throws(TOMLFileError) in try TOMLInput.parse(data, origin: origin) }
    }

    public static func parse(_ text: String, origin: String) -> Result<Theme, ThemeError> {
        parse(origin: origin) { () throws(TOMLFileError) in try TOMLInput.parse(text, origin: origin) }
    }

    static func parse(origin: String, reading: () throws(TOMLFileError) -> TOMLTable) -> Result<Theme, ThemeError> {
        let table: TOMLTable
        do {
            table = try reading()
        } catch {
            return .failure(ThemeError(error.description))
        }
        guard let name = table["name"]?.string, !name.isEmpty else {
            return .failure(ThemeError("\(origin): name: missing"))
        }
        guard let styles = table["styles"]?.table else {
            return .failure(ThemeError("\(origin): [styles]: missing"))
        }
        var theme = Theme(name: name, styles: Theme.dark.styles)
        for key in styles.keys {
            guard let role = ThemeRole(rawValue: key) else {
                return .failure(ThemeError("\(origin): styles.\(key): not a role (roles: \(ThemeRole.allCases.map(\.rawValue).joined(separator: ", ")))"))
            }
            guard let spec = styles[key]?.string else {
                return .failure(ThemeError("\(origin): styles.\(key): give a string like \"fg=#D8DEE9 bold\""))
            }
            switch parseStyle(spec) {
            case .success(let style): theme.styles[role] = style
            case .failure(let why): return .failure(ThemeError("\(origin): styles.\(key): \(why)"))
            }
        }
        return .success(theme)
    }

    static func parseStyle(_ spec: String) -> Result<Style, ThemeError> {
        var style = Style.plain
        for word in spec.split(separator: " ") {
            let part = String(word)
            if part.hasPrefix("fg=") || part.hasPrefix("bg=") {
                guard let color = parseColor(String(part.dropFirst(3))) else {
                    return .failure(ThemeError("'\(part)': a colour is #RRGGBB, 0–255 or default"))
                }
                if part.hasPrefix("fg=") { style.fg = color } else { style.bg = color }
                continue
            }
            switch part {
            case "bold": style.bold = true
            case "dim": style.dim = true
            case "underline": style.underline = true
            case "reverse": style.reverse = true
            default: return .failure(ThemeError("'\(part)': expected fg=, bg=, bold, dim, underline or reverse"))
            }
        }
        return .success(style)
    }

    static func parseColor(_ text: String) -> Color? {
        if text == "default" { return .default }
        if let index = UInt8(text) { return .indexed(index) }
        return Color(hex: text)
    }
}

public struct ThemeError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
