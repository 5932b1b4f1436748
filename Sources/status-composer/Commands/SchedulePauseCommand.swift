import ArgumentParser
import History

struct SchedulePauseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pause",
        abstract: "Keep scheduled items without posting them until resumed.",
        discussion: "Only scheduled items can be paused; one being posted finishes first."
    )

    @OptionGroup var selection: ScheduleSelection
    @OptionGroup var configOptions: ConfigOptions

    func run() async throws {
        try selection.apply(
            "paused", allowedFrom: "scheduled", options: configOptions, all: ScheduleStore.pauseAll, each: ScheduleStore.pause)
    }
}
