/// Turns a CSV file's records into plan rows by the header's names: any order, any case,
/// English or Portuguese. A header that names no column, names one twice or names an unknown
/// one stops the whole file; a cell beyond the named columns is a problem of its row.
enum PlanHeader {
    static func rows(_ records: [[String]], path: String, separator: Unicode.Scalar) throws(PlanFileError) -> PlanFile {
        guard let header = records.first else {
            throw PlanFileError(path: path, problem: "the file is empty", fix: "row 1 names the columns (\(CSVPlanReader.example))")
        }
        let columns = try columns(of: header, path: path, separator: separator)
        var rows: [PlanRow] = []
        var problems: [PlanProblem] = []
        for (index, record) in records.enumerated().dropFirst() where !isBlank(record) {
            let place = PlanRow.Place.row(index + 1)
            var values: [PlanColumn: String] = [:]
            for (position, cell) in record.enumerated() {
                let value = cell.trimmingCharacters(in: .whitespaces)
                if value.isEmpty { continue }
                if position < columns.count, let column = columns[position] {
                    values[column] = value
                } else {
                    problems.append(PlanProblem(
                        place: "row \(index + 1)", column: "column \(position + 1)", value: value,
                        rule: "a cell under no column name; name the column in row 1 or empty the cell"
                    ))
                }
            }
            rows.append(PlanRow(place: place, values: values))
        }
        return PlanFile(path: path, rows: rows, problems: problems)
    }

    /// A row with nothing in it (a spreadsheet saves emptied rows as `;;;;`): skipped, numbers kept.
    static func isBlank(_ record: [String]) -> Bool {
        record.allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    /// The column of each position of the header; nil for a blank header cell.
    private static func columns(of header: [String], path: String, separator: Unicode.Scalar) throws(PlanFileError) -> [PlanColumn?] {
        let names = header.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let columns = names.map(PlanColumn.named)
        let unknown = zip(names, columns).filter { !$0.0.isEmpty && $0.1 == nil }.map(\.0)
        if columns.allSatisfy({ $0 == nil }) || (!columns.contains(.when) && !unknown.isEmpty) {
            let shown = names.prefix(4).map { "\"\($0)\"" }.joined(separator: String(separator))
            throw PlanFileError(
                path: path, problem: "no header row: row 1 (\(shown)) names no column",
                fix: "insert a row 1 that names the columns, e.g. \(CSVPlanReader.example); known columns: \(PlanColumn.known)"
            )
        }
        if !unknown.isEmpty {
            throw PlanFileError(
                path: path, problem: "row 1 names unknown column\(unknown.count == 1 ? "" : "s") \(unknown.map { "\"\($0)\"" }.joined(separator: ", "))",
                fix: "rename or remove \(unknown.count == 1 ? "it" : "them"); known columns: \(PlanColumn.known)"
            )
        }
        for (position, column) in columns.enumerated() {
            guard let column, let first = columns.firstIndex(of: column), first < position else { continue }
            throw PlanFileError(
                path: path, problem: "row 1 names the column \(column.rawValue) twice (\"\(names[first])\" in column \(first + 1), \"\(names[position])\" in column \(position + 1))",
                fix: "keep one of them"
            )
        }
        if !columns.contains(.when) {
            throw PlanFileError(
                path: path, problem: "row 1 names no when (quando) column",
                fix: "add one: each status's time as YYYY-MM-DD HH:MM, HH:MM or next-slot"
            )
        }
        return columns
    }
}
