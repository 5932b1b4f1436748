import Foundation
import History
import Scheduling
import StatusKit

/// Prints what the runner does: one line per account per post exactly as `post` prints it,
/// after the item's id (`#12 ✓ shop (Z-API): posted — …`), or with `--json` the same objects
/// with `scheduleId` first. Missed occurrences are shown the same way with state `missed`;
/// notes (a 429 wait, a run found abandoned) go to stderr.
struct RunReport: Sendable {
    let outcomes: OutcomeReport
    let accounts: [Account]
    let grace: String
    let zone: TimeZone

    var json: Bool { outcomes.json }

    func print(_ event: RunnerEvent) {
        switch event {
        case .posting(let id, let due, let accounts, let campaign):
            if !json { Console.error("… #\(id)\(Self.tag(campaign)) due \(time(due)): posting to \(accounts.joined(separator: ", "))") }
        case .outcome(let id, let campaign, let outcome):
            let leading: [(String, JSONValue)] = [("scheduleId", .int(Int(id)))] + (campaign.map { [("campaign", .string($0))] } ?? [])
            Console.out(json ? outcomes.jsonLine(outcome, leading: leading) : "#\(id)\(Self.tag(campaign)) " + outcomes.humanLine(outcome))
        case .waitingToRetry(let id, let account, let seconds):
            if !json { Console.error("… #\(id) \(account): the gateway asked to wait (429); trying again in \(seconds) s") }
        case .missed(let id, let due, let names, let campaign):
            for name in names { Console.out(missedLine(id: id, due: due, account: name, campaign: campaign)) }
        case .idle:
            break
        case .storeProblem(let problem):
            Console.error("The schedule at \(HistoryStore.defaultPath()) cannot be read or written (\(problem)); trying again shortly.")
        }
    }

    /// ` [semana]` after the item's id, for a campaign's item.
    static func tag(_ campaign: String?) -> String { campaign.map { " [\($0)]" } ?? "" }

    private func missedLine(id: Int64, due: Date, account name: String, campaign: String?) -> String {
        let gateway = accounts.first { $0.name == name }?.gateway
        let why = "missed — due \(time(due)), more than --grace \(grace) ago; not posted (status-composer run --catch-up posts late items)"
        guard json else { return "#\(id)\(Self.tag(campaign)) – \(name)\(gateway.map { " (\($0.displayName))" } ?? ""): \(why)" }
        return JSONValue.object([
            ("scheduleId", .int(Int(id))), ("campaign", campaign.map(JSONValue.string) ?? .null), ("account", .string(name)), ("provider", gateway.map { .string($0.rawValue) } ?? .null),
            ("ok", .bool(false)), ("state", .string("missed")), ("due", .string(iso(due))), ("messageId", .null), ("zaapId", .null),
            ("httpStatus", .null), ("error", .string(why)),
        ]).serialized()
    }

    private func time(_ date: Date) -> String {
        "\(ScheduleTimeText(zone: zone).short(date)) (\(zone.identifier))"
    }

    private func iso(_ date: Date) -> String {
        ScheduleTimeText(zone: zone).iso(date)
    }
}
