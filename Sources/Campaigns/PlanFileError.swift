/// A plan file that cannot be read at all (nothing of it is stored): which file, what is wrong
/// with it and what to do.
public struct PlanFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let problem: String
    public let fix: String

    public init(path: String, problem: String, fix: String) {
        self.path = path
        self.problem = problem
        self.fix = fix
    }

    public var description: String { "\(path): \(problem); \(fix)" }
}
