import Foundation
import GRDB
import StatusKit

/// The user's changes to scheduled items: pause, resume, cancel, and editing one.
extension ScheduleStore {
    /// Pauses scheduled items; an item being posted or finished is refused.
    public func pause(ids: [Int64], now: Date = Date()) throws -> [ScheduleChange] {
        try change(ids: ids, now: now) { $0.state == .scheduled ? .paused : nil }
    }

    /// Sets paused items back to scheduled with their due time kept. One whose time has passed
    /// is then due at once: the runner posts it if it is still within its grace, else records it
    /// as missed (the grace is the runner's).
    public func resume(ids: [Int64], now: Date = Date()) throws -> [ScheduleChange] {
        try change(ids: ids, now: now) { $0.state == .paused ? .scheduled : nil }
    }

    /// Cancels items still to come. An occurrence being posted finishes (its requests may have
    /// left), but nothing after it happens.
    public func cancel(ids: [Int64], now: Date = Date()) throws -> [ScheduleChange] {
        try change(ids: ids, now: now, rule: Self.cancelling)
    }

    /// Cancel's rule: an item still to come (a posting one included) is cancelled.
    static let cancelling: @Sendable (ScheduledItem) -> ScheduleState? = { $0.state.isActive ? .cancelled : nil }

    /// `--all` acts on the items the change applies to, so none is refused.
    public func pauseAll(now: Date = Date()) throws -> [ScheduleChange] {
        try pause(ids: ids(in: [.scheduled]), now: now)
    }

    public func resumeAll(now: Date = Date()) throws -> [ScheduleChange] {
        try resume(ids: ids(in: [.paused]), now: now)
    }

    public func cancelAll(now: Date = Date()) throws -> [ScheduleChange] {
        try cancel(ids: ids(in: [.scheduled, .paused, .posting]), now: now)
    }

    /// Replaces what a scheduled or paused item posts and when (the composer's Enter, then
    /// Ctrl-S): everything but its id, creation time and state. A new local media file is copied
    /// and the old copy removed. Refused for an item being posted or finished.
    public func update(id: Int64, to replacement: ScheduledItem, now: Date = Date()) throws -> ScheduleChange {
        let newCopy = try media.copy(for: replacement.draft)
        do {
            let (result, oldCopy) = try pool.write { db -> (ScheduleChange, String?) in
                guard var item = try ScheduledItem.fetchOne(db, key: id) else { return (.notFound(id), nil) }
                guard item.state == .scheduled || item.state == .paused else { return (.refused(item), nil) }
                let old = item.mediaCopy
                item.accounts = replacement.accounts
                item.draft = replacement.draft
                item.mediaCopy = newCopy
                item.zone = replacement.zone
                item.hour = replacement.hour
                item.minute = replacement.minute
                item.repeatRule = replacement.repeatRule
                item.until = replacement.until
                item.jitter = replacement.jitter
                item.next = replacement.next
                item.campaign = replacement.campaign
                item.updatedAt = now
                try item.update(db)
                try Self.bumpRevision(db)
                return (.changed(item), old)
            }
            if case .changed = result { media.remove(oldCopy) } else { media.remove(newCopy) }
            return result
        } catch {
            media.remove(newCopy)
            throw error
        }
    }

    private func ids(in states: [ScheduleState]) throws -> [Int64] {
        try pool.read { db in
            try Int64.fetchAll(
                db, sql: "SELECT id FROM schedule WHERE state IN (\(databaseQuestionMarks(count: states.count))) ORDER BY next, id",
                arguments: StatementArguments(states.map(\.rawValue))
            )
        }
    }

    /// Moves each item to the state `rule` gives (nil: refused), in one transaction.
    private func change(ids: [Int64], now: Date, rule: (ScheduledItem) -> ScheduleState?) throws -> [ScheduleChange] {
        let (results, removable) = try pool.write { db in try Self.change(db, ids: ids, now: now, rule: rule) }
        for copy in removable { media.remove(copy) }
        return results
    }

    /// The change itself, inside a transaction the caller holds (a campaign's `--replace` runs
    /// it in its import's); also the media copies to remove once that transaction is committed.
    static func change(
        _ db: Database, ids: [Int64], now: Date, rule: (ScheduledItem) -> ScheduleState?
    ) throws -> (results: [ScheduleChange], removable: [String]) {
        var removable: [String] = []
        var results: [ScheduleChange] = []
        for id in ids {
            guard var item = try ScheduledItem.fetchOne(db, key: id) else {
                results.append(.notFound(id))
                continue
            }
            guard let state = rule(item) else {
                results.append(.refused(item))
                continue
            }
            let wasPosting = item.state == .posting
            item.state = state
            item.updatedAt = now
            if state == .cancelled {
                item.next = nil
                // A copy being posted is removed when that occurrence finishes.
                if !wasPosting, let copy = item.mediaCopy { removable.append(copy) }
            }
            try item.update(db)
            results.append(.changed(item))
        }
        if results.contains(where: { if case .changed = $0 { true } else { false } }) { try bumpRevision(db) }
        return (results, removable)
    }
}
