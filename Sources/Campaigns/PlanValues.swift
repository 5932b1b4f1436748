/// How a plan's cells hold more than one value: account names and numbers separated by `;`,
/// `,` or blanks, however a spreadsheet user typed them.
public enum PlanValues {
    public static func list(_ cell: String) -> [String] {
        cell.split(whereSeparator: { $0 == ";" || $0 == "," || $0.isWhitespace }).map(String.init)
    }

    /// The form export writes (and import reads back to the same list).
    public static func cell(_ items: [String]) -> String {
        items.joined(separator: " ")
    }
}
