#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw

/// The streams curses reads and writes: stdin/stdout when both are the terminal, otherwise
/// the controlling terminal `/dev/tty` (so `app > log` still draws on the screen).
struct TerminalDevice {
    let input: UnsafeMutablePointer<FILE>
    let output: UnsafeMutablePointer<FILE>
    /// The streams were opened here and are closed by `close()`.
    let opened: Bool

    var inputDescriptor: Int32 { fileno(input) }
    var outputDescriptor: Int32 { fileno(output) }

    static func open() throws(TerminalScreenError) -> TerminalDevice {
        if isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 {
            return TerminalDevice(input: tui_stdin(), output: tui_stdout(), opened: false)
        }
        guard let input = fopen("/dev/tty", "r") else { throw .notATerminal }
        guard let output = fopen("/dev/tty", "w") else {
            fclose(input)
            throw .notATerminal
        }
        return TerminalDevice(input: input, output: output, opened: true)
    }

    /// Writes `text` straight to the terminal, bypassing curses' and stdio's buffers. Only
    /// outside curses' own updates (after `doupdate` or `endwin`), so nothing is reordered.
    func send(_ text: String) {
        TerminalDevice.writeAll(Array(text.utf8), to: outputDescriptor)
    }

    func send(_ bytes: [UInt8]) {
        if !bytes.isEmpty { TerminalDevice.writeAll(bytes, to: outputDescriptor) }
    }

    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return }
            offset += written
        }
    }

    func close() {
        guard opened else { return }
        fclose(input)
        fclose(output)
    }
}

/// The process locale curses needs to read and write UTF-8.
enum TerminalLocale {
    /// `setlocale(LC_ALL, "")`; when that leaves the C/POSIX locale (LANG unset, or a locale
    /// that is not installed), LC_CTYPE is switched to a UTF-8 one, or curses would drop every
    /// accent and emoji. Returns the LC_CTYPE locale in use.
    @discardableResult
    static func adopt() -> String {
        setlocale(LC_ALL, "")
        let current = currentCharacterLocale()
        guard current == "C" || current == "POSIX" || current.isEmpty else { return current }
        for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, candidate) != nil {
            return candidate
        }
        return current
    }

    static func currentCharacterLocale() -> String {
        guard let name = setlocale(LC_CTYPE, nil) else { return "" }
        return String(cString: name)
    }
}
