import Foundation
import TerminalCells
import TerminalUI

/// `doctor`'s terminal checks: TERM, its terminfo entry, colours, the locale and emoji widths.
/// Outside a terminal they are skipped, and say so.
enum DoctorTerminal {
    @MainActor
    static func findings(environment: [String: String]) -> [DoctorFinding] {
        guard TerminalPrompt.isInteractive else {
            return [.skipped("terminal", "not run in a terminal: the terminal checks are skipped; run status-composer doctor in the terminal you compose in")]
        }
        let facts = TerminalFacts.read(environment: environment)
        var findings: [DoctorFinding] = []
        if facts.term.isEmpty || facts.term == "dumb" {
            findings.append(.problem("terminal.term", "TERM is \(facts.term.isEmpty ? "not set" : "'dumb'"): the composer cannot draw a screen", fix: "set it to your terminal's type, e.g. export TERM=xterm-256color"))
        } else {
            findings.append(.ok("terminal.term", "TERM=\(facts.term)"))
        }
        switch facts.terminfo {
        case .found:
            findings.append(.ok("terminal.terminfo", "terminfo entry for \(facts.term) found"))
        case .missing where !facts.term.isEmpty:
            findings.append(.problem("terminal.terminfo", "no terminfo entry for '\(facts.term)' on this machine: the composer falls back to xterm-256color, which may draw keys or colours wrongly", fix: "install the entry (apt-get install ncurses-term), or set TERM to one this machine has, e.g. export TERM=xterm-256color"))
        case .missing:
            break
        case .noDatabase:
            findings.append(.problem("terminal.terminfo", "no terminfo database on this machine", fix: "install it: apt-get install ncurses-base ncurses-term"))
        }
        findings.append(colours(facts, environment: environment))
        findings.append(locale(facts, environment: environment))
        findings.append(emoji(facts.widths))
        return findings
    }

    private static func colours(_ facts: TerminalFacts, environment: [String: String]) -> DoctorFinding {
        let words: [ColorProfile: String] = [
            .trueColor: "24-bit colour", .ansi256: "256 colours", .ansi16: "16 colours", .monochrome: "no colour",
        ]
        let entry = facts.terminfoColors.map { " (terminfo: \($0) colours)" } ?? ""
        let text = "\(words[facts.colorProfile] ?? "")\(entry)"
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty {
            return .note("terminal.colours", "\(text): NO_COLOR is set, so the composer draws without colour", fix: "unset NO_COLOR to see colours")
        }
        return .ok("terminal.colours", text)
    }

    private static func locale(_ facts: TerminalFacts, environment: [String: String]) -> DoctorFinding {
        let named = ["LC_ALL", "LC_CTYPE", "LANG"].first { !(environment[$0] ?? "").isEmpty }.map { "\($0)=\(environment[$0]!)" } ?? "no LANG"
        if facts.isUTF8 { return .ok("terminal.locale", "UTF-8 (\(named))") }
        if ["ANSI_X3.4-1968", "ASCII", "POSIX"].contains(facts.codeset) && !named.contains(".") {
            return .note("terminal.locale", "the C locale (\(named)): the composer switches to C.UTF-8 itself, other programs may show accents and emoji wrongly", fix: "export LANG=C.UTF-8 (or your language's, e.g. pt_BR.UTF-8)")
        }
        return .problem("terminal.locale", "the locale's character set is \(facts.codeset) (\(named)), not UTF-8: accents and emoji would be garbled", fix: "use a UTF-8 locale: export LANG=C.UTF-8 (or e.g. pt_BR.UTF-8, after locale-gen)")
    }

    private static func emoji(_ widths: WidthProfile?) -> DoctorFinding {
        guard let widths else {
            return .note("terminal.emoji", "the terminal did not say where its cursor went: emoji are drawn in forms every terminal shows alike (🇧🇷 as BR, 👍🏽 as 👍)")
        }
        if widths == .modern { return .ok("terminal.emoji", "every kind of emoji drawn in two columns") }
        let kinds = WidthProfile.Kind.allCases.map { kind in
            "\(kind.sample) \(widths[kind].map { $0 == 0 ? "dropped" : "\($0) column\($0 == 1 ? "" : "s")" } ?? "no answer")"
        }
        return .note("terminal.emoji", "emoji widths differ from the usual two columns: \(kinds.joined(separator: ", ")); the composer draws each as this terminal does")
    }
}
