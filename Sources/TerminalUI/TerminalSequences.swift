#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw

/// The escape sequences a frame is written with, expanded from the terminal's terminfo entry
/// (or, in tests, from any table), so the frame writer never assumes a particular terminal.
///
/// Colour strings are expanded once per colour and kept. A style change is one sequence when
/// every piece it needs is an ECMA-48 SGR (`ESC [ … m`, as on xterm and its kin): their
/// parameters are joined, `\e[0;1;38;5;231;48;5;23m` instead of four sequences.
public struct TerminalSequences {
    /// Expands a string capability with up to two parameters; nil when the terminal lacks it.
    public typealias Expand = (_ capability: String, _ parameters: [Int32]) -> [UInt8]?

    /// Writing the last column wraps the cursor (`am`).
    public let autoMargins: Bool
    /// …but only when the next character comes (`xenl`): then the bottom-right cell can be
    /// written without scrolling the screen.
    public let delaysWrap: Bool
    public let resetAttributes: [UInt8]
    let bold: [UInt8]?
    let dim: [UInt8]?
    let underline: [UInt8]?
    let reverse: [UInt8]?
    let clearScreen: [UInt8]?
    let clearToLineEnd: [UInt8]?
    let hideCursor: [UInt8]?
    let showCursor: [UInt8]?
    let carriageReturn: [UInt8]?
    let backspace: [UInt8]?
    private let expand: Expand
    private var foregrounds: [Int32: [UInt8]] = [:]
    private var backgrounds: [Int32: [UInt8]] = [:]

    public init(autoMargins: Bool, delaysWrap: Bool, expand: @escaping Expand) {
        self.autoMargins = autoMargins
        self.delaysWrap = delaysWrap
        self.expand = expand
        resetAttributes = expand("sgr0", []) ?? Array("\u{1B}[m".utf8)
        bold = expand("bold", [])
        dim = expand("dim", [])
        underline = expand("smul", [])
        reverse = expand("rev", [])
        clearScreen = expand("clear", [])
        clearToLineEnd = expand("el", [])
        hideCursor = expand("civis", [])
        showCursor = expand("cnorm", [])
        carriageReturn = expand("cr", [])
        backspace = expand("cub1", [])
    }

    /// The sequences of the terminal curses has loaded (after `newterm` or `setupterm`).
    public static func current() -> TerminalSequences {
        TerminalSequences(autoMargins: tigetflag("am") > 0, delaysWrap: tigetflag("xenl") > 0) { name, parameters in
            guard let format = tui_tigetstr(name) else { return nil }
            if parameters.isEmpty { return withoutPadding(Array(String(cString: format).utf8)) }
            let first = parameters[0]
            let second = parameters.count > 1 ? parameters[1] : 0
            guard let expanded = tui_tiparm2(format, first, second) else { return nil }
            return withoutPadding(Array(String(cString: expanded).utf8))
        }
    }

    /// The sequence without terminfo's padding delays (`$<5>`, `$<2*/>`): those are
    /// instructions to the program (wait, for a hardware terminal), not bytes to send.
    static func withoutPadding(_ sequence: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(sequence.count)
        var index = 0
        while index < sequence.count {
            if sequence[index] == UInt8(ascii: "$"), index + 1 < sequence.count, sequence[index + 1] == UInt8(ascii: "<"),
               let close = sequence[(index + 2)...].firstIndex(of: UInt8(ascii: ">")),
               sequence[(index + 2)..<close].allSatisfy({ Set("0123456789.*/".utf8).contains($0) }) {
                index = close + 1
                continue
            }
            result.append(sequence[index])
            index += 1
        }
        return result
    }

    /// The sequences of the terminfo entry `term`, loaded without opening a screen; nil when
    /// there is no such entry. Not while a screen is open: it replaces curses' current terminal.
    public static func terminfo(named term: String) -> TerminalSequences? {
        let descriptor = open("/dev/null", O_WRONLY)
        defer { if descriptor >= 0 { close(descriptor) } }
        guard tui_load_terminfo(term, descriptor) == 1 else { return nil }
        return current()
    }

    /// Moves the cursor to column `x` of row `y` (zero-based).
    func cursorAddress(x: Int, y: Int) -> [UInt8] {
        expand("cup", [Int32(clamping: y), Int32(clamping: x)]) ?? []
    }

    /// Moves to column `x` on the same row, when the terminal can.
    func column(_ x: Int) -> [UInt8]? {
        expand("hpa", [Int32(clamping: x)])
    }

