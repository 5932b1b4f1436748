import ArgumentParser

struct ScheduleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Post later: add, list, show, pause, resume and cancel scheduled statuses.",
        discussion: """
        Scheduled statuses are kept in the history database and posted by a runner. Times are read and shown \
        in the config's timezone (timezone = "America/Sao_Paulo"), else TZ, else the machine's zone. \
        States: scheduled, paused, posting, posted, failed, missed (its time passed with no runner), cancelled, \
        unknown (an answer was lost: it may have been published; never resent on its own).
        """,
        subcommands: [
            ScheduleAddCommand.self, ScheduleListCommand.self, ScheduleShowCommand.self,
            SchedulePauseCommand.self, ScheduleResumeCommand.self, ScheduleCancelCommand.self,
        ]
    )
}
