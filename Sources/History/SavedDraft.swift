import Foundation
import GRDB
import StatusKit

/// The composer's draft as last saved: what the form held and which accounts were chosen, so a
/// dropped SSH connection or a closed window loses nothing.
public struct SavedDraft: Codable, Sendable, Equatable {
    public var draft: StatusDraft
    public var accounts: [String]
    public var savedAt: Date

    public init(draft: StatusDraft, accounts: [String], savedAt: Date = Date()) {
        self.draft = draft
        self.accounts = accounts
        self.savedAt = savedAt
    }
}

extension HistoryStore {
    static func registerDraftMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2: draft") { db in
            try db.create(table: "draft") { table in
                table.primaryKey("slot", .integer)
                table.column("json", .text).notNull()
                table.column("savedAt", .datetime).notNull()
            }
        }
    }

    /// Keeps one draft (the composer's current one), replacing the last.
    public func saveDraft(_ saved: SavedDraft) throws {
        let json = String(decoding: try JSONEncoder().encode(saved), as: UTF8.self)
        try pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO draft (slot, json, savedAt) VALUES (1, ?, ?)", arguments: [json, saved.savedAt])
        }
    }

    public func loadDraft() throws -> SavedDraft? {
        let json = try pool.read { db in try String.fetchOne(db, sql: "SELECT json FROM draft WHERE slot = 1") }
        guard let json else { return nil }
        return try? JSONDecoder().decode(SavedDraft.self, from: Data(json.utf8))
    }
}
