#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw

/// The escape sequences of bracketed paste: terminfo's extended capabilities `BE`/`BD`
/// (switch on/off) and `PS`/`PE` (the markers around pasted text), with xterm's sequences for
/// whatever the entry lacks. Sending them to a terminal without the mode is harmless.
struct BracketedPaste {
    let enable: String
    let disable: String
    let start: String
    let end: String
    /// The key codes the markers are bound to with `define_key`, or nil when binding failed
    /// (then pastes arrive as typed keys).
    private(set) var startCode: Int32?
    private(set) var endCode: Int32?

    /// Reads the capabilities of the current terminal. Needs an open curses screen.
    static func fromTerminfo() -> BracketedPaste {
        BracketedPaste(
            enable: capability("BE") ?? "\u{1B}[?2004h",
            disable: capability("BD") ?? "\u{1B}[?2004l",
            start: capability("PS") ?? "\u{1B}[200~",
            end: capability("PE") ?? "\u{1B}[201~"
        )
    }

    private init(enable: String, disable: String, start: String, end: String) {
        self.enable = enable
        self.disable = disable
        self.start = start
        self.end = end
    }

    /// Binds both markers to key codes nothing else uses, so `get_wch` reports them as keys.
    mutating func bindMarkers() {
        startCode = BracketedPaste.bind(start)
        endCode = BracketedPaste.bind(end)
    }

    private static func capability(_ name: String) -> String? {
        guard let value = tui_tigetstr(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }

    private static func bind(_ sequence: String) -> Int32? {
        let existing = key_defined(sequence)
        if existing > 0 { return existing }
        // Codes above KEY_MAX are where curses puts the terminal's extended keys (kUP5 and
        // friends); take the first one still free.
        for code in (tui_key_max() + 1)...(tui_key_max() + 2048) {
            if let bound = keybound(code, 0) {
                free(bound)
                continue
            }
            return define_key(sequence, code) == OK ? code : nil
        }
        return nil
    }
}
