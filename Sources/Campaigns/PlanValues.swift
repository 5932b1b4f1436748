import StatusKit

/// How a plan's cells hold more than one value: account names and numbers separated by `;`,
/// `,` or blanks, however a spreadsheet user typed them.
public enum PlanValues {
    public static func list(_ cell: String) -> [String] {
        cell.split(whereSeparator: { $0 == ";" || $0 == "," || $0.isWhitespace }).map(String.init)
    }

    /// Numbers of an audience: separated by `;`, `,` or line breaks, and by blanks unless
    /// the blanks are inside one number as people write it (`+55 11 99999-0001`): a piece
    /// that is one number whole, and not several numbers apart, stays whole.
    public static func numbers(_ cell: String) -> [String] {
        cell.split(whereSeparator: { $0 == ";" || $0 == "," || $0.isNewline }).flatMap { piece -> [String] in
            let words = piece.split(whereSeparator: \.isWhitespace).map(String.init)
            guard words.count > 1 else { return words }
            let whole = piece.trimmingCharacters(in: .whitespaces)
            let apart = words.allSatisfy { if case .success = AudienceMember.parse($0) { true } else { false } }
            if !apart, case .success = AudienceMember.parse(whole) { return [whole] }
            return words
        }
    }

    /// The form export writes for names (and import reads back to the same list).
    public static func cell(_ items: [String]) -> String {
        items.joined(separator: " ")
    }

    /// The form export writes for numbers, which may hold blanks themselves.
    public static func numbersCell(_ items: [String]) -> String {
        items.joined(separator: "; ")
    }
}
