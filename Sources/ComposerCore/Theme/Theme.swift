import TerminalCells

/// Colours and attributes for each `ThemeRole`. Themes live as TOML files in `themes/`; the
/// default dark theme is also built in, so the app looks right with no files at all.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var styles: [ThemeRole: Style]

    public init(name: String, styles: [ThemeRole: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style for a role on a terminal of this colour profile. Without colour, focus and
    /// errors still show: focus in reverse video, errors bold and underlined.
    public func style(_ role: ThemeRole, profile: ColorProfile) -> Style {
        var style = styles[role] ?? Theme.dark.styles[role] ?? .plain
        guard profile == .monochrome else { return style }
        style.fg = .default
        style.bg = .default
        switch role {
        case .inputFocus, .selection, .badge, .focusLabel: style.reverse = true
        case .error: style.bold = true; style.underline = true
        case .warning, .footerKey: style.underline = true
        default: break
        }
        return style
    }

    public static let dark = Theme(name: "dark", styles: [
        .text: Style(fg: .rgb(0xD8, 0xDE, 0xE9)),
        .muted: Style(fg: .rgb(0x7B, 0x88, 0xA1)),
        .label: Style(fg: .rgb(0x88, 0xC0, 0xD0)),
        .focusLabel: Style(fg: .rgb(0xEB, 0xCB, 0x8B), bold: true),
        .input: Style(fg: .rgb(0xE5, 0xE9, 0xF0), bg: .rgb(0x2E, 0x34, 0x40)),
        .inputFocus: Style(fg: .rgb(0xFF, 0xFF, 0xFF), bg: .rgb(0x43, 0x4C, 0x5E)),
        .error: Style(fg: .rgb(0xFF, 0x6B, 0x6B), bold: true),
        .warning: Style(fg: .rgb(0xEB, 0xCB, 0x8B)),
        .success: Style(fg: .rgb(0xA3, 0xBE, 0x8C)),
        .sending: Style(fg: .rgb(0x81, 0xA1, 0xC1)),
        .header: Style(fg: .rgb(0xEC, 0xEF, 0xF4), bg: .rgb(0x3B, 0x42, 0x52), bold: true),
        .badge: Style(fg: .rgb(0x2E, 0x34, 0x40), bg: .rgb(0xEB, 0xCB, 0x8B), bold: true),
        .footer: Style(fg: .rgb(0xD8, 0xDE, 0xE9), bg: .rgb(0x3B, 0x42, 0x52)),
        .footerKey: Style(fg: .rgb(0x88, 0xC0, 0xD0), bg: .rgb(0x3B, 0x42, 0x52), bold: true),
        .border: Style(fg: .rgb(0x4C, 0x56, 0x6A)),
        .overlay: Style(fg: .rgb(0xEC, 0xEF, 0xF4), bg: .rgb(0x2E, 0x34, 0x40)),
        .selection: Style(fg: .rgb(0x2E, 0x34, 0x40), bg: .rgb(0x88, 0xC0, 0xD0), bold: true),
    ])
}
