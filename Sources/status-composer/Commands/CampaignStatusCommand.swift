import ArgumentParser
import Foundation
import History
import StatusKit

struct CampaignStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "One campaign: its counts, each account's posts, and its items.",
        discussion: "An account's posted, failed and unknown count the posts made for it (a repeating item counts each time); scheduled, paused, missed and cancelled count its items."
    )

    @Argument(help: ArgumentHelp("The campaign's name, as campaign list shows it.", valueName: "name"))
    var name: String

    @Flag(name: .long, help: "One JSON object: name, next, counts, accounts (a count per state each), items (as schedule list --json).")
    var json = false

    @OptionGroup var configOptions: ConfigOptions

    func run() async throws {
        let context = try ScheduleContext.open(configOptions)
        let summary: ScheduleStore.CampaignSummary
        let items: [ScheduledItem]
        let attempts: [(account: String, state: AttemptRecord.State)]
        do {
            guard let found = try context.store.campaigns().first(where: { $0.name == name }) else {
                CampaignSelection.unknown(name, in: context.store)
                throw Exit.invalidInput
            }
            summary = found
            items = try context.store.items(includeFinished: true, campaign: name)
            attempts = try context.store.campaignAttempts(name)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            Console.error("Cannot read the schedule: \(error)")
            throw Exit.gatewayFailed
        }
        let perAccount = Self.perAccount(items: items, attempts: attempts)
        let rows = CampaignRows(text: context.text, now: Date())
        let itemRows = ScheduleRows(text: context.text, now: rows.now)
        if json {
            let accounts = perAccount.map { entry in
                JSONValue.object([("account", .string(entry.account))] + CampaignRows.states.map { ($0.rawValue, .int(entry.counts[$0] ?? 0)) })
            }
            guard case .object(let fields) = rows.json(summary) else { return }
            Console.out(JSONValue.object(fields + [("accounts", .array(accounts)), ("items", .array(items.map { itemRows.json(ScheduleListing($0)) }))]).serialized())
            return
        }
        var out = "Campaign \"\(name)\": \(CampaignRows.counts(summary.counts)) (\(summary.total) in all)"
        out += summary.next.map { ", next \(rows.text.short($0, now: rows.now)) (\(context.zone.identifier))\n" } ?? ", nothing to come\n"
        out += "By account:\n"
        for entry in perAccount { out += "  \(entry.account)  \(CampaignRows.counts(entry.counts))\n" }
        out += "Items:\n"
        for item in items { out += "  " + itemRows.line(ScheduleListing(item)) + "\n" }
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    /// Each account's posts (from the journal's attempts) and its items still to come or not
    /// posted, in the order the accounts first appear.
    static func perAccount(items: [ScheduledItem], attempts: [(account: String, state: AttemptRecord.State)]) -> [(account: String, counts: [ScheduleState: Int])] {
        var order: [String] = []
        var counts: [String: [ScheduleState: Int]] = [:]
        func add(_ account: String, _ state: ScheduleState) {
            if counts[account] == nil { order.append(account) }
            counts[account, default: [:]][state, default: 0] += 1
        }
        for item in items {
            for account in item.accounts {
                switch item.state {
                case .scheduled, .paused, .posting, .missed, .cancelled: add(account, item.state)
                case .posted, .failed, .unknown: if counts[account] == nil { order.append(account); counts[account] = [:] }
                }
            }
        }
        for attempt in attempts {
            switch attempt.state {
            case .sent, .deleted: add(attempt.account, .posted)
            case .failed, .notSent: add(attempt.account, .failed)
            case .unknown, .sending: add(attempt.account, .unknown)
            }
        }
        return order.map { ($0, counts[$0] ?? [:]) }
    }
}
