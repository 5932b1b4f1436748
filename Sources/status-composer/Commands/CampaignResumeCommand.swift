import ArgumentParser
import History

struct CampaignResumeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "resume", abstract: "Post a paused campaign's statuses again (one whose time passed beyond the runner's grace is missed).")

    @OptionGroup var selection: CampaignSelection
    @OptionGroup var configOptions: ConfigOptions

    func run() async throws {
        try selection.apply("resumed", options: configOptions, each: ScheduleStore.resume)
    }
}
