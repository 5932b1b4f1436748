import StatusKit
import TOMLKit

/// Reads a TOML plan: an array of `[[status]]` tables whose keys are the CSV plan's columns.
/// The text goes through StatusKit's `TOMLInput` (the program's one TOML entry point). Lists
/// (`accounts = ["shop", "bakery"]`) and TOML dates and times are taken as well as strings.
enum TOMLPlanReader {
    static func read(path: String) throws(PlanFileError) -> PlanFile {
        let table: TOMLTable
        do {
            table = try TOMLInput.read(file: path, kind: "campaign plan", byteLimit: PlanFile.byteLimit)
        } catch {
            throw PlanFileError(path: path, problem: error.description.dropping(prefix: path + ": "), fix: "fix the TOML there (each status is a [[status]] table)")
        }
        if let key = table.keys.first(where: { $0 != "status" }) {
            throw PlanFileError(path: path, problem: "unknown top-level key \"\(key)\"", fix: "each status goes in a [[status]] table; nothing else belongs at the top")
        }
        guard let list = table["status"]?.array, !list.isEmpty else {
            throw PlanFileError(path: path, problem: "no [[status]] tables", fix: "write each status as a [[status]] table with when, accounts, type, text…")
        }
        if list.count > PlanFile.rowLimit { throw CSVPlanReader.tooManyRows(path) }
        var rows: [PlanRow] = []
        for (index, item) in list.enumerated() {
            let place = PlanRow.Place.status(index + 1)
            guard let entry = item.table else {
                throw PlanFileError(path: path, problem: "status #\(index + 1) is not a table", fix: "write each status as a [[status]] table")
            }
            var values: [PlanColumn: String] = [:]
            for key in entry.keys {
                guard let column = PlanColumn.named(key) else {
                    throw PlanFileError(
                        path: path, problem: "[[status]] \(index + 1): unknown key \"\(key)\"",
                        fix: "rename or remove it; known keys: \(PlanColumn.known)"
                    )
                }
                if values[column] != nil {
                    throw PlanFileError(path: path, problem: "[[status]] \(index + 1): \(column.rawValue) is given twice", fix: "keep one of them")
                }
                guard let value = entry[key], let text = plain(value) else {
                    throw PlanFileError(
                        path: path, problem: "[[status]] \(index + 1): \(key) is neither text, a number, true/false nor a list of text",
                        fix: "write it in quotes, e.g. \(key) = \"…\""
                    )
                }
                if !text.isEmpty { values[column] = text }
            }
            rows.append(PlanRow(place: place, values: values))
        }
        return PlanFile(path: path, rows: rows, problems: [])
    }

    /// The value as the CSV cell would hold it.
    private static func plain(_ value: TOMLValueConvertible) -> String? {
        let value = value.tomlValue
        switch value.type {
        case .string: return value.string
        case .int: return value.int.map(String.init)
        case .bool: return value.bool.map { $0 ? "true" : "false" }
        case .array:
            guard let items = value.array?.map({ $0.tomlValue.string }), !items.contains(nil) else { return nil }
            return items.compactMap { $0 }.joined(separator: "; ")
        case .date: return value.date.map { date(of: $0) }
        case .dateTime:
            // Read as the wall-clock time it shows, in the schedule's zone, as a CSV cell is.
            guard let stamp = value.dateTime else { return nil }
            return date(of: stamp.date) + " " + two(stamp.time.hour) + ":" + two(stamp.time.minute)
        case .time: return value.time.map { two($0.hour) + ":" + two($0.minute) }
        default: return nil
        }
    }

    private static func date(of day: TOMLDate) -> String {
        String(format: "%04d-%@-%@", day.year, two(day.month), two(day.day))
    }

    private static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}

extension String {
    func dropping(prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
}
