/// Checks that a text is lexically valid TOML 1.0 — table headers, keys, `=`, strings, scalar
/// values, lists and inline tables in their places — before toml++ (bundled by TOMLKit) sees it,
/// and says where and how it is not.
///
/// Why by hand: toml++ 3.4.0 reaches an assertion (an abort; undefined behaviour when assertions
/// are compiled out) instead of a parse error on some malformed input. Its parser's assertions
/// are preconditions on the character under the cursor when a sub-parser is entered; on lexically
/// valid input they hold, and the inputs found to break one are all lexically invalid:
/// - a table header whose name starts with a character that cannot start a key (`[é]`,
///   `[ótica-centro]`, `[[área]]`, `[!]`, `[[[x]]]`): `parse_key`'s precondition;
/// - a `}` where a list expects a value (`[}]`, `[1, }]`): `parse_value`'s;
/// - a date, a space and a lone digit (`1979-05-27 0`): the value-type scan's;
/// - a date and `T` not followed by a digit (`1979-05-27T:`): `parse_time`'s;
/// and a dotted key of ~100,000 parts overflows the stack. No maintained parser without these
/// is among this project's packages, so every reader goes through `TOMLInput`, which runs this
/// check first. It does not check meaning (a key given twice, a 13th month): toml++ reports that.
struct TOMLLexicalCheck {
    struct Failure: Error, Equatable {
        let line: Int
        let column: Int
        let problem: String
        let fix: String?
    }

    /// Lists, inline tables and dotted-key parts nested in one another, at most: toml++ frees
    /// nested tables recursively, so a deep enough one overflows the stack.
    static let maxDepth = 128

    let scalars: [Unicode.Scalar]
    var index = 0
    var line = 1
    var column = 1

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    /// Nil when the text is lexically valid TOML.
    static func check(_ scalars: [Unicode.Scalar]) -> Failure? {
        var check = TOMLLexicalCheck(scalars)
        do {
            try check.document()
            return nil
        } catch {
            return error
        }
    }

    // MARK: - The cursor

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    mutating func advance(_ count: Int = 1) {
        for _ in 0..<count where index < scalars.count {
            if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
            index += 1
        }
    }

    func fail(_ problem: String, fix: String? = nil) -> Failure {
        Failure(line: line, column: column, problem: problem, fix: fix)
    }

    func fail(at position: (line: Int, column: Int), _ problem: String, fix: String? = nil) -> Failure {
        Failure(line: position.line, column: position.column, problem: problem, fix: fix)
    }

    var position: (line: Int, column: Int) { (line, column) }

    mutating func skipSpaces() {
        while let c = peek(), c == " " || c == "\t" { advance() }
    }

    /// Skips a line break (LF or CRLF) if one is next.
    mutating func skipLineBreak() throws(Failure) -> Bool {
        if peek() == "\n" { advance(); return true }
        if peek() == "\r" {
            guard peek(1) == "\n" else { throw fail("a carriage return (CR) alone", fix: "end lines with LF or CRLF") }
            advance(2)
            return true
        }
        return false
    }

    /// What a character is, for a message: itself, or its code when it does not print.
    static func shown(_ c: Unicode.Scalar?) -> String {
        guard let c else { return "the end of the file" }
        if c == "\n" || c == "\r" { return "the end of the line" }
        if TOMLLexicalCheck.isControl(c) || c.properties.isWhitespace { return "U+" + String(c.value, radix: 16, uppercase: true).leftPadded(to: 4) }
        return "'\(c)'"
    }

    static func isControl(_ c: Unicode.Scalar) -> Bool { c.value < 0x20 || c.value == 0x7F }

