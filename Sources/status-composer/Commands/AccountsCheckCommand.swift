import ArgumentParser
import StatusKit

struct AccountsCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Ask each account's gateway whether it is connected and can publish now.",
        discussion: """
        Prints one of: connected, phone offline, not authorised (scan the QR code in the gateway's panel), blocked, \
        starting, token refused, unreachable, unknown — with the gateway's own words beside it.
        Exit 0 when every account is connected, 1 otherwise, 2 for bad input.
        """
    )

    @Option(name: .long, help: ArgumentHelp("Only this account (repeat for several; default: every account).", valueName: "name"))
    var account: [String] = []

    @Flag(name: .long, help: "One JSON object per account per line: account, provider, state, detail.")
    var json = false

    @OptionGroup var configOptions: ConfigOptions

    func run() async throws {
        let (session, selected) = try await AccountSession.openForCommand(configOptions, selecting: account)
        let accounts = account.isEmpty ? session.accounts : selected
        let client = GatewayHTTPClient()
        let answers = await HealthCache(checker: HealthChecker(client: client)).health(of: accounts)
        await client.shutdown()
        await session.close()
        let masker = session.masker
        for health in answers { Console.out(masker.mask(json ? health.json.serialized() : health.line)) }
        if !answers.allSatisfy(\.isConnected) { throw Exit.gatewayFailed }
    }
}
