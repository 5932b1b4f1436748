/// Strings and the values written without quotes (numbers, booleans, dates and times).
extension TOMLLexicalCheck {
    static let valueHelp = "write text in quotes (\"…\"), a number (42, 2.5), true or false, or a date such as 2025-03-01T09:30:00-03:00"

    /// A value without quotes runs to a space, ',', ']', '}', '#' or the end of the line — as
    /// toml++ reads it — except that a date, a space and a digit go on as one date-time.
    mutating func scalar() throws(Failure) {
        let start = position
        var token = String.UnicodeScalarView()
        func ends(_ c: Unicode.Scalar?) -> Bool {
            guard let c else { return true }
            return [" ", "\t", ",", "]", "}", "#", "\n", "\r"].contains(c)
        }
        while !ends(peek()) {
            token.append(peek()!)
            advance()
            if peek() == " ", let next = peek(1), ("0"..."9").contains(next), TOMLScalarRules.isDate(String(token)) {
                token.append(" ")
                advance()
            }
        }
        let text = String(token)
        if text.isEmpty {
            throw fail("\(Self.shown(peek())) where a value should be", fix: Self.valueHelp)
        }
        guard TOMLScalarRules.isValid(text) else {
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            throw fail(at: start, "'\(shown)' is not a value TOML knows", fix: TOMLScalarRules.looksLikeDate(text)
                ? "write a date as 2025-03-01, a time as 09:30:00, or both as 2025-03-01T09:30:00 (with Z or -03:00 for a zone)"
                : Self.valueHelp)
        }
    }

    /// `"…"` (with escapes) or `'…'` (taken as written), on one line.
    mutating func singleLineString(_ quote: Unicode.Scalar) throws(Failure) {
        let start = position
        advance()
        while true {
            guard let c = peek(), c != "\n", c != "\r" else {
                throw fail(at: start, "the string opened here is not closed on its line", fix: "close it with \(quote); for text over several lines use \(quote)\(quote)\(quote)…\(quote)\(quote)\(quote)")
            }
            if c == quote { advance(); return }
            if c == "\\", quote == "\"" { try escape(); continue }
            try stringCharacter(c)
        }
    }

    /// `"""…"""` (with escapes, and a backslash at the end of a line joining the next one on)
    /// or `'''…'''` (taken as written).
    mutating func multiLineString(_ quote: Unicode.Scalar) throws(Failure) {
        let start = position
        let delimiter = String(repeating: String(quote), count: 3)
        advance(3)
        while true {
            guard let c = peek() else {
                throw fail(at: start, "the file ends inside the \(delimiter) string opened here", fix: "close it with \(delimiter)")
            }
            if c == quote, closesMultiLine(quote) { return }
            if c == "\\", quote == "\"" {
                var ahead = 1
                while let s = peek(ahead), s == " " || s == "\t" { ahead += 1 }
                if peek(ahead) == "\n" || (peek(ahead) == "\r" && peek(ahead + 1) == "\n") {
                    advance(ahead)
                    continue
                }
                try escape()
                continue
            }
            if try skipLineBreak() { continue }
            try stringCharacter(c)
        }
    }

    /// Three to five quotes end a multi-line string (up to two belong to the text); fewer are text.
    mutating func closesMultiLine(_ quote: Unicode.Scalar) -> Bool {
        var run = 0
        while peek(run) == quote { run += 1 }
        if run < 3 { advance(run); return false }
        advance(min(run, 5))
        return true
    }

    mutating func stringCharacter(_ c: Unicode.Scalar) throws(Failure) {
        if Self.isControl(c), c != "\t" {
            throw fail("a control character (\(Self.shown(c))) in a string", fix: "write it as an escape: \\u" + String(c.value, radix: 16, uppercase: true).leftPadded(to: 4))
        }
        advance()
    }

    /// `\b \t \n \f \r \" \\ \uXXXX \UXXXXXXXX`.
    mutating func escape() throws(Failure) {
        let start = position
        advance()
        guard let c = peek() else { throw fail(at: start, "a backslash at the end of the file") }
        switch c {
        case "b", "t", "n", "f", "r", "\"", "\\":
            advance()
        case "u", "U":
            let count = c == "u" ? 4 : 8
            var value: UInt32 = 0
            for offset in 1...count {
                guard let digit = peek(offset), let number = UInt32(String(digit), radix: 16) else {
                    throw fail(at: start, "\\\(c) needs \(count) hex digits", fix: c == "u" ? "write \\u00E9 for é" : "write \\U0001F600 for 😀")
                }
                value = value << 4 | number
            }
            guard Unicode.Scalar(value) != nil else {
                throw fail(at: start, "\\\(c)\(String(value, radix: 16, uppercase: true)) is not a Unicode character", fix: "use a code point below 110000 and outside D800–DFFF")
            }
            advance(count + 1)
        default:
            throw fail(at: start, "'\\\(c)' is not an escape TOML knows", fix: "write \\\\ for a backslash, or use 'single quotes', which take backslashes as they are")
        }
    }
}
