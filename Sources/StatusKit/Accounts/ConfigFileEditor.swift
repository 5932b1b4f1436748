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

    /// The file's text and the account names in it (the file must parse).
    public func current() throws(ConfigError) -> (text: String, names: [String]) {
        let text = try currentText()
        return (text, try accountNames(in: text))
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

    /// Checks `newText` as the config would be read, then puts it in place of the file, whose
    /// text was `oldText` (`currentText()`). Problems the old text already had (an unset
    /// variable of another account) are not the new text's fault; any other problem refuses
    /// the change and leaves the file as it was. Both are checked in memory.
    public func replace(_ oldText: String, with newText: String, allowingNoAccounts: Bool = false) throws(ConfigError) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw ConfigError("\(folder): cannot create the config folder: \(error.localizedDescription)")
        }
        let mode = FileStatus(path: path)?.permissions ?? 0o600
        let before = oldText.isEmpty ? [] : problems(of: oldText, mode: mode)
        let noAccounts = "\(path): no [[account]] tables; add one (see README.md)"
        let added = problems(of: newText, mode: mode).filter { !before.contains($0) && !(allowingNoAccounts && $0 == noAccounts) }
        guard added.isEmpty else {
            throw ConfigError(["\(path): the change was not saved, the file is as it was:"] + added)
        }
        try PrivateFile.replace(path, with: newText, mode: mode)
    }

    private func problems(of text: String, mode: Int) -> [String] {
        let table: TOMLTable
        do {
            table = try TOMLInput.parse(text, origin: path)
        } catch {
            return [error.description]
        }
        do {
            _ = try ConfigLoader.loadWithSettings(table: table, path: path, mode: mode, environment: environment)
            return []
        } catch {
            return error.problems
        }
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
