import ArgumentParser
import Foundation
import History

struct CampaignListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Each campaign with its next time and how many statuses are in each state."
    )

    @Flag(name: .long, help: "One JSON object per campaign: name, next, a count per state, total.")
    var json = false

    @OptionGroup var configOptions: ConfigOptions

    func run() async throws {
        let context = try ScheduleContext.open(configOptions)
        let campaigns: [ScheduleStore.CampaignSummary]
        do {
            campaigns = try context.store.campaigns()
        } catch {
            Console.error("Cannot read the schedule: \(error)")
            throw Exit.gatewayFailed
        }
        let rows = CampaignRows(text: context.text, now: Date())
        var out = ""
        if json {
            for campaign in campaigns { out += rows.json(campaign).serialized() + "\n" }
        } else {
            out += "Times in \(context.zoneDescription)\n"
            if campaigns.isEmpty { out += "No campaigns yet. Import one with: status-composer campaign import plan.csv\n" }
            for campaign in campaigns {
                let next = campaign.next.map { "next \(rows.text.short($0, now: rows.now))" } ?? "nothing to come"
                out += "\(campaign.name)  \(next)  \(CampaignRows.counts(campaign.counts))  (\(campaign.total) in all)\n"
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
