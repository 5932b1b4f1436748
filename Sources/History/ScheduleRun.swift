import Foundation
import GRDB

/// One occurrence of a scheduled item: the claim that makes "posted once, never twice" hold
/// across runners and crashes (one row per item and due time, UNIQUE in the table). Its
/// attempts carry its id in `attempt.scheduleRun`.
public struct ScheduleRun: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "schedule_run"

    public enum State: String, Codable, Sendable {
        case posting, posted, failed, unknown, missed
    }

    public var id: Int64?
    public var scheduleId: Int64
    /// The time the occurrence was due (UTC).
    public var dueAt: Date
    public var state: State
    public var startedAt: Date?
    public var finishedAt: Date?
    /// The process posting it, to tell an abandoned occurrence from one in flight.
    public var pid: Int32?

    public init(id: Int64? = nil, scheduleId: Int64, dueAt: Date, state: State, startedAt: Date?, finishedAt: Date? = nil, pid: Int32?) {
        self.id = id
        self.scheduleId = scheduleId
        self.dueAt = dueAt
        self.state = state
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.pid = pid
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    public static func databaseDateEncodingStrategy(for column: String) -> DatabaseDateEncodingStrategy {
        .custom { StoredDate.text(of: $0) }
    }
}
