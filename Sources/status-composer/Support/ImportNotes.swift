import Campaigns

/// A plan's notes (warnings that do not stop the import), each said once with the rows it
/// applies to: the same colour on 500 rows for a Z-API account is one line, not 500.
enum ImportNotes {
    /// `note: rows 2, 3, 5–9 (7 rows): shop (Z-API): color: …`, in the order the notes first
    /// appear.
    static func lines(_ planned: [CampaignPlanner.PlannedRow]) -> [String] {
        var order: [String] = []
        var places: [String: [PlanRow.Place]] = [:]
        for row in planned {
            for note in row.notes {
                if places[note] == nil { order.append(note) }
                places[note, default: []].append(row.row.place)
            }
        }
        return order.map { note in "note: \(describe(places[note] ?? [])): \(note)" }
    }

    /// `row 7`, or `rows 2, 3, 5–9 (7 rows)`: runs of consecutive numbers as ranges, at most 8
    /// pieces.
    static func describe(_ places: [PlanRow.Place]) -> String {
        if places.count == 1, let only = places.first {
            switch only {
            case .row(let number): return "row \(number)"
            case .status(let number): return "[[status]] \(number)"
            }
        }
        var numbers: [Int] = []
        var word = "rows"
        for place in places {
            switch place {
            case .row(let number): numbers.append(number)
            case .status(let number):
                numbers.append(number)
                word = "[[status]]"
            }
        }
        var runs: [ClosedRange<Int>] = []
        for number in numbers.sorted() {
            if let last = runs.last, number <= last.upperBound + 1 {
                runs[runs.count - 1] = last.lowerBound...max(last.upperBound, number)
            } else {
                runs.append(number...number)
            }
        }
        let pieces = runs.prefix(8).map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)" }
        let more = runs.count > 8 ? ", …" : ""
        return "\(word) \(pieces.joined(separator: ", "))\(more) (\(numbers.count) \(word == "rows" ? "rows" : "tables"))"
    }
}
