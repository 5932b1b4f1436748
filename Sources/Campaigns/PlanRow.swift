/// One status of a plan as the file gives it, before any checking: where it is (the row number
/// a spreadsheet shows, the header being row 1; or the n-th `[[status]]` table) and its values
/// by column, blank cells left out.
public struct PlanRow: Sendable, Equatable {
    public enum Place: Sendable, Equatable {
        case row(Int)
        case status(Int)
    }

    public let place: Place
    public var values: [PlanColumn: String]

    public init(place: Place, values: [PlanColumn: String]) {
        self.place = place
        self.values = values
    }

    public subscript(column: PlanColumn) -> String? { values[column] }

    /// "row 7" or "[[status]] 3", as messages name it.
    public var label: String {
        switch place {
        case .row(let number): return "row \(number)"
        case .status(let number): return "[[status]] \(number)"
        }
    }
}
