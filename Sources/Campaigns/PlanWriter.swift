import CSV
import Foundation
import TOMLKit

/// Writes plan rows back out as a file `PlanFile.read` takes again: CSV through CSV.swift's
/// writer (RFC 4180 quoting, CRLF, `,`) with a header of the columns in use, or TOML `[[status]]`
/// tables through TOMLKit (lists for accounts and numbers, a number for jitter, true/false for
/// voice).
public enum PlanWriter {
    public static func csv(_ rows: [[PlanColumn: String]]) -> String {
        let columns = PlanColumn.allCases.filter { column in rows.contains { $0[column] != nil } }
        let stream = OutputStream.toMemory()
        // Writing to memory cannot fail; the writer's throws are for files.
        guard let writer = try? CSVWriter(stream: stream, delimiter: ",", newline: .crlf) else { return "" }
        try? writer.write(row: columns.map(\.rawValue))
        for row in rows {
            try? writer.write(row: columns.map { row[$0] ?? "" })
        }
        stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\r\n"
    }

    public static func toml(_ rows: [[PlanColumn: String]]) -> String {
        let statuses = TOMLArray()
        for row in rows {
            let table = TOMLTable()
            for (column, value) in row.sorted(by: { $0.key < $1.key }) {
                table[column.rawValue] = tomlValue(value, for: column)
            }
            statuses.append(table)
        }
        let document = TOMLTable()
        document["status"] = statuses
        return document.convert(to: .toml) + "\n"
    }

    private static func tomlValue(_ value: String, for column: PlanColumn) -> TOMLValueConvertible {
        switch column {
        case .accounts:
            return TOMLArray(PlanValues.list(value))
        case .to:
            return TOMLArray(PlanValues.numbers(value))
        case .jitter:
            return Int(value).map { $0 as TOMLValueConvertible } ?? value
        case .voice:
            return value == "true" ? true : value == "false" ? false : value as TOMLValueConvertible
        default:
            return value
        }
    }
}
