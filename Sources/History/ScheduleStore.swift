import Foundation
import GRDB
import StatusKit

/// Scheduled items and their occurrences, in the history's database (same file, same pool).
/// Every write moves `revision()`, so a runner or a composer notices other programs' changes.
public final class ScheduleStore: Sendable {
    let pool: DatabasePool
    public let history: HistoryStore
    let media: ScheduledMedia

    /// Media copies go in `scheduled-media/` beside the history file.
    public init(history: HistoryStore) throws {
        self.history = history
        pool = history.pool
        media = ScheduledMedia(folder: (history.path as NSString).deletingLastPathComponent + "/scheduled-media")
        // Every committed schedule write wakes the runners and composers watching the folder.
        pool.add(
            transactionObserver: ScheduleCommitSignal(stateFolder: (history.path as NSString).deletingLastPathComponent),
            extent: .databaseLifetime
        )
    }

    public var mediaFolder: String { media.folder }

    /// Stores a new item (its `id` is ignored), copying a local media file first.
    @discardableResult
    public func add(_ item: ScheduledItem) throws -> ScheduledItem {
        try addAll([item])[0]
    }

    /// Stores several items in one transaction (a campaign): all or none. `before` runs first in
    /// the same transaction (a campaign's name check); what it throws stores nothing.
    @discardableResult
    public func addAll(_ items: [ScheduledItem], before: (Database) throws -> Void = { _ in }) throws -> [ScheduledItem] {
        var prepared: [ScheduledItem] = []
        do {
            for item in items {
                var copy = item
                copy.id = nil
                copy.mediaCopy = try media.copy(for: item.draft)
                prepared.append(copy)
            }
            return try pool.write { db in
                try before(db)
                let stored = try prepared.map { item in
                    var item = item
                    try item.insert(db)
                    return item
                }
                try Self.bumpRevision(db)
                return stored
            }
        } catch {
            for item in prepared { media.remove(item.mediaCopy) }
            throw error
        }
    }

    /// Items soonest first (finished ones, with no next time, last by id); only those still to
    /// come unless `includeFinished`; optionally those of one account or one campaign.
    public func items(includeFinished: Bool = false, account: String? = nil, campaign: String? = nil) throws -> [ScheduledItem] {
        let (filter, arguments) = Self.filter(includeFinished: includeFinished, account: account, campaign: campaign)
        return try pool.read { db in
            try ScheduledItem.fetchAll(db, sql: "SELECT * FROM schedule \(filter) ORDER BY next IS NULL, next, id", arguments: arguments)
        }
    }

    /// The composer's agenda: what is to come, every campaign's items (their progress counts
    /// them all), and what else finished since `since`, soonest first.
    public func agenda(finishedSince since: Date) throws -> [ScheduledItem] {
        try pool.read { db in
            try ScheduledItem.fetchAll(db, sql: """
                SELECT * FROM schedule
                WHERE state IN ('scheduled', 'paused', 'posting') OR campaign IS NOT NULL OR updatedAt >= ?
                ORDER BY next IS NULL, next, id
                """, arguments: [StoredDate.text(of: since)])
        }
    }

    /// The WHERE clause `items` and `listing` share.
    static func filter(includeFinished: Bool, account: String?, campaign: String?) -> (String, StatementArguments) {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if !includeFinished {
            conditions.append("state IN ('scheduled', 'paused', 'posting')")
        }
        if let account {
            conditions.append("instr(char(10) || accounts || char(10), char(10) || ? || char(10)) > 0")
            arguments += [account]
        }
        if let campaign {
            conditions.append("campaign = ?")
            arguments += [campaign]
        }
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), arguments)
    }

    public func item(id: Int64) throws -> ScheduledItem? {
        try pool.read { db in try ScheduledItem.fetchOne(db, key: id) }
    }

    /// The item's occurrences, oldest first.
    public func runs(of id: Int64) throws -> [ScheduleRun] {
        try pool.read { db in
            try ScheduleRun.filter(Column("scheduleId") == id).order(Column("dueAt"), Column("id")).fetchAll(db)
        }
    }

    /// The attempts made for one occurrence, with their receipts, in the order they began.
    public func attempts(ofRun run: Int64) throws -> [AttemptRecord] {
        try pool.read { db in
            try AttemptRecord.filter(Column("scheduleRun") == run).order(Column("startedAt"), Column("id")).fetchAll(db)
        }
    }

    /// Scheduled items due at or before `date`, soonest first (the runner's work).
    public func due(upTo date: Date) throws -> [ScheduledItem] {
        try pool.read { db in
            try ScheduledItem.fetchAll(
                db, sql: "SELECT * FROM schedule WHERE state = 'scheduled' AND next <= ? ORDER BY next, id",
                arguments: [StoredDate.text(of: date)])
        }
    }

    /// The soonest time a scheduled item is due, nil when none is (the runner sleeps until it).
    public func nextDueTime() throws -> Date? {
        try pool.read { db in
            try Date.fetchOne(db, sql: "SELECT next FROM schedule WHERE state = 'scheduled' AND next IS NOT NULL ORDER BY next LIMIT 1")
        }
    }

    /// How many items are in `state`.
    public func count(in state: ScheduleState) throws -> Int {
        try pool.read { db in try ScheduledItem.filter(Column("state") == state.rawValue).fetchCount(db) }
    }

    /// A number that changes on every schedule write, by this program or another.
    public func revision() throws -> Int64 {
        try pool.read { db in try Int64.fetchOne(db, sql: "SELECT value FROM schedule_revision WHERE id = 1") ?? 0 }
    }

    static func bumpRevision(_ db: Database) throws {
        try db.execute(sql: "UPDATE schedule_revision SET value = value + 1 WHERE id = 1")
    }
}
