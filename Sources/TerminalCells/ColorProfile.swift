/// How many colours the terminal can show.
public enum ColorProfile: String, Sendable, Hashable, CaseIterable {
    case trueColor
    case ansi256
    case ansi16
    case monochrome

    /// Decides the profile from environment variables, first rule that applies wins:
    ///
    /// 1. `NO_COLOR` set and not empty → `.monochrome` (https://no-color.org).
    /// 2. `TERM=dumb` → `.monochrome`.
    /// 3. `COLORTERM` is `truecolor` or `24bit` → `.trueColor`, but `.ansi256` when `TERM` starts
    ///    with `screen` or `tmux` (GNU screen garbles RGB; tmux does not pass `COLORTERM` on).
    /// 4. `TERM` ends in `-direct`, or names a terminal known to do 24-bit colour (alacritty,
    ///    contour, foot, ghostty, kitty, rio, st, wezterm, also as `xterm-kitty`/`xterm-ghostty`)
    ///    → `.trueColor`.
    /// 5. `TERM` contains `256color` → `.ansi256`.
    /// 6. `TERM` names a terminal without colour (`vt52`, `vt100`, `vt220`…, or a `-m`/`-mono`
    ///    variant) → `.monochrome`.
    /// 7. `TERM` names a colour terminal (linux, xterm, screen, tmux, rxvt, putty, ansi, cygwin,
    ///    konsole, gnome, vte, eterm, cons25, or anything containing `color`) → `.ansi16`.
    /// 8. Anything else, including an empty or missing `TERM` → `.ansi256`: the backend falls back
    ///    to `xterm-256color` when no terminfo entry exists for `TERM`. If the backend replaced
    ///    `TERM`, pass the environment with the replacement so the rules see what is in use.
    public static func detect(environment: [String: String]) -> ColorProfile {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        let term = (environment["TERM"] ?? "").lowercased()
        if term == "dumb" { return .monochrome }

        let multiplexed = term.hasPrefix("screen") || term.hasPrefix("tmux")
        let colorTerm = (environment["COLORTERM"] ?? "").lowercased()
        if colorTerm == "truecolor" || colorTerm == "24bit" {
            return multiplexed ? .ansi256 : .trueColor
        }

        let parts = term.split(separator: "-").map(String.init)
        let name = parts.first ?? ""
        if term.hasSuffix("-direct") || trueColorTerminals.contains(name)
            || (name == "xterm" && parts.count > 1 && ["kitty", "ghostty"].contains(parts[1])) {
            return .trueColor
        }
        if term.contains("256color") { return .ansi256 }
        let isVT = name.count > 2 && name.hasPrefix("vt") && name.dropFirst(2).allSatisfy(\.isNumber)
        if isVT || term.hasSuffix("-m") || term.hasSuffix("-mono") {
            return term.contains("color") ? .ansi16 : .monochrome
        }
        if colorTerminals.contains(where: { name.hasPrefix($0) }) || term.contains("color") {
            return .ansi16
        }
        return .ansi256
    }

    private static let trueColorTerminals: Set<String> = [
        "alacritty", "contour", "foot", "ghostty", "kitty", "rio", "st", "wezterm",
    ]

    private static let colorTerminals = [
        "linux", "xterm", "screen", "tmux", "rxvt", "putty", "ansi", "cygwin", "konsole", "gnome",
        "vte", "eterm", "cons25",
    ]
}
