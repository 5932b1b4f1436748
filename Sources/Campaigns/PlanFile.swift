import Foundation
import StatusKit

/// A campaign plan read from a file: its rows as given, and the cells no column names. Reading
/// stops at the first thing that makes the whole file unusable (not UTF-8, no header, a column
/// named twice or unknown, more than `rowLimit` statuses), naming the file and what to do.
public struct PlanFile: Sendable {
    public let path: String
    public let rows: [PlanRow]
    public let problems: [PlanProblem]

    /// A week of statuses on many numbers is hundreds of rows; more than this is the wrong file.
    public static let rowLimit = 10_000
    /// 10,000 rows of long texts fit easily; a bigger file is refused before it is read.
    public static let byteLimit = 32 << 20

    public init(path: String, rows: [PlanRow], problems: [PlanProblem]) {
        self.path = path
        self.rows = rows
        self.problems = problems
    }

    /// Reads `path` by its extension: `.csv` or `.toml`.
    public static func read(path: String) throws(PlanFileError) -> PlanFile {
        switch PathText.pathExtension(path).lowercased() {
        case "csv":
            switch BoundedFile.read(path, limit: byteLimit) {
            case .success(let data): return try CSVPlanReader.read(data, path: path)
            case .failure(let failure): throw PlanFileError(path: path, problem: "cannot read it: \(failure)", fix: "give the path of the plan's .csv or .toml file")
            }
        case "toml":
            return try TOMLPlanReader.read(path: path)
        default:
            throw PlanFileError(path: path, problem: "neither .csv nor .toml", fix: "save the plan as CSV from the spreadsheet (or write it as TOML) and name the file so")
        }
    }

    /// Reads CSV text already in memory (`origin` names it in messages).
    public static func readCSV(_ data: Data, origin: String) throws(PlanFileError) -> PlanFile {
        try CSVPlanReader.read(data, path: origin)
    }
}
