import ArgumentParser
import Foundation
import History
import Scheduling
import StatusKit

struct ScheduleListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "What is scheduled, soonest first: id, state, next time, repeat, accounts, kind and text.",
        discussion: "Times are in the schedule's zone. With --slots, the posting slots of the next 7 days and whether each is free."
    )

    @Flag(name: .long, help: "One JSON object per item per line: id, state, next, repeat, accounts, type, text.")
    var json = false

    @Flag(name: .long, help: "Finished items too (posted, failed, missed, cancelled, unknown).")
    var all = false

    @Option(name: .long, help: ArgumentHelp("Only items of this account.", valueName: "name"))
    var account: String?

    @Option(name: .long, help: ArgumentHelp("Only items of this campaign (campaign list names them).", valueName: "name"))
    var campaign: String?

    @Flag(name: .long, help: "The posting slots of the next 7 days, free or taken (of --account, else the config's top-level slots).")
    var slots = false

    @OptionGroup var configOptions: ConfigOptions

    func run() async throws {
        let context = try ScheduleContext.open(configOptions)
        if slots { return try listSlots(context) }
        let items: [ScheduleListing]
        do {
            items = try context.store.listing(includeFinished: all, account: account, campaign: campaign)
        } catch {
            Console.error("Cannot read the schedule: \(error)")
            throw Exit.gatewayFailed
        }
        let rows = ScheduleRows(text: context.text, now: Date())
        // Written at once: ten thousand items are one write, not ten thousand.
        var out = ""
        if json {
            for item in items { out += rows.json(item).serialized() + "\n" }
        } else {
            out += "Times in \(context.zoneDescription)\n"
            if items.isEmpty {
                out += "Nothing \(all ? "" : "still ")scheduled\(account.map { " for \($0)" } ?? "")\(campaign.map { " in campaign \($0)" } ?? ""). Add one with: status-composer schedule add --account NAME --type text --text \"…\" --at 08:00\n"
            }
            for item in items { out += rows.line(item) + "\n" }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    private func listSlots(_ context: ScheduleContext) throws {
        var chosen: [Account] = []
        if let account {
            guard let found = context.accounts.first(where: { $0.name == account }) else {
                ScheduleContext.printProblems(["--account: '\(account)': not an account of the config (accounts: \(context.accounts.map(\.name).joined(separator: ", "))); e.g. --account \(context.accounts.first?.name ?? "shop")"], nothing: "shown")
                throw Exit.invalidInput
            }
            chosen = [found]
        }
        let picker = SlotPicker(accounts: chosen, topLevel: context.settings.slots, existing: (try? context.store.items()) ?? [], rules: context.rules)
        guard !picker.slots.isEmpty else {
            ScheduleContext.printProblems(["--slots: no posting slots are set\(account.map { " for \($0)" } ?? ""); add slots = [\"08:00\", \"11:30\", \"18:00\"] at the top of \(context.configPath) or in an [[account]]"], nothing: "shown")
            throw Exit.invalidInput
        }
        let now = Date()
        var out = json ? "" : "Slots of the next 7 days, in \(context.zoneDescription)\n"
        for slot in picker.slotsAhead(days: 7, from: now) {
            if json {
                out += JSONValue.object([("slot", .string(context.text.iso(slot.time))), ("free", .bool(!slot.taken))]).serialized() + "\n"
            } else {
                out += "\(context.text.short(slot.time, now: now))  \(slot.taken ? "taken" : "free")\n"
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
