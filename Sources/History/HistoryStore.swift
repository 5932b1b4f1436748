import Foundation
import GRDB
import StatusKit

/// The journal of post attempts in SQLite (WAL), at
/// `$XDG_STATE_HOME/status-composer/history.sqlite`. An attempt is written as `sending` before
/// its request leaves; the answer moves it to `sent` or `failed`, and an answer lost after the
/// request may have reached the gateway moves it to `unknown`. An attempt left in `sending` by a
/// process that is gone becomes `unknown` too. An `unknown` attempt is never resent on its own.
public final class HistoryStore: Sendable {
    let pool: DatabasePool
    public let path: String

    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        stateFolder(environment: environment) + "/history.sqlite"
    }

    /// `$XDG_STATE_HOME/status-composer`: the history, and the pacing shared between programs.
    public static func stateFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_STATE_HOME"], !xdg.isEmpty { return xdg + "/status-composer" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state/status-composer"
    }

    public init(path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        // Several programs may post at once (a composer and a script): wait for each other's
        // writes rather than fail.
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        // Two programs starting at once would both see a migration as missing, and on a first
        // run both switch the new file to WAL, which SQLite refuses to the second at once
        // ("database is locked", whatever the timeout): one at a time, from opening on.
        let lock = open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        if lock >= 0 { flock(lock, LOCK_EX) }
        defer { if lock >= 0 { flock(lock, LOCK_UN); close(lock) } }
        pool = try DatabasePool(path: path, configuration: configuration)
        self.path = path
        try Self.migrator.migrate(pool)
        try markAbandoned()
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: attempts") { db in
            try db.create(table: "attempt") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("account", .text).notNull().indexed()
                table.column("gateway", .text).notNull()
                table.column("kind", .text).notNull()
                table.column("text", .text).notNull()
                table.column("media", .text).notNull()
                table.column("color", .text).notNull()
                table.column("font", .text).notNull()
                table.column("audience", .text).notNull()
                table.column("startedAt", .datetime).notNull().indexed()
                table.column("finishedAt", .datetime)
                table.column("state", .text).notNull()
                table.column("messageId", .text)
                table.column("zaapId", .text)
                table.column("httpStatus", .integer)
                table.column("error", .text)
                table.column("pid", .integer).notNull()
            }
        }
        registerDraftMigration(&migrator)
        migrator.registerMigration("v3: deletions") { db in
            try db.alter(table: "attempt") { table in table.add(column: "deletedAt", .datetime) }
        }
        migrator.registerMigration("v4: the draft as typed") { db in
            try db.alter(table: "attempt") { table in table.add(column: "typed", .text) }
        }
        migrator.registerMigration("v5: one post to many accounts") { db in
            try db.alter(table: "attempt") { table in table.add(column: "batch", .text) }
        }
        registerScheduleMigration(&migrator)
        migrator.registerMigration("v7: reconcile notes") { db in
            try db.alter(table: "attempt") { table in table.add(column: "reconcileNote", .text) }
        }
        return migrator
    }

    /// Writes the attempt before its request leaves. Returns its id. `typed` is the form as the
    /// user filled it, so the status can be loaded back to post again.
    /// `batch` is shared by the attempts of one post to several accounts; `scheduleRun` is the
    /// occurrence of a scheduled item the attempt was made for.
    public func begin(
        account: Account, draft: ValidDraft, typed: StatusDraft? = nil, batch: String? = nil, scheduleRun: Int64? = nil,
        rawFont: String = "", at date: Date = Date()
    ) throws -> Int64 {
        var record = AttemptRecord(
            id: nil, account: account.name, gateway: account.gateway.rawValue, kind: draft.kind.rawValue,
            text: draft.text, media: AttemptRecord.mediaSummary(draft.media), color: draft.color?.description ?? "",
            font: draft.fontWireName ?? rawFont, audience: draft.audience.map(\.digits).joined(separator: "\n"),
            startedAt: date, finishedAt: nil, state: .sending, messageId: nil, zaapId: nil, httpStatus: nil,
            error: nil, deletedAt: nil, pid: getpid(), typed: typed.flatMap(AttemptRecord.encodeTyped), batch: batch,
            reconcileNote: nil, scheduleRun: scheduleRun
        )
        try pool.write { db in try record.insert(db) }
        return record.id ?? 0
    }

    /// Records the answer.
    public func finish(_ id: Int64, outcome: PostOutcome) throws {
        try pool.write { db in
            guard var record = try AttemptRecord.fetchOne(db, key: id) else { return }
            record.finishedAt = outcome.finishedAt
            switch outcome.result {
            case .success(let receipt):
                record.state = .sent
                record.messageId = receipt.messageId
                record.zaapId = receipt.zaapId
                record.httpStatus = receipt.httpStatus
            case .failure(let failure):
                record.state = AttemptRecord.State(outcome: outcome)
                record.httpStatus = failure.httpStatus
                record.error = failure.message
            }
            try record.update(db)
        }
    }

    /// Records that a status was deleted; returns how many attempts carried that id.
    @discardableResult
    public func markDeleted(account: String, messageId: String, at date: Date = Date()) throws -> Int {
        try pool.write { db in
            let records = try AttemptRecord.filter(Column("account") == account && Column("messageId") == messageId).fetchAll(db)
            for var record in records {
                record.state = .deleted
                record.deletedAt = date
                try record.update(db)
            }
            return records.count
        }
    }

    /// Records what `history reconcile` decided for an `unknown` attempt: `sent` with the id
    /// the gateway lists, `not sent`, or still unknown with the reason.
    public func reconcile(_ id: Int64, decision: ReconcileDecision, at date: Date = Date()) throws {
        try pool.write { db in
            guard var record = try AttemptRecord.fetchOne(db, key: id), record.state == .unknown else { return }
            switch decision {
            case .sent(let messageId):
                record.state = .sent
                record.messageId = messageId
                record.finishedAt = record.finishedAt ?? date
                record.reconcileNote = "found in the gateway's list of posted statuses"
            case .notSent(let reason):
                record.state = .notSent
                record.reconcileNote = reason
            case .undecided(let reason):
                record.reconcileNote = reason
            }
            try record.update(db)
        }
    }

    /// How many attempts the journal holds.
    public func attemptCount() throws -> Int {
        try pool.read { db in try AttemptRecord.fetchCount(db) }
    }

    /// Attempts, newest last, optionally for one account and since a time.
    public func attempts(account: String? = nil, since: Date? = nil) throws -> [AttemptRecord] {
        try pool.read { db in
            var request = AttemptRecord.order(Column("startedAt"), Column("id"))
            if let account { request = request.filter(Column("account") == account) }
            if let since { request = request.filter(Column("startedAt") >= StoredDate.text(of: since)) }
            return try request.fetchAll(db)
        }
    }

    /// Attempts still `sending` whose process is gone had no answer recorded: unknown outcome.
    func markAbandoned() throws {
        try pool.write { db in
            let open = try AttemptRecord.filter(Column("state") == AttemptRecord.State.sending.rawValue).fetchAll(db)
            for var record in open where record.pid != getpid() && kill(record.pid, 0) != 0 {
                record.state = .unknown
                record.error = "the program ended before the gateway answered; the status may or may not have been published"
                try record.update(db)
            }
        }
    }
}

extension HistoryStore {
    /// Replaces a record as it is (tests simulate another process's attempts with it).
    func overwrite(_ record: AttemptRecord) throws {
        try pool.write { db in try record.update(db) }
    }
}
