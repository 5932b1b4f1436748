import GRDB

extension HistoryStore {
    /// SQLite's own check of the file (`PRAGMA quick_check`), for `doctor`: empty when the
    /// journal is whole, else what SQLite found.
    public func integrityProblems() throws -> [String] {
        let lines = try pool.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
        return lines == ["ok"] ? [] : lines
    }
}
