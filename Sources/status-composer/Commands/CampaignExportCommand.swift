import ArgumentParser
import Campaigns
import Foundation
import History

struct CampaignExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a campaign's plan to standard output, as a file campaign import takes again.",
        discussion: """
        The statuses still to come (scheduled or paused), each at its next time; what was posted, missed or \
        cancelled is left out, so importing the plan again posts nothing twice.
        Example: status-composer campaign export semana --format csv > semana.csv
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, toml }

    @Argument(help: ArgumentHelp("The campaign's name, as campaign list shows it.", valueName: "name"))
    var name: String

    @Option(name: .long, help: "csv (RFC 4180, CRLF, comma) or toml ([[status]] tables).")
    var format: Format = .csv

    @OptionGroup var configOptions: ConfigOptions

    func run() async throws {
        let context = try ScheduleContext.open(configOptions)
        let items: [ScheduledItem]
        do {
            items = try context.store.items(includeFinished: true, campaign: name)
        } catch {
            Console.error("Cannot read the schedule: \(error)")
            throw Exit.gatewayFailed
        }
        guard !items.isEmpty else {
            CampaignSelection.unknown(name, in: context.store)
            throw Exit.invalidInput
        }
        let rows = PlanExport.rows(items, times: context.text)
        if rows.isEmpty { Console.error("Campaign \"\(name)\" has nothing still to come: the plan has no statuses.") }
        let text = format == .csv ? PlanWriter.csv(rows) : PlanWriter.toml(rows)
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
