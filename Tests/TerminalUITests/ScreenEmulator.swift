@testable import TerminalCells
@testable import TerminalUI

/// A small xterm-like terminal for replaying what the frame writer sends: it understands the
/// sequences of `XtermSequences` (cursor address, column, right, carriage return, backspace,
/// SGR, clear, erase to line end, cursor visibility, scroll region, insert and delete line), auto margins with or without the delayed wrap, and
/// scrolling at the bottom. Characters take their display width; combining marks join the
/// cell before them. Emoji clusters are drawn as the terminal of a width profile draws them:
/// a kind the profile measured is one cell that wide (nothing at all for 0, as tmux 3.3a
/// drops a Unicode 15 emoji), any other cluster scalar by scalar. Anything else it does not
/// know fails the replay.
struct ScreenEmulator {
    struct Cell: Equatable {
        var text = " "
        var style = CursesStyle()
    }

    let width: Int
    let height: Int
    let delaysWrap: Bool
    /// Like an older terminal: emoji take one column (the app measures two).
    let narrowEmoji: Bool
    /// How this terminal draws each kind of emoji cluster.
    let widths: WidthProfile
    private(set) var cells: [[Cell]]
    private(set) var cursor = (x: 0, y: 0)
    private(set) var cursorVisible = true
    private(set) var unknownSequences: [String] = []
    /// What the terminal answered: cursor position reports (DSR 6) and device attributes (DA1).
    private(set) var replies: [UInt8] = []
    private var style = CursesStyle()
    private var wrapPending = false
    private var region: ClosedRange<Int>
    private var lastWritten: (x: Int, y: Int)?

    init(width: Int, height: Int, delaysWrap: Bool = true, narrowEmoji: Bool = false, widths: WidthProfile = .safe) {
        self.width = width
        self.height = height
        self.delaysWrap = delaysWrap
        self.narrowEmoji = narrowEmoji
        self.widths = widths
        cells = Array(repeating: Array(repeating: Cell(), count: width), count: height)
        region = 0...(height - 1)
    }

