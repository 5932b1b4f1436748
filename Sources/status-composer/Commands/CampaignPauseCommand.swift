import ArgumentParser
import History

struct CampaignPauseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pause", abstract: "Keep a campaign's scheduled statuses without posting them until resumed.")

    @OptionGroup var selection: CampaignSelection
    @OptionGroup var configOptions: ConfigOptions

    func run() async throws {
        try selection.apply("paused", options: configOptions, each: ScheduleStore.pause)
    }
}
