import ArgumentParser
import StatusKit

struct ViewsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "views",
        abstract: "Who saw a posted status, as far as its gateway tells.",
        discussion: """
        Green API: each recipient and whether the status was sent, delivered or read (getStatusStatistic, \
        one request a second; an empty answer is "no data yet" — it needs the instance's outgoing-webhook \
        setting, and covers only posts made after it was on). RyzeAPI: the message's delivery state. \
        Z-API and Evolution API: not offered by this gateway. Exit 0 when the gateway answered, 1 otherwise.
        """
    )

    @Option(name: .long, help: ArgumentHelp("The account the status was posted to.", valueName: "name"))
    var account: String

    @Option(name: .customLong("message-id"), help: ArgumentHelp("The status's id (idMessage, messageId) as `history` shows it.", valueName: "id"))
    var messageId: String

    @Flag(name: .long, help: "One JSON object: account, provider, messageId, state and the figures.")
    var json = false

    @OptionGroup var configOptions: ConfigOptions

    func validate() throws {
        if messageId.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--message-id: empty; give the status's id as `history` shows it") }
    }

    func run() async throws {
        let (session, selected) = try await AccountSession.openForCommand(configOptions, selecting: [account])
        let chosen = selected[0]
        let client = GatewayHTTPClient()
        let views = await ViewsFetcher(client: client).views(messageId: messageId, account: chosen)
        await client.shutdown()
        await session.close()
        Console.out(session.masker.mask(json ? Self.json(views, account: chosen, messageId: messageId) : Self.human(views, account: chosen, messageId: messageId)))
        if case .failed = views { throw Exit.gatewayFailed }
    }

    static func json(_ views: StatusViews, account: Account, messageId: String) -> String {
        let head: [(String, JSONValue)] = [
            ("account", .string(account.name)), ("provider", .string(account.gateway.rawValue)), ("messageId", .string(messageId)),
        ]
        return JSONValue.object(head + views.json).serialized()
    }

    static func human(_ views: StatusViews, account: Account, messageId: String) -> String {
        var lines = ["\(account.name) (\(account.gateway.displayName)) \(messageId): \(views.sentence)"]
        if case .recipients(let list) = views {
            lines += list.map { "  \($0.participant)  \($0.status)" }
        }
        return lines.joined(separator: "\n")
    }
}
