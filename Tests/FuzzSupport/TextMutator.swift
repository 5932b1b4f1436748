/// Seeded edits of a valid text — a piece inserted, a few characters removed, a stretch copied
/// elsewhere — so a fuzz run starts from files people write and breaks them the way typing does.
public enum TextMutator {
    /// Characters and words that matter to TOML and JSON, and a few that trip parsers (accents,
    /// an emoji, control characters, a no-break space).
    public static let structuralPieces = [
        "[", "]", "[[", "]]", "{", "}", ",", "=", ".", ":", "\"", "'", "\"\"\"", "'''", "#", "\n", " ", "\t", "\r", "\u{0B}",
        "\\", "\\u", "é", "ó", "ã", "😀", "1", "0x", "e", "+", "-", "T", "Z", "_", "inf", "true", "null", "1979-05-27",
        " 0", "07:32:00", "\u{01}", "\u{7F}", "\u{A0}", "\u{FEFF}", "a",
    ]

    public static func mutate(_ text: String, pieces: [String] = structuralPieces, edits: ClosedRange<Int> = 1...4, using random: inout SeededGenerator) -> String {
        var scalars = Array(text.unicodeScalars)
        for _ in 0..<Int.random(in: edits, using: &random) {
            let at = Int.random(in: 0...scalars.count, using: &random)
            switch Int.random(in: 0..<3, using: &random) {
            case 0:
                scalars.insert(contentsOf: pieces.randomElement(using: &random)!.unicodeScalars, at: at)
            case 1:
                if at < scalars.count { scalars.removeSubrange(at..<min(scalars.count, at + Int.random(in: 1...3, using: &random))) }
            default:
                let from = Int.random(in: 0...scalars.count, using: &random)
                scalars.insert(contentsOf: scalars[from..<min(scalars.count, from + Int.random(in: 0...20, using: &random))], at: at)
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