    mutating func feed(_ bytes: [UInt8]) {
        let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        var index = 0
        // Printable text is taken a stretch at a time, so that clusters reach `put` whole.
        var text = String.UnicodeScalarView()
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar != "\u{1B}" && scalar != "\r" && scalar != "\u{8}" {
                text.append(scalar)
                index += 1
                continue
            }
            for character in String(text) { put(character) }
            text.removeAll()
            switch scalar {
            case "\u{1B}":
                index = escape(scalars, from: index + 1)
                continue
            case "\r":
                cursor.x = 0
                wrapPending = false
            default:
                cursor.x = max(0, cursor.x - 1)
                wrapPending = false
            }
            index += 1
        }
        for character in String(text) { put(character) }
    }

    /// Each row as text, as a terminal's screen capture reads it: wide glyphs once, trailing
    /// spaces trimmed.
    func lines() -> [String] {
        cells.map { row in
            var line = row.map(\.text).joined()
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// Handles the sequence after an ESC; returns the index after it.
    private mutating func escape(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        guard start < scalars.count else { return start }
        if scalars[start] == "(" { return start + 2 }  // a character set: nothing to do
        guard scalars[start] == "[" else {
            unknownSequences.append("ESC \(scalars[start])")
            return start + 1
        }
        var end = start + 1
        while end < scalars.count && !(0x40...0x7E).contains(scalars[end].value) { end += 1 }
        guard end < scalars.count else { return end }
        let parameters = String(String.UnicodeScalarView(scalars[(start + 1)..<end]))
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        wrapPending = false
        switch (scalars[end], parameters) {
        case ("H", _):
            cursor = (min(width - 1, max(1, numbers.count > 1 ? numbers[1] : 1) - 1), min(height - 1, max(1, numbers[0]) - 1))
        case ("G", _): cursor.x = min(width - 1, max(1, numbers[0]) - 1)
        case ("C", _): cursor.x = min(width - 1, cursor.x + max(1, numbers[0]))
        case ("r", _):
            // A scroll region: rows top...bottom (one-based); the cursor goes home.
            let top = max(1, numbers[0]) - 1
            let bottom = numbers.count > 1 && numbers[1] > 0 ? numbers[1] - 1 : height - 1
            region = top...min(bottom, height - 1)
            cursor = (0, 0)
        case ("L", _), ("M", _):
            guard region.contains(cursor.y) else { break }
            let count = min(max(1, numbers[0]), region.upperBound - cursor.y + 1)
            let blankRow = Array(repeating: Cell(text: " ", style: CursesStyle(background: style.background)), count: width)
            for _ in 0..<count {
                if scalars[end] == "L" {
                    cells.remove(at: region.upperBound)
                    cells.insert(blankRow, at: cursor.y)
                } else {
                    cells.remove(at: cursor.y)
                    cells.insert(blankRow, at: region.upperBound)
                }
            }
        case ("X", _):
            // Erases cells from the cursor in the current background; the cursor stays.
            for x in cursor.x..<min(width, cursor.x + max(1, numbers[0])) {
                cells[cursor.y][x] = Cell(text: " ", style: CursesStyle(background: style.background))
            }
        case ("K", ""):
            for x in cursor.x..<width { cells[cursor.y][x] = Cell(text: " ", style: CursesStyle(background: style.background)) }
        case ("J", "2"): cells = Array(repeating: Array(repeating: Cell(text: " ", style: CursesStyle(background: style.background)), count: width), count: height)
        case ("m", _): graphicRendition(numbers)
        case ("l", "?25"): cursorVisible = false
        case ("h", "?25"): cursorVisible = true
        case ("l", "?12"): break  // cursor blinking off
        case ("n", "6"): replies += Array("\u{1B}[\(cursor.y + 1);\(cursor.x + 1)R".utf8)
        case ("c", ""): replies += Array("\u{1B}[?1;2c".utf8)
        default: unknownSequences.append("CSI \(parameters)\(scalars[end])")
        }
        return end + 1
    }

    private mutating func graphicRendition(_ numbers: [Int]) {
        var index = 0
        while index < numbers.count {
            let number = numbers[index]
            switch number {
            case 0: style = CursesStyle()
            case 1: style.bold = true
            case 2: style.dim = true
            case 4: style.underline = true
            case 7: style.reverse = true
            case 30...37: style.foreground = Int32(number - 30)
            case 90...97: style.foreground = Int32(number - 90 + 8)
            case 40...47: style.background = Int32(number - 40)
            case 100...107: style.background = Int32(number - 100 + 8)
            case 39: style.foreground = -1
            case 49: style.background = -1
            case 38, 48:
                let value = Int32(numbers[index + 2])
                if number == 38 { style.foreground = value } else { style.background = value }
                index += 2
            default: unknownSequences.append("SGR \(number)")
            }
            index += 1
        }
    }

    /// One cluster: whole when this terminal measured its kind, else scalar by scalar.
    private mutating func put(_ character: Character) {
        let scalars = Array(character.unicodeScalars)
        if let kind = DisplayWidth.emojiKind(of: scalars), let columns = widths[kind] {
            if columns > 0 { put(String(character), columns: columns) }
            return
        }
        for scalar in scalars {
            let columns = narrowEmoji && scalar.value >= 0x1F000 ? 1 : max(0, DisplayWidth.scalarWidth(of: scalar))
            if columns == 0 {
                if let last = lastWritten { cells[last.y][last.x].text.unicodeScalars.append(scalar) }
                continue
            }
            put(String(scalar), columns: columns)
        }
    }

    private mutating func put(_ text: String, columns: Int) {
        if wrapPending || cursor.x + columns > width {
            wrapPending = false
            cursor.x = 0
            lineFeed()
        }
        cells[cursor.y][cursor.x] = Cell(text: text, style: style)
        for x in (cursor.x + 1)..<min(width, cursor.x + columns) { cells[cursor.y][x] = Cell(text: "", style: style) }
        lastWritten = cursor
        if cursor.x + columns >= width {
            if delaysWrap {
                wrapPending = true
            } else {
                cursor.x = 0
                lineFeed()
            }
        } else {
            cursor.x += columns
        }
    }

    private mutating func lineFeed() {
        if cursor.y == region.upperBound {
            cells.remove(at: region.lowerBound)
            cells.insert(Array(repeating: Cell(), count: width), at: region.upperBound)
        } else if cursor.y + 1 < height {
            cursor.y += 1
        }
    }
}
