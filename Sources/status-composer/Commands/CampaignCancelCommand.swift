import ArgumentParser
import History

struct CampaignCancelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cancel", abstract: "Cancel every status of a campaign not posted yet (one being posted finishes).")

    @OptionGroup var selection: CampaignSelection
    @OptionGroup var configOptions: ConfigOptions

    func run() async throws {
        try selection.apply("cancelled", options: configOptions, each: ScheduleStore.cancel)
    }
}
