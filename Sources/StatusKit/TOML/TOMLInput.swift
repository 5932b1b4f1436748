import Foundation
import TOMLKit

/// The one way the program hands TOML to the parser: the config, theme files, and whatever TOML
/// file comes next (campaign plans) are read through here, never with `TOMLTable(string:)`
/// directly. The text must be UTF-8 without NUL bytes (TOMLKit passes it on as a C string, so a
/// NUL would silently end the file there) and pass `TOMLLexicalCheck`, which keeps from toml++
/// the malformed input its parser aborts on. Every failure names the file, the line and column,
/// what was wrong and how to fix it.
public enum TOMLInput {
    /// A config or a theme is a few kilobytes; a larger file is most likely the wrong one.
    public static let defaultByteLimit = 1 << 20

    /// Reads and parses a file. `kind` names it in messages ("config file", "theme file").
    public static func read(file path: String, kind: String, byteLimit: Int = defaultByteLimit) throws(TOMLFileError) -> TOMLTable {
        try parse(bytes(ofFile: path, kind: kind, byteLimit: byteLimit), origin: path, byteLimit: byteLimit)
    }

    /// A file's bytes, bounded, for a reader that parses them elsewhere (a theme is parsed in
    /// ComposerCore, which reads no files): hand them to `parse(_:origin:)`.
    public static func bytes(ofFile path: String, kind: String, byteLimit: Int = defaultByteLimit) throws(TOMLFileError) -> Data {
        switch BoundedFile.read(path, limit: byteLimit) {
        case .success(let data): return data
        case .failure(let failure): throw TOMLFileError(path: path, problem: "cannot read the \(kind): \(failure)")
        }
    }

    /// Parses bytes that came from `origin` (a path, for messages).
    public static func parse(_ data: Data, origin: String, byteLimit: Int = defaultByteLimit) throws(TOMLFileError) -> TOMLTable {
        if data.count > byteLimit {
            throw TOMLFileError(path: origin, problem: "\(BoundedFile.Failure.tooLarge(bytes: data.count, limit: byteLimit))")
        }
        let scalars: [Unicode.Scalar]
        switch UTF8Scalars.decode(data) {
        case .success(let decoded): scalars = decoded
        case .failure(let bad):
            throw bad.isNul
                ? TOMLFileError(path: origin, line: bad.line, column: bad.column, problem: "a NUL byte", fix: "is this a text file? remove it")
                : TOMLFileError(path: origin, line: bad.line, column: bad.column, problem: "bytes that are not UTF-8 text", fix: "save the file as UTF-8")
        }
        if let failure = TOMLLexicalCheck.check(scalars) {
            throw TOMLFileError(path: origin, line: failure.line, column: failure.column, problem: failure.problem, fix: failure.fix)
        }
        do {
            return try TOMLTable(string: String(String.UnicodeScalarView(scalars)))
        } catch let error as TOMLParseError {
            throw TOMLFileError(path: origin, line: error.source.begin.line, column: error.source.begin.column, problem: Self.plain(error.description))
        } catch {
            throw TOMLFileError(path: origin, problem: "not valid TOML (\(error))")
        }
    }

    /// Parses text already in memory.
    public static func parse(_ text: String, origin: String, byteLimit: Int = defaultByteLimit) throws(TOMLFileError) -> TOMLTable {
        try parse(Data(text.utf8), origin: origin, byteLimit: byteLimit)
    }

    /// toml++ says "Error while parsing key-value pair: expected value, saw '}'": the what is enough.
    static func plain(_ description: String) -> String {
        guard description.hasPrefix("Error while parsing "), let colon = description.range(of: ": ") else { return description }
        return String(description[colon.upperBound...])
    }
}