    /// Moves `count` columns right, when the terminal can.
    func forward(_ count: Int) -> [UInt8]? {
        expand("cuf", [Int32(clamping: count)])
    }

    /// Blanks `count` cells from the cursor on, in the current background, leaving the cursor
    /// where it is (`ech`); nil when the terminal cannot.
    func eraseCharacters(_ count: Int) -> [UInt8]? {
        expand("ech", [Int32(clamping: count)])
    }

    /// Scrolls rows `top...bottom` only (zero-based); after it the cursor position is unknown.
    func scrollRegion(top: Int, bottom: Int) -> [UInt8]? {
        expand("csr", [Int32(clamping: top), Int32(clamping: bottom)])
    }

    /// Inserts `count` blank lines at the cursor's row, pushing the rows below it down (within
    /// the scroll region); nil when the terminal cannot.
    func insertLines(_ count: Int) -> [UInt8]? {
        expand("il", [Int32(clamping: count)]) ?? expand("il1", []).map { Array(repeating: $0, count: count).flatMap { $0 } }
    }

    /// Deletes `count` lines at the cursor's row, pulling the rows below it up (within the
    /// scroll region); nil when the terminal cannot.
    func deleteLines(_ count: Int) -> [UInt8]? {
        expand("dl", [Int32(clamping: count)]) ?? expand("dl1", []).map { Array(repeating: $0, count: count).flatMap { $0 } }
    }

    /// What turns the terminal's attributes from `current` (nil: unknown) into `target`.
    /// Attributes cannot be turned off one by one everywhere, nor a colour set back to the
    /// default alone, so either needs a reset first.
    public mutating func change(from current: CursesStyle?, to target: CursesStyle) -> [UInt8] {
        if current == target { return [] }
        var pieces: [[UInt8]] = []
        var base = CursesStyle()
        if let current, !current.needsReset(toReach: target) {
            base = current
        } else {
            pieces.append(resetAttributes)
        }
        if target.bold && !base.bold, let bold { pieces.append(bold) }
        if target.dim && !base.dim, let dim { pieces.append(dim) }
        if target.underline && !base.underline, let underline { pieces.append(underline) }
        if target.reverse && !base.reverse, let reverse { pieces.append(reverse) }
        if target.foreground >= 0 && target.foreground != base.foreground, let colour = foreground(target.foreground) {
            pieces.append(colour)
        }
        if target.background >= 0 && target.background != base.background, let colour = background(target.background) {
            pieces.append(colour)
        }
        return TerminalSequences.joined(pieces)
    }

    private mutating func foreground(_ number: Int32) -> [UInt8]? {
        if let known = foregrounds[number] { return known }
        let expanded = expand("setaf", [number])
        foregrounds[number] = expanded
        return expanded
    }

    private mutating func background(_ number: Int32) -> [UInt8]? {
        if let known = backgrounds[number] { return known }
        let expanded = expand("setab", [number])
        backgrounds[number] = expanded
        return expanded
    }

    /// One `ESC [ p1;p2;… m` when every piece is an SGR, else the pieces one after another.
    static func joined(_ pieces: [[UInt8]]) -> [UInt8] {
        if pieces.count < 2 { return pieces.first ?? [] }
        var parameters: [UInt8] = []
        for piece in pieces {
            guard let own = sgrParameters(of: piece) else { return pieces.flatMap { $0 } }
            if !parameters.isEmpty { parameters.append(UInt8(ascii: ";")) }
            parameters += own
        }
        return Array("\u{1B}[".utf8) + parameters + [UInt8(ascii: "m")]
    }

    /// The parameters of an SGR sequence ("0" for an empty one). A leading `ESC ( B` (xterm's
    /// sgr0 also selects the ASCII character set) is dropped: the app never selects another.
    static func sgrParameters(of piece: [UInt8]) -> [UInt8]? {
        var bytes = piece[...]
        let charset: [UInt8] = [0x1B, UInt8(ascii: "("), UInt8(ascii: "B")]
        if bytes.starts(with: charset) { bytes = bytes.dropFirst(3) }
        guard bytes.count >= 3, bytes.first == 0x1B, bytes.dropFirst().first == UInt8(ascii: "["),
              bytes.last == UInt8(ascii: "m") else { return nil }
        let inner = bytes.dropFirst(2).dropLast()
        let allowed = Set("0123456789;:".utf8)
        guard inner.allSatisfy({ allowed.contains($0) }) else { return nil }
        return inner.isEmpty ? [UInt8(ascii: "0")] : Array(inner)
    }
}
