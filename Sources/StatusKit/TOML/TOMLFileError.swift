/// A file the program could not take as TOML: which file, where in it (1-based line and column,
/// columns counted in characters as an editor shows them), what was wrong and how to fix it.
public struct TOMLFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let line: Int?
    public let column: Int?
    public let problem: String
    public let fix: String?

    public init(path: String, line: Int? = nil, column: Int? = nil, problem: String, fix: String? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.problem = problem
        self.fix = fix
    }

    public var description: String {
        var text = path + ": "
        if let line { text += "line \(line)" + (column.map { ", column \($0)" } ?? "") + ": " }
        text += problem
        if let fix { text += "; " + fix }
        return text
    }
}
