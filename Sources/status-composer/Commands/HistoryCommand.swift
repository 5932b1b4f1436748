import ArgumentParser
import Foundation
import History
import StatusKit

struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Every post attempt: account, gateway, kind, text, time, state, receipt ids and time left before the status expires.",
        discussion: """
        States: sending (in flight); sent; failed (the gateway answered with an error, or the request never left: \
        nothing was published); not sent (was unknown; `history reconcile` found from the gateway's own list that it was not published: safe \
        to post again); unknown (the request may have reached the gateway and no whole answer came back — \
        the connection broke, no answer in time, a cut-off answer — or the program ended before the answer: it may \
        have been published, so check the gateway before posting again; it is never resent on its own).
        """,
        subcommands: [HistoryRepairCommand.self, HistoryReconcileCommand.self]
    )

    @Option(name: .long, help: ArgumentHelp("Only this account.", valueName: "name"))
    var account: String?

    @Option(name: .long, help: ArgumentHelp("Only attempts this recent: 90s, 30m, 2h, 1d.", valueName: "duration"))
    var since: String?

    @Flag(name: .long, help: "One JSON object per attempt per line.")
    var json = false

    @Flag(name: .long, help: "Ask each sent status's gateway who saw it (Green API: recipients sent/delivered/read; RyzeAPI: delivery state; others: not offered).")
    var views = false

    @OptionGroup var configOptions: ConfigOptions

    func run() async throws {
        var cutoff: Date?
        if let since {
            guard let seconds = Self.seconds(since) else {
                Console.error("--since: '\(since)'; write a number and a unit: 90s, 30m, 2h or 1d")
                throw Exit.invalidInput
            }
            cutoff = Date().addingTimeInterval(-seconds)
        }
        let records: [AttemptRecord]
        let store = try HistoryAccess.openForReading()
        do {
            records = try store.attempts(account: account, since: cutoff)
        } catch {
            Console.error("Cannot read the history at \(HistoryStore.defaultPath()): \(error)")
            throw Exit.gatewayFailed
        }
        if records.isEmpty, !json { Console.out("No post attempts\(account.map { " for \($0)" } ?? "") yet.") }
        guard views else {
            for record in records { Console.out(json ? Self.jsonLine(record) : Self.humanLine(record)) }
            return
        }
        let (session, _) = try await AccountSession.openForCommand(configOptions)
        let client = GatewayHTTPClient()
        let fetcher = ViewsFetcher(client: client)
        for record in records {
            var found: StatusViews?
            // Expired statuses have no viewers to ask about: only live ones, as the History panel.
            if record.timeLeft() != nil, let id = record.messageId {
                if let account = session.accounts.first(where: { $0.name == record.account }) {
                    found = await fetcher.views(messageId: id, account: account)
                } else {
                    found = .failed("the account '\(record.account)' is not in the config")
                }
            }
            let line = json ? Self.jsonLine(record, views: found) : Self.humanLine(record) + (found.map { "  views: \($0.sentence)" } ?? "")
            Console.out(session.masker.mask(line))
        }
        await client.shutdown()
        await session.close()
    }

    static func seconds(_ text: String) -> TimeInterval? {
        guard let unit = text.last, let value = Double(text.dropLast()), value >= 0 else { return nil }
        switch unit {
        case "s": return value
        case "m": return value * 60
        case "h": return value * 3600
        case "d": return value * 86_400
        default: return nil
        }
    }

    static func humanLine(_ record: AttemptRecord) -> String {
        let time = ISO8601DateFormatter().string(from: record.startedAt)
        let gateway = GatewayKind(rawValue: record.gateway)?.displayName ?? record.gateway
        let excerpt = record.text.replacingOccurrences(of: "\n", with: " ").prefix(40)
        var line = "\(time)  \(record.account) (\(gateway))  \(record.kind)  \"\(excerpt)\"  \(record.state.rawValue)"
        if let zaap = record.zaapId { line += "  zaapId \(zaap)" }
        if let id = record.messageId { line += "  messageId \(id)" }
        if let left = record.timeLeft() { line += "  expires in \(Int(left) / 3600)h\(Int(left) % 3600 / 60)m" }
        if let error = record.error { line += "  — \(error)" }
        if let note = record.reconcileNote { line += "  [reconcile: \(note)]" }
        return line
    }

    static func jsonLine(_ record: AttemptRecord, views: StatusViews? = nil) -> String {
        let iso = ISO8601DateFormatter()
        func text(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
        var fields: [(String, JSONValue)] = [
            ("id", .int(Int(record.id ?? 0))), ("account", .string(record.account)), ("provider", .string(record.gateway)),
            ("kind", .string(record.kind)), ("text", .string(record.text)), ("startedAt", .string(iso.string(from: record.startedAt))),
            ("state", .string(record.state.rawValue)), ("messageId", text(record.messageId)), ("zaapId", text(record.zaapId)),
            ("httpStatus", record.httpStatus.map { .int($0) } ?? .null), ("error", text(record.error)),
            ("secondsLeft", record.timeLeft().map { .int(Int($0)) } ?? .null),
        ]
        if let note = record.reconcileNote { fields.append(("reconcileNote", .string(note))) }
        if let views { fields.append(("views", .object(views.json))) }
        return JSONValue.object(fields).serialized()
    }
}
