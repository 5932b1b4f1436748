/// A config problem, as lines that each name the file, the account, the key and the fix.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    public let problems: [String]

    public init(_ problems: [String]) { self.problems = problems }
    public init(_ problem: String) { problems = [problem] }

    public var description: String { problems.joined(separator: "\n") }
}
