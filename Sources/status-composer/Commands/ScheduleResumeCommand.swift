import ArgumentParser
import History

struct ScheduleResumeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Schedule paused items again, at their time.",
        discussion: """
        An item keeps its due time. One resumed after its time is due at once: the runner posts it if it is still \
        within the grace (run --grace), else records it as missed; a repeat's later times stay scheduled.
        """
    )

    @OptionGroup var selection: ScheduleSelection
    @OptionGroup var configOptions: ConfigOptions

    func run() async throws {
        try selection.apply(
            "resumed", allowedFrom: "paused", options: configOptions, all: ScheduleStore.resumeAll, each: ScheduleStore.resume)
    }
}
