import Foundation
import GRDB
import StatusKit

/// The runner's side of the store: claiming an occurrence, recording its outcome or that it was
/// missed, and the rule for occurrences abandoned by a process that is gone.
extension ScheduleStore {
    /// Claims the occurrence of item `id` due at `due`, atomically: only if the item is still
    /// `scheduled` with that next time and no run of it exists for that time (UNIQUE). Inserts the
    /// run as `posting`, and moves the item to `posting` with `next` (the following occurrence,
    /// nil when there is none). Nil when another runner or a change got there first. An item
    /// whose time already has a run moves on past it (`movePastRunTime`), so it never stays
    /// due and the runner never spins on it; `markMissed` does the same.
    public func claim(id: Int64, due: Date, next: Date?, now: Date = Date(), pid: Int32 = getpid()) throws -> ScheduleRun? {
        try pool.write { db in
            guard var item = try ScheduledItem.fetchOne(db, key: id), item.state == .scheduled,
                  let current = item.next, StoredDate.text(of: current) == StoredDate.text(of: due) else { return nil }
            var run = ScheduleRun(scheduleId: id, dueAt: due, state: .posting, startedAt: now, pid: pid)
            do {
                try run.insert(db)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                try Self.movePastRunTime(&item, due: due, next: next, now: now, db)
                return nil
            }
            item.state = .posting
            item.next = next
            item.updatedAt = now
            try item.update(db)
            try Self.bumpRevision(db)
            return run
        }
    }

    /// Records how a claimed occurrence ended, one outcome per account. The item goes back to
    /// `scheduled` when it has a next time, else takes the combined outcome (posted, unknown,
    /// failed); a cancelled item stays cancelled. A finished item's media copy is removed.
    public func finish(run: ScheduleRun, outcomes: [PostOutcome], now: Date = Date()) throws {
        let states = outcomes.map(AttemptRecord.State.init(outcome:))
        let combined = ScheduleState.combined(states)
        let finishedCopy = try pool.write { db -> String? in
            guard let runId = run.id, var stored = try ScheduleRun.fetchOne(db, key: runId) else { return nil }
            stored.state = ScheduleRun.State(rawValue: combined.rawValue) ?? .unknown
            stored.finishedAt = now
            try stored.update(db)
            guard var item = try ScheduledItem.fetchOne(db, key: run.scheduleId) else { return nil }
            if item.state == .posting {
                item.state = item.next == nil ? combined : .scheduled
                item.updatedAt = now
                try item.update(db)
            }
            try Self.bumpRevision(db)
            return item.state.isActive ? nil : item.mediaCopy
        }
        media.remove(finishedCopy)
    }

    /// Records that the occurrence due at `due` was not posted (its time passed beyond the grace)
    /// and moves the item on to `next`, or to `missed` when there is none. False when the item
    /// is no longer scheduled for that time.
    @discardableResult
    public func markMissed(id: Int64, due: Date, next: Date?, now: Date = Date()) throws -> Bool {
        let result = try pool.write { db -> (Bool, String?) in
            guard var item = try ScheduledItem.fetchOne(db, key: id), item.state == .scheduled,
                  let current = item.next, StoredDate.text(of: current) == StoredDate.text(of: due) else { return (false, nil) }
            var run = ScheduleRun(scheduleId: id, dueAt: due, state: .missed, startedAt: nil, finishedAt: now, pid: nil)
            do {
                try run.insert(db)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                try Self.movePastRunTime(&item, due: due, next: next, now: now, db)
                return (false, nil)
            }
            item.next = next
            item.state = next == nil ? .missed : .scheduled
            item.updatedAt = now
            try item.update(db)
            try Self.bumpRevision(db)
            return (true, next == nil ? item.mediaCopy : nil)
        }
        media.remove(result.1)
        return result.0
    }

    /// The item's time `due` already has a run (an edit set it back to it): the item moves on
    /// to `next`, or takes that run's outcome when there is none, so it is not due again.
    private static func movePastRunTime(_ item: inout ScheduledItem, due: Date, next: Date?, now: Date, _ db: Database) throws {
        let earlier = try ScheduleRun.filter(Column("scheduleId") == item.id && Column("dueAt") == StoredDate.text(of: due)).fetchOne(db)
        item.next = next
        if next == nil { item.state = earlier.flatMap { ScheduleState(rawValue: $0.state.rawValue) } ?? .unknown }
        item.updatedAt = now
        try item.update(db)
        try bumpRevision(db)
    }

    /// Occurrences left `posting` by a process that is gone (killed mid-post) become `unknown`
    /// (the runner calls this as it starts),
    /// never resent on their own; their item moves on to its next occurrence, or becomes
    /// `unknown` when it has none.
    public func markAbandonedRuns(now: Date = Date()) throws {
        let copies = try pool.write { db -> [String] in
            let open = try ScheduleRun.filter(Column("state") == ScheduleRun.State.posting.rawValue).fetchAll(db)
            var copies: [String] = []
            var changed = false
            for var run in open {
                guard let pid = run.pid, pid != getpid(), kill(pid, 0) != 0 else { continue }
                run.state = .unknown
                run.finishedAt = now
                try run.update(db)
                changed = true
                guard var item = try ScheduledItem.fetchOne(db, key: run.scheduleId), item.state == .posting else { continue }
                item.state = item.next == nil ? .unknown : .scheduled
                item.updatedAt = now
                try item.update(db)
                if item.next == nil, let copy = item.mediaCopy { copies.append(copy) }
            }
            if changed { try Self.bumpRevision(db) }
            return copies
        }
        for copy in copies { media.remove(copy) }
    }
}
