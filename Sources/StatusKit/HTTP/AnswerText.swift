import Foundation

/// Text that came from a gateway (an error, the start of a body, an id), made fit for one line
/// of a message: a proxy or a broken gateway can send binary data, terminal escape sequences,
/// bidirectional overrides or megabytes of text, and none of that may reach the screen, the
/// history or a script reading `--json`.
enum AnswerText {
    /// The most characters of a gateway's own text that a message shows.
    static let maxCharacters = 200
    /// The longest receipt id taken; the gateways' ids are a few dozen characters.
    static let maxIDCharacters = 128

    /// True when `data` is not text: not UTF-8, or holding NUL or other control bytes besides
    /// tabs and line breaks (escape sequences in otherwise readable text do not count).
    static func isBinary(_ data: Data) -> Bool {
        guard String(data: data, encoding: .utf8) != nil else { return true }
        return data.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x1B }
    }

    /// `text` on one line: controls, format characters (bidirectional overrides), line breaks
    /// and runs of spaces become one space; cut to `limit` characters with "…".
    static func oneLine(_ text: String, limit: Int = maxCharacters) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isBlank(scalar) {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace { scalars.append(" ") }
            pendingSpace = false
            scalars.append(scalar)
        }
        let line = String(scalars)
        return line.count > limit ? String(line.prefix(limit)) + "…" : line
    }

    /// An id fit to show and store: not empty, not too long, nothing but visible characters.
    static func isUsableID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= maxIDCharacters && !id.unicodeScalars.contains { isBlank($0) || $0 == " " }
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        // Joiners stay: they hold emoji and some scripts together.
        if scalar.value == 0x200C || scalar.value == 0x200D { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator, .surrogate, .unassigned: return true
        default: return scalar == "\u{FFFD}"
        }
    }
}
