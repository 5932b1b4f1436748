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
        // Before the library reads it: a quote it would take silently (swallowing the rows after
        // it, or dropping a character) is refused with its row.
        if let problem = quoteProblem(in: scalars, separator: delimiter) {
            throw PlanFileError(path: path, problem: problem, fix: "close the quote, or write a quote inside a quoted cell as two (\"\")")
        }
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

    /// A quote the CSV rules do not allow, with the row it is on: one opening a cell (its first
    /// character) that never closes, or one inside a quoted cell that is neither doubled nor
    /// followed by the separator or the end of the line. A quote inside an unquoted cell
    /// (`12" pizza`) is text, as the library reads it.
    static func quoteProblem(in scalars: [Unicode.Scalar], separator: Unicode.Scalar) -> String? {
        var row = 1, openedOn = 1
        var quoted = false, cellStart = true
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if quoted {
                if scalar == "\"" {
                    let next = index + 1 < scalars.count ? scalars[index + 1] : nil
                    if next == "\"" {
                        index += 2
                        continue
                    }
                    guard next == nil || next == separator || next == "\n" || next == "\r" else {
                        // On a later row than its cell's opening quote, the opening one is what to
                        // look at first (a quote left open swallows the rows after it).
                        return row == openedOn
                            ? "row \(row): a quote (\") inside a quoted cell is not doubled (\"\")"
                            : "row \(openedOn): a quote (\") opens a cell that never closes"
                    }
                    quoted = false
                } else if scalar == "\n" {
                    row += 1
                }
            } else if scalar == "\"" && cellStart {
                quoted = true
                openedOn = row
            } else if scalar == "\n" {
                row += 1
            }
            cellStart = !quoted && (scalar == separator || scalar == "\n" || scalar == "\r")
            index += 1
        }
        return quoted ? "row \(openedOn): a quote (\") opens a cell that never closes" : nil
    }

    static let example = "when;accounts;type;text"

    static func tooManyRows(_ path: String) -> PlanFileError {
        PlanFileError(
            path: path, problem: "more than \(PlanFile.rowLimit) statuses",
            fix: "split the plan into files of at most \(PlanFile.rowLimit) rows and import each under its own --name"
        )
    }
}
