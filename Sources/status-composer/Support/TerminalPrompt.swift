import Foundation

/// Questions asked on the terminal, one line each, for `accounts add` and `accounts remove`.
/// Secrets are read with the terminal's echo off (termios), so they never show on screen, and
/// the echo comes back on however the read ends, Ctrl-C included.
enum TerminalPrompt {
    /// Whether there is a person to ask: standard input and output are a terminal.
    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    /// One line typed after `question`; nil at the end of input (Ctrl-D).
    static func ask(_ question: String) -> String? {
        FileHandle.standardOutput.write(Data(question.utf8))
        return readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces)
    }

    /// Asks until `check` accepts the answer (nil from `check`), printing each refusal.
    static func ask(_ question: String, check: (String) -> String?) -> String? {
        while true {
            guard let answer = ask(question) else { return nil }
            guard let problem = check(answer) else { return answer }
            Console.out("  ✗ \(problem)")
        }
    }

    /// y or yes (in English or Portuguese) is yes; anything else, or no answer, is no.
    static func confirm(_ question: String) -> Bool {
        guard let answer = ask(question + " [y/N] ")?.lowercased() else { return false }
        return ["y", "yes", "s", "sim"].contains(answer)
    }

    /// A line typed without echo. The old terminal settings are restored on return and by the
    /// SIGINT handler, which then ends the program as Ctrl-C would.
    static func askHidden(_ question: String) -> String? {
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return ask(question) }
        savedSettings = settings
        var hidden = settings
        hidden.c_lflag &= ~tcflag_t(ECHO)
        hidden.c_lflag |= tcflag_t(ECHONL)
        signal(SIGINT) { _ in
            if var saved = TerminalPrompt.savedSettings { tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved) }
            _exit(130)
        }
        // Echo off before the question shows, so nothing typed after it can be echoed.
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden)
        FileHandle.standardOutput.write(Data(question.utf8))
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &settings)
            signal(SIGINT, SIG_DFL)
            savedSettings = nil
        }
        return readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces)
    }

    /// Read by the SIGINT handler only, while a hidden read is under way.
    nonisolated(unsafe) static var savedSettings: termios?
}
