/// Why the terminal could not be opened.
public enum TerminalScreenError: Error, Equatable, CustomStringConvertible {
    /// Neither stdin/stdout nor /dev/tty is a terminal (output piped, no controlling TTY).
    case notATerminal
    /// curses refused the terminal even with the `xterm-256color` fallback.
    case cannotOpenTerminal(term: String)
    /// The terminal cannot move the cursor (`TERM=dumb`, an editor's shell buffer): use a
    /// line-by-line mode instead.
    case cannotAddressCursor(term: String)
    /// Another `TerminalScreen` is open; close it first.
    case alreadyOpen

    public var description: String {
        switch self {
        case .notATerminal:
            return "not running in a terminal (stdin/stdout are not a TTY and /dev/tty cannot be opened)"
        case let .cannotOpenTerminal(term):
            return "cannot open the terminal (TERM=\(term.isEmpty ? "<unset>" : term), xterm-256color fallback failed too)"
        case let .cannotAddressCursor(term):
            return "the terminal (TERM=\(term)) cannot position the cursor; a full-screen interface needs one"
        case .alreadyOpen:
            return "the terminal is already open"
        }
    }
}
