#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import TerminalCells

/// What `doctor` reports about the terminal it runs in, read without taking the screen over:
/// the terminfo entry of `TERM`, its colours, the locale's character set, and how the terminal
/// draws emoji (the composer's `WidthProbe`, written at the start of the current line, which is
/// cleared afterwards).
public struct TerminalFacts: Sendable {
    public enum Terminfo: Sendable, Equatable {
        case found
        case missing
        case noDatabase
    }

    public let term: String
    public let terminfo: Terminfo
    /// The entry's `colors`; nil without an entry.
    public let terminfoColors: Int?
    /// What the composer will use: the environment's profile capped by the entry.
    public let colorProfile: ColorProfile
    /// The character set of the locale the environment gives (`nl_langinfo(nl_item(CODESET))`).
    public let codeset: String
    /// How the terminal drew each emoji kind; nil when it answered none.
    public let widths: WidthProfile?

    @MainActor
    public static func read(environment: [String: String], probe: Bool = true) -> TerminalFacts {
        let term = environment["TERM"] ?? ""
        let found = term.isEmpty ? 0 : tui_find_terminfo(term, STDOUT_FILENO)
        let terminfo: Terminfo = found == 1 ? .found : found == -1 ? .noDatabase : .missing
        let colors = terminfo == .found ? Int(tigetnum("colors")) : nil
        var profile = ColorProfile.detect(environment: environment)
        if let colors { profile = profile.capped(toTerminfoColors: max(colors, 0)) }
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        let widths = probe && terminfo == .found ? probeWidths() : nil
        return TerminalFacts(term: term, terminfo: terminfo, terminfoColors: colors, colorProfile: profile, codeset: codeset, widths: widths)
    }

    public var isUTF8: Bool {
        let name = codeset.uppercased().replacingOccurrences(of: "-", with: "")
        return name == "UTF8"
    }

    /// Raw mode for the time of the probe, then the line the samples were written on is cleared.
    @MainActor
    private static func probeWidths() -> WidthProfile? {
        var saved = termios()
        guard isatty(STDIN_FILENO) == 1, tcgetattr(STDIN_FILENO, &saved) == 0 else { return nil }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        defer { tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved) }
        let request = tui_tigetstr("u7").map { Array(String(cString: $0).utf8) } ?? Array("\u{1B}[6n".utf8)
        let probe = WidthProbe(positionRequest: request, start: Array("\r".utf8))
        let answers = probe.exchange(inputDescriptor: STDIN_FILENO) { bytes in
            bytes.withUnsafeBytes { _ = write(STDOUT_FILENO, $0.baseAddress, $0.count) }
        }
        let clear = Array("\r\u{1B}[K".utf8)
        clear.withUnsafeBytes { _ = write(STDOUT_FILENO, $0.baseAddress, $0.count) }
        return answers.columns.isEmpty ? nil : probe.profile(from: answers)
    }
}
