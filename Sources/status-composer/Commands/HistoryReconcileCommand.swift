import ArgumentParser
import Foundation
import History
import StatusKit

struct HistoryReconcileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconcile",
        abstract: "Resolve attempts whose outcome is unknown from what the gateways list as really posted.",
        discussion: """
        Green API lists the statuses an instance posted (getOutgoingStatuses): an unknown attempt that matches \
        one by kind, text or caption, colour and time becomes sent, with its real id; one surely absent becomes \
        not sent (safe to post again); anything else stays unknown, with the reason. The other gateways list \
        nothing: their attempts stay unknown. Exit 0 when every unknown attempt was decided, 1 otherwise.
        """
    )

    @Flag(name: .customLong("json"), help: "One JSON object per attempt: id, account, state, messageId, reason.")
    var jsonFlag = false

    /// `history` declares `--json` too, and ArgumentParser hands a name both declare to the
    /// parent: read it from the arguments as well.
    private var json: Bool { jsonFlag || CommandLine.arguments.dropFirst().contains("--json") }

    @OptionGroup var configOptions: ConfigOptions

    func run() async throws {
        let store = try HistoryAccess.openForReading()
        let (session, _) = try await AccountSession.openForCommand(configOptions)
        let client = GatewayHTTPClient()
        let results: [HistoryReconciler.Result]
        do {
            results = try await HistoryReconciler(store: store, client: client, health: { [checker = HealthChecker(client: client)] in await checker.check($0) }).run(accounts: session.accounts)
        } catch {
            await client.shutdown()
            await session.close()
            Console.error("Cannot update the history at \(store.path): \(error)")
            throw Exit.gatewayFailed
        }
        await client.shutdown()
        await session.close()
        if results.isEmpty, !json { Console.out("No attempt with an unknown outcome.") }
        for result in results { Console.out(session.masker.mask(json ? Self.json(result) : Self.human(result))) }
        if results.contains(where: { if case .undecided = $0.decision { true } else { false } }) { throw Exit.gatewayFailed }
    }

    static func parts(_ decision: ReconcileDecision) -> (state: String, messageId: String?, reason: String) {
        switch decision {
        case .sent(let id): ("sent", id, "found in the gateway's list of posted statuses")
        case .notSent(let reason): ("not sent", nil, reason)
        case .undecided(let reason): ("unknown", nil, reason)
        }
    }

    static func human(_ result: HistoryReconciler.Result) -> String {
        let parts = parts(result.decision)
        return "#\(result.attemptID) \(result.account): \(parts.state)\(parts.messageId.map { " (id \($0))" } ?? "") — \(parts.reason)"
    }

    static func json(_ result: HistoryReconciler.Result) -> String {
        let parts = parts(result.decision)
        return JSONValue.object([
            ("id", .int(Int(result.attemptID))), ("account", .string(result.account)), ("state", .string(parts.state)),
            ("messageId", parts.messageId.map { .string($0) } ?? .null), ("reason", .string(parts.reason)),
        ]).serialized()
    }
}
