import CSV
import Foundation
import StatusKit

/// Reads a CSV plan with yaslab/CSV.swift: RFC 4180 fields (separators, doubled quotes and line
/// breaks inside quotes), CRLF or LF. Chosen over swiftcsv/SwiftCSV 0.10.0 after trying both on
/// the same files: both read quoted multi-line fields with emoji, blank lines and `;`, but
/// SwiftCSV's writer does not quote a field holding a line break (a multi-line text would not
/// come back from export) and stops at a stray quote without saying where, while CSV.swift
/// writes what it reads (export uses its CSVWriter) and takes the separator detected here from
/// the header line. Written here: the UTF-8 check (with the line of the first bad byte), the BOM,
/// the separator, and the spreadsheet's row numbers (one per record, so a quoted multi-line
/// text is one row, as the spreadsheet shows it).
enum CSVPlanReader {
    static func read(_ data: Data, path: String) throws(PlanFileError) -> PlanFile {
        var scalars: [Unicode.Scalar]
        switch UTF8Scalars.decode(data) {
        case .success(let decoded): scalars = decoded
        case .failure(let bad):
            throw PlanFileError(
                path: path, problem: bad.isNul ? "a NUL byte on line \(bad.line)" : "line \(bad.line) holds bytes that are not UTF-8 text",
                fix: bad.isNul ? "is it a spreadsheet's CSV? save it again as CSV" : "save it again as CSV with the character set Unicode (UTF-8) (Excel: \"CSV UTF-8\")"
            )
        }
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let text = String(String.UnicodeScalarView(scalars))
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw PlanFileError(path: path, problem: "the file is empty", fix: "row 1 names the columns (\(Self.example)) and each row after it is one status")
        }
        let delimiter = separator(ofHeaderIn: scalars)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: delimiter, whitespaces: [])
        } catch {
            throw PlanFileError(path: path, problem: "cannot be read as CSV (\(error))", fix: "save it again as CSV from the spreadsheet")
        }
        var records: [[String]] = []
        var statuses = 0
        while let record = reader.next() {
            let cells = record.map { $0.replacingOccurrences(of: "\r\n", with: "\n") }
            if !records.isEmpty, !PlanHeader.isBlank(cells) { statuses += 1 }
            if statuses > PlanFile.rowLimit { throw tooManyRows(path) }
            records.append(cells)
        }
        if scalars.lazy.filter({ $0 == "\"" }).count % 2 == 1 {
            throw PlanFileError(
                path: path, problem: "row \(records.count): a quote (\") opens a cell that never closes",
                fix: "close the quote, or write a quote inside a quoted cell as two (\"\")"
            )
        }
        return try PlanHeader.rows(records, path: path, separator: delimiter)
    }

    /// `;` when the header line has more semicolons than commas (a spreadsheet set to Portuguese
    /// writes `;`), else `,`. Separators inside quotes do not count.
    static func separator(ofHeaderIn scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var semicolons = 0, commas = 0, quoted = false
        for scalar in scalars {
            if scalar == "\"" { quoted.toggle() }
            if quoted { continue }
            if scalar == "\n" || scalar == "\r" { break }
            if scalar == ";" { semicolons += 1 }
            if scalar == "," { commas += 1 }
        }
        return semicolons > commas ? ";" : ","
    }

    static let example = "when;accounts;type;text"

    static func tooManyRows(_ path: String) -> PlanFileError {
        PlanFileError(
            path: path, problem: "more than \(PlanFile.rowLimit) statuses",
            fix: "split the plan into files of at most \(PlanFile.rowLimit) rows and import each under its own --name"
        )
    }
}