    static func isBareKeyCharacter(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-": return true
        default: return false
        }
    }

    // MARK: - The document

    mutating func document() throws(Failure) {
        if peek() == "\u{FEFF}" { index += 1 }
        while peek() != nil {
            skipSpaces()
            guard let c = peek() else { break }
            if c == "#" { try comment(); continue }
            if try skipLineBreak() { continue }
            if c == "[" {
                try header()
            } else {
                try keyValue(depth: 0)
            }
            try endOfLine()
        }
    }

    mutating func endOfLine() throws(Failure) {
        skipSpaces()
        if peek() == "#" { try comment() }
        if peek() == nil { return }
        guard try skipLineBreak() else {
            throw fail("\(Self.shown(peek())) after the end of a key = value or [table]", fix: "put one key = value or one [table] on a line; start a comment with #")
        }
    }

    mutating func comment() throws(Failure) {
        advance()
        while let c = peek(), c != "\n", !(c == "\r" && peek(1) == "\n") {
            if Self.isControl(c), c != "\t" { throw fail("a control character (\(Self.shown(c))) in a comment", fix: "remove it") }
            advance()
        }
    }

    /// `[name]` or `[[name]]`.
    mutating func header() throws(Failure) {
        let start = position
        advance()
        let isArray = peek() == "["
        if isArray { advance() }
        skipSpaces()
        if peek() == "]" { throw fail("a table with no name", fix: isArray ? "write a name: [[name]]" : "write a name: [name]") }
        if peek() == "[" {
            throw fail("a '[' inside a table name", fix: "write a table as [name] and an array of tables as [[name]], the brackets together")
        }
        _ = try key(depth: 0, header: isArray ? .arrayOfTables : .table)
        skipSpaces()
        for _ in 0..<(isArray ? 2 : 1) {
            guard peek() == "]" else {
                throw fail("\(Self.shown(peek())) where the table name opened at line \(start.line), column \(start.column) should end", fix: isArray ? "close it with ]]" : "close it with ]")
            }
            advance()
        }
    }

    enum KeyPlace { case table, arrayOfTables, keyValue }

    /// A key: bare, quoted or dotted. Returns how many parts it has.
    mutating func key(depth: Int, header: KeyPlace) throws(Failure) -> Int {
        var parts = 0
        while true {
            try simpleKey(header: header)
            parts += 1
            if depth + parts > Self.maxDepth {
                throw fail("a key of more than \(Self.maxDepth) parts, or nested that deep", fix: "use fewer dotted parts")
            }
            skipSpaces()
            guard peek() == "." else { return parts }
            advance()
            skipSpaces()
        }
    }

    mutating func simpleKey(header: KeyPlace) throws(Failure) {
        guard let c = peek() else { throw fail("the file ends where a key should be") }
        if c == "\"" || c == "'" {
            if peek(1) == c, peek(2) == c { throw fail("a key cannot be a multi-line string", fix: "write it in single quotes or one pair of double quotes") }
            try singleLineString(c)
            return
        }
        let start = index
        while let c = peek(), Self.isBareKeyCharacter(c) { advance() }
        // A bare name that runs into a letter it cannot hold ("ótica", "são-paulo"): the fix is
        // quotes. Anything else after it is for the caller to judge ('=', ']', '.', a space).
        guard let stop = peek(), stop.value > 0x7F, !stop.properties.isWhitespace else {
            if index == start { throw fail("\(Self.shown(peek())) where \(header == .keyValue ? "a key" : "a table name") should be", fix: keyHelp(header)) }
            return
        }
        var end = index
        while end < scalars.count, !([" ", "\t", ".", "=", "]", "[", "#", "\n", "\r", "\"", "'"] as [Unicode.Scalar]).contains(scalars[end]) { end += 1 }
        let name = String(String.UnicodeScalarView(scalars[start..<end]))
        let quoted = "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        let fix: String
        switch header {
        case .table: fix = "put the name in quotes: [\(quoted)]"
        case .arrayOfTables: fix = "put the name in quotes: [[\(quoted)]]"
        case .keyValue: fix = "put the key in quotes: \(quoted) = …"
        }
        let place = header == .keyValue ? "the key" : "the table name"
        let has = index == start ? "starts with" : "has"
        throw fail("\(place) '\(name)' \(has) \(Self.shown(stop)), which a name without quotes cannot hold (only A–Z, a–z, 0–9, _ and -)", fix: fix)
    }

    func keyHelp(_ place: KeyPlace) -> String {
        switch place {
        case .table: return "a table is written [name]; a name is A–Z, a–z, 0–9, _ and -, or any text in quotes: [\"name\"]"
        case .arrayOfTables: return "an array of tables is written [[name]]; a name is A–Z, a–z, 0–9, _ and -, or any text in quotes"
        case .keyValue: return "write key = value; a key is A–Z, a–z, 0–9, _ and -, or any text in quotes"
        }
    }

    /// `key = value`; `depth` counts the tables and lists it is in.
    mutating func keyValue(depth: Int) throws(Failure) {
        let parts = try key(depth: depth, header: .keyValue)
        skipSpaces()
        guard peek() == "=" else { throw fail("\(Self.shown(peek())) after a key, where '=' should be", fix: "write key = value") }
        advance()
        skipSpaces()
        try value(depth: depth + parts)
    }

    mutating func value(depth: Int) throws(Failure) {
        guard depth < Self.maxDepth else { throw fail("values nested more than \(Self.maxDepth) levels deep", fix: "nest lists and tables less deeply") }
        switch peek() {
        case "\"": try peek(1) == "\"" && peek(2) == "\"" ? multiLineString("\"") : singleLineString("\"")
        case "'": try peek(1) == "'" && peek(2) == "'" ? multiLineString("'") : singleLineString("'")
        case "[": try list(depth: depth + 1)
        case "{": try inlineTable(depth: depth + 1)
        default: try scalar()
        }
    }

    /// Spaces, comments and line breaks, as a list allows between its values.
    mutating func skipBlankLines() throws(Failure) {
        while true {
            skipSpaces()
            if peek() == "#" { try comment(); continue }
            if try !skipLineBreak() { return }
        }
    }

    mutating func list(depth: Int) throws(Failure) {
        let start = position
        advance()
        while true {
            try skipBlankLines()
            if peek() == nil { throw fail("the file ends inside the list opened at line \(start.line), column \(start.column)", fix: "close it with ]") }
            if peek() == "]" { advance(); return }
            try value(depth: depth)
            try skipBlankLines()
            switch peek() {
            case ",": advance()
            case "]": advance(); return
            default:
                throw fail("\(Self.shown(peek())) in the list opened at line \(start.line), column \(start.column)", fix: "separate values with commas and close the list with ]")
            }
        }
    }

    mutating func inlineTable(depth: Int) throws(Failure) {
        let start = position
        advance()
        skipSpaces()
        if peek() == "}" { advance(); return }
        while true {
            try keyValue(depth: depth)
            skipSpaces()
            switch peek() {
            case ",":
                advance()
                skipSpaces()
                if peek() == "}" { throw fail("a ',' before the '}' of the inline table opened at line \(start.line), column \(start.column)", fix: "remove the last comma") }
            case "}": advance(); return
            case "\n", "\r", nil:
                throw fail("the inline table opened at line \(start.line), column \(start.column) is not closed on its line", fix: "keep {…} on one line, or use a [table]")
            default:
                throw fail("\(Self.shown(peek())) in the inline table opened at line \(start.line), column \(start.column)", fix: "separate key = value pairs with commas and close it with }")
            }
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
