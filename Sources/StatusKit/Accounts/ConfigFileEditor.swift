import Foundation
#if canImport(Glibc)
import Glibc
#endif
import TOMLKit

/// Adds and removes `[[account]]` blocks in the config as text, so every other line and comment
/// stays exactly as the user wrote it (TOMLKit would re-serialise the whole file without its
/// comments). The result is read back through `ConfigLoader` before it replaces the file, and
/// the file is replaced atomically (a new file renamed over the old one).
public struct ConfigFileEditor {
    public let path: String
    public let environment: [String: String]

    public init(path: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.path = path
        self.environment = environment
    }

    /// The file's text; empty when there is no file yet.
    public func currentText() throws(ConfigError) -> String {
        guard FileManager.default.fileExists(atPath: path) else { return "" }
        do {
            return String(decoding: try TOMLInput.bytes(ofFile: path, kind: "config file"), as: UTF8.self)
        } catch {
            throw ConfigError(error.description)
        }
    }

    /// The account names in `text`, read by the TOML parser (the file must parse).
    public func accountNames(in text: String) throws(ConfigError) -> [String] {
        try Self.accountTables(in: text, origin: path).compactMap { $0["name"]?.string }
    }

    static func accountTables(in text: String, origin: String) throws(ConfigError) -> [TOMLTable] {
        guard !text.isEmpty else { return [] }
        do {
            let table = try TOMLInput.parse(text, origin: origin)
            return table["account"]?.array?.compactMap(\.table) ?? []
        } catch {
            throw ConfigError(error.description)
        }
    }

    /// `text` with `block` at its end, after one blank line.
    public static func appending(_ block: String, to text: String) -> String {
        if text.isEmpty { return "# status-composer config: see README.md (Config).\n\n" + block }
        let separator = text.hasSuffix("\n\n") ? "" : text.hasSuffix("\n") ? "\n" : "\n\n"
        return text + separator + block
    }

    /// The block of account `name`: its `[[account]]` line to its last line of keys, without the
    /// comments and blank lines before the next table (those describe the next one).
    public struct Block {
        public let lines: Range<Int>
        public let table: TOMLTable
    }

    public func block(named name: String, in text: String) throws(ConfigError) -> Block? {
        let lines = Self.lines(text)
        let headers = lines.indices.filter { lines[$0].trimmingCharacters(in: .whitespaces).hasPrefix("[") }
        for (position, start) in headers.enumerated() where Self.isAccountHeader(lines[start]) {
            let next = position + 1 < headers.count ? headers[position + 1] : lines.count
            var end = next
            while end > start + 1, Self.isBlankOrComment(lines[end - 1]) { end -= 1 }
            let blockText = lines[start..<end].joined(separator: "\n")
            guard let table = try Self.accountTables(in: blockText, origin: path).first else { continue }
            if table["name"]?.string?.trimmingCharacters(in: .whitespaces) == name { return Block(lines: start..<end, table: table) }
        }
        return nil
    }

    /// `text` without the lines of `block` (and the blank line that followed it).
    public static func removing(_ block: Block, from text: String) -> String {
        var lines = lines(text)
        var end = block.lines.upperBound
        if end < lines.count, lines[end].trimmingCharacters(in: .whitespaces).isEmpty { end += 1 }
        lines.removeSubrange(block.lines.lowerBound..<end)
        return lines.joined(separator: "\n")
    }

    /// Checks `newText` as the config would be read, then puts it in place of the file. Problems
    /// the file already had (an unset variable of another account) are not the new text's fault;
    /// any other problem refuses the change and leaves the file as it was.
    public func replace(with newText: String, allowingNoAccounts: Bool = false) throws(ConfigError) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw ConfigError("\(folder): cannot create the config folder: \(error.localizedDescription)")
        }
        let existing = FileStatus(path: path)?.permissions
        let temporary = folder + "/.\((path as NSString).lastPathComponent).new-\(getpid())"
        defer { unlink(temporary) }
        try Self.write(newText, to: temporary, mode: existing ?? 0o600)
        let before = problems(of: path)
        let after = problems(of: temporary).map { $0.replacingOccurrences(of: temporary, with: path) }
        let noAccounts = "\(path): no [[account]] tables; add one (see README.md)"
        let added = after.filter { !before.contains($0) && !(allowingNoAccounts && $0 == noAccounts) }
        guard added.isEmpty else {
            throw ConfigError(["\(path): the change was not saved, the file is as it was:"] + added)
        }
        guard rename(temporary, path) == 0 else {
            throw ConfigError("\(path): cannot replace the file: \(String(cString: strerror(errno)))")
        }
    }

    private func problems(of file: String) -> [String] {
        guard FileManager.default.fileExists(atPath: file) else { return [] }
        do {
            _ = try ConfigLoader.loadWithSettings(path: file, environment: environment)
            return []
        } catch {
            return error.problems
        }
    }

    /// Writes and flushes a new file with `mode` from the start (never readable by others).
    static func write(_ text: String, to path: String, mode: Int) throws(ConfigError) {
        unlink(path)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(mode))
        guard descriptor >= 0 else { throw ConfigError("\(path): cannot write: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        fchmod(descriptor, mode_t(mode))
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { throw ConfigError("\(path): cannot write: \(String(cString: strerror(errno)))") }
            written += count
        }
        guard fsync(descriptor) == 0 else { throw ConfigError("\(path): cannot write: \(String(cString: strerror(errno)))") }
    }

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func isAccountHeader(_ line: String) -> Bool {
        let compact = line.split(separator: "#", maxSplits: 1).first.map { $0.filter { !$0.isWhitespace } } ?? ""
        return compact == "[[account]]"
    }

    static func isBlankOrComment(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || trimmed.hasPrefix("#")
    }
}
