import Foundation
import GRDB

/// Touches `schedule.changed` after each committed transaction that moved the schedule's
/// revision — after the commit, never before, so a runner woken by it reads the change.
/// Registered by every ScheduleStore on its pool: every schedule write of this program, by any
/// command, wakes the runners and composers watching the state folder.
final class ScheduleCommitSignal: TransactionObserver, @unchecked Sendable {
    private let stateFolder: String
    /// Only read and written on the database's writer queue.
    private var changed = false

    init(stateFolder: String) {
        self.stateFolder = stateFolder
    }

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool {
        eventKind.tableName == "schedule_revision"
    }

    func databaseDidChange(with event: DatabaseEvent) {
        changed = true
    }

    func databaseDidCommit(_ db: Database) {
        guard changed else { return }
        changed = false
        ScheduleChangeSignal.touch(stateFolder: stateFolder)
    }

    func databaseDidRollback(_ db: Database) {
        changed = false
    }
}
