import ArgumentParser

struct CampaignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "campaign",
        abstract: "A week of statuses from a spreadsheet: import, list, status, pause, resume, cancel and export.",
        discussion: """
        A campaign is the statuses of one plan file, scheduled together (all or nothing) and followed and \
        steered as one thing. Its statuses are scheduled items (schedule list --campaign NAME) posted by a runner.
        """,
        subcommands: [
            CampaignImportCommand.self, CampaignListCommand.self, CampaignStatusCommand.self,
            CampaignPauseCommand.self, CampaignResumeCommand.self, CampaignCancelCommand.self, CampaignExportCommand.self,
        ]
    )
}
