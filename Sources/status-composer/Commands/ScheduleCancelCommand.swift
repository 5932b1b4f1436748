import ArgumentParser
import History

struct ScheduleCancelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel",
        abstract: "Cancel scheduled or paused items (and every later time of a repeat).",
        discussion: "An occurrence being posted finishes (its requests may have left); nothing after it happens. The copy of a local media file is removed."
    )

    @OptionGroup var selection: ScheduleSelection
    @OptionGroup var configOptions: ConfigOptions

    func run() async throws {
        try selection.apply(
            "cancelled", allowedFrom: "scheduled, paused or posting", options: configOptions, all: ScheduleStore.cancelAll, each: ScheduleStore.cancel)
    }
}
