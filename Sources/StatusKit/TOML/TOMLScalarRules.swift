/// The values TOML 1.0 writes without quotes, from its grammar (toml.io/en/v1.0.0): booleans,
/// integers (decimal, 0x, 0o, 0b, with single underscores between digits), floats (with a
/// fraction, an exponent or both; inf and nan) and dates, times and date-times.
enum TOMLScalarRules {
    nonisolated(unsafe) static let boolean = #/true|false/#
    nonisolated(unsafe) static let integer = #/[+-]?(0|[1-9](_?[0-9])*)|0x[0-9A-Fa-f](_?[0-9A-Fa-f])*|0o[0-7](_?[0-7])*|0b[01](_?[01])*/#
    nonisolated(unsafe) static let float = #/[+-]?(0|[1-9](_?[0-9])*)(\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?|[eE][+-]?[0-9](_?[0-9])*)|[+-]?(inf|nan)/#
    nonisolated(unsafe) static let date = #/[0-9]{4}-[0-9]{2}-[0-9]{2}/#
    nonisolated(unsafe) static let time = #/[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?/#
    nonisolated(unsafe) static let dateTime = #/[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})?/#
    nonisolated(unsafe) static let dateLike = #/[0-9]{2,4}[-:].*/#

    static func isValid(_ text: String) -> Bool {
        // toml++ refuses longer numbers itself; a longer token is never a value anyone means.
        guard text.unicodeScalars.count <= 128 else { return false }
        return text.wholeMatch(of: boolean) != nil || text.wholeMatch(of: integer) != nil
            || text.wholeMatch(of: float) != nil || text.wholeMatch(of: date) != nil
            || text.wholeMatch(of: time) != nil || text.wholeMatch(of: dateTime) != nil
    }

    static func isDate(_ text: String) -> Bool { text.wholeMatch(of: date) != nil }

    static func looksLikeDate(_ text: String) -> Bool { text.wholeMatch(of: dateLike) != nil }
}
