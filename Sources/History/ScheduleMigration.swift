import GRDB

extension HistoryStore {
    /// "v6: schedules": scheduled items, their occurrences, and the link from an attempt to the
    /// occurrence it was made for. The journal stays the truth for attempts.
    static func registerScheduleMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v6: schedules") { db in
            try db.create(table: "schedule") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("createdAt", .datetime).notNull()
                table.column("accounts", .text).notNull()
                table.column("typed", .text).notNull()
                table.column("mediaCopy", .text)
                table.column("zone", .text).notNull()
                table.column("hour", .integer).notNull()
                table.column("minute", .integer).notNull()
                table.column("repeat", .text)
                table.column("until", .text)
                table.column("jitter", .integer).notNull().defaults(to: 0)
                table.column("next", .datetime)
                table.column("state", .text).notNull()
                table.column("campaign", .text).indexed()
                table.column("updatedAt", .datetime).notNull()
            }
            // What is coming, soonest first, read by `schedule list` and the runner.
            try db.create(index: "schedule_state_next", on: "schedule", columns: ["state", "next"])
            try db.create(table: "schedule_run") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("scheduleId", .integer).notNull().references("schedule", onDelete: .cascade)
                table.column("dueAt", .datetime).notNull()
                table.column("state", .text).notNull()
                table.column("startedAt", .datetime)
                table.column("finishedAt", .datetime)
                table.column("pid", .integer)
                table.uniqueKey(["scheduleId", "dueAt"])
            }
            try db.alter(table: "attempt") { table in table.add(column: "scheduleRun", .integer) }
            try db.create(index: "attempt_scheduleRun", on: "attempt", columns: ["scheduleRun"])
            // A number moved by every schedule write, for a runner or a composer to notice
            // another program's changes with one cheap read.
            try db.create(table: "schedule_revision") { table in
                table.primaryKey("id", .integer)
                table.column("value", .integer).notNull()
            }
            try db.execute(sql: "INSERT INTO schedule_revision (id, value) VALUES (1, 0)")
        }
    }
}
