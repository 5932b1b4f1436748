import Foundation
import GRDB
import StatusKit

/// Campaigns: items stored together under one name (`campaign import`), followed and steered
/// as one thing.
extension ScheduleStore {
    /// A campaign's items counted by state, and its next time.
    public struct CampaignSummary: Sendable, Equatable {
        public let name: String
        public var counts: [ScheduleState: Int]
        /// The soonest time one of its items is due; nil when none is to come.
        public var next: Date?
        public var total: Int { counts.values.reduce(0, +) }
    }

    /// A campaign name is already in use and the import does not replace it.
    public struct CampaignExists: Error, Sendable, Equatable, CustomStringConvertible {
        public let name: String
        public let items: Int
        public var description: String { "a campaign named \"\(name)\" already exists (\(items) items)" }
    }

    /// Every campaign with its counts, soonest next time first (those with nothing to come last).
    public func campaigns() throws -> [CampaignSummary] {
        let rows = try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT campaign, state, COUNT(*) AS count, MIN(CASE WHEN state IN ('scheduled', 'paused', 'posting') THEN next END) AS next
                FROM schedule WHERE campaign IS NOT NULL GROUP BY campaign, state
                """)
        }
        var found: [String: CampaignSummary] = [:]
        for row in rows {
            let name: String = row["campaign"]
            var summary = found[name] ?? CampaignSummary(name: name, counts: [:], next: nil)
            if let state = ScheduleState(rawValue: row["state"]) { summary.counts[state, default: 0] += row["count"] as Int }
            if let next: Date = row["next"] {
                summary.next = min(summary.next ?? next, next)
            }
            found[name] = summary
        }
        return found.values.sorted { ($0.next ?? .distantFuture, $0.name) < ($1.next ?? .distantFuture, $1.name) }
    }

    /// Stores a campaign's items in one transaction, all or none. A name in use is refused
    /// (`CampaignExists`) unless `replacing`: then the old items not posted yet are cancelled in
    /// the same transaction (those posting finish; what was posted stays in the history).
    @discardableResult
    public func addCampaign(_ items: [ScheduledItem], named name: String, replacing: Bool, now: Date = Date()) throws -> [ScheduledItem] {
        var removable: [String] = []
        let stored = try addAll(items.map { item in
            var item = item
            item.campaign = name
            return item
        }) { db in
            let old = try ScheduledItem.filter(Column("campaign") == name).fetchAll(db)
            guard !old.isEmpty else { return }
            guard replacing else { throw CampaignExists(name: name, items: old.count) }
            let active = old.filter(\.state.isActive).compactMap(\.id)
            removable = try Self.change(db, ids: active, now: now, rule: Self.cancelling).removable
        }
        for copy in removable { media.remove(copy) }
        return stored
    }

    /// The ids of a campaign's items, soonest first.
    public func ids(ofCampaign name: String) throws -> [Int64] {
        try pool.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM schedule WHERE campaign = ? ORDER BY next IS NULL, next, id", arguments: [name])
        }
    }
}

extension ScheduleStore {
    /// What a campaign's posts did, per account: one (account, attempt state) per attempt made
    /// for one of its items (a repeating item counts each occurrence).
    public func campaignAttempts(_ name: String) throws -> [(account: String, state: AttemptRecord.State)] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT attempt.account AS account, attempt.state AS state FROM attempt
                JOIN schedule_run ON attempt.scheduleRun = schedule_run.id
                JOIN schedule ON schedule_run.scheduleId = schedule.id
                WHERE schedule.campaign = ?
                """, arguments: [name]).compactMap { row in
                AttemptRecord.State(rawValue: row["state"]).map { (account: row["account"], state: $0) }
            }
        }
    }
}
