import Foundation
import GRDB

/// The way out of a damaged history file ("file is not a database", a disk that filled up
/// mid-write): the file is moved aside — kept, with the date in its name, for whoever wants to
/// dig in it — and a new, empty history starts in its place. Posting needs a journal, so until
/// then every post is refused; this is what the refusal points to.
public enum HistoryRepair {
    public struct Report: Sendable, Equatable {
        /// Where the damaged file now is; nil when there was nothing to repair.
        public let movedTo: String?
        /// Attempts still readable in the moved file, when any can be read.
        public let readableAttempts: Int?
        /// Why the file could not be opened.
        public let damage: String?
    }

    /// Moves a history that cannot be opened aside and starts a new one. A history that opens
    /// is left as it is (`movedTo` nil).
    public static func repair(path: String, now: Date = Date()) throws -> Report {
        guard FileManager.default.fileExists(atPath: path) else {
            _ = try HistoryStore(path: path)
            return Report(movedTo: nil, readableAttempts: nil, damage: nil)
        }
        let damage: String
        do {
            _ = try HistoryStore(path: path)
            return Report(movedTo: nil, readableAttempts: nil, damage: nil)
        } catch {
            damage = "\(error)"
        }
        let readable = countAttempts(path)
        let aside = asidePath(for: path, now: now)
        try FileManager.default.moveItem(atPath: path, toPath: aside)
        // SQLite's companions belong to the damaged file: moved with it, or the new history
        // would replay a stranger's write-ahead log.
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.moveItem(atPath: path + suffix, toPath: aside + suffix)
        }
        _ = try HistoryStore(path: path)
        return Report(movedTo: aside, readableAttempts: readable, damage: damage)
    }

    /// `history.sqlite` → `history.damaged-2026-03-01-093000.sqlite`, in the same folder.
    static func asidePath(for path: String, now: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd-HHmmss"
        let stamp = formatter.string(from: now)
        let url = URL(fileURLWithPath: path)
        let base = url.deletingPathExtension().lastPathComponent
        let ext = url.pathExtension.isEmpty ? "" : "." + url.pathExtension
        var candidate = url.deletingLastPathComponent().appendingPathComponent("\(base).damaged-\(stamp)\(ext)").path
        var number = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = url.deletingLastPathComponent().appendingPathComponent("\(base).damaged-\(stamp)-\(number)\(ext)").path
            number += 1
        }
        return candidate
    }

    /// How many attempts a damaged file still shows, read-only; nil when none can be read.
    static func countAttempts(_ path: String) -> Int? {
        var configuration = Configuration()
        configuration.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return nil }
        return try? queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM attempt") }
    }
}
