import ArgumentParser
import Foundation
import History
import StatusKit

struct DeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Take a posted status back before it expires, and record it in the history.",
        discussion: "Green API uses deleteStatus; RyzeAPI its message delete (for everyone); Evolution API and Z-API their generic message delete aimed at the status broadcast. Example: status-composer delete --account shop --message-id 3EB0C767D097B7C7C030"
    )

    @Option(name: .long, help: ArgumentHelp("The account that posted the status.", valueName: "name"))
    var account: String

    @Option(name: .customLong("message-id"), help: ArgumentHelp("The status's id (messageId, idMessage or key.id; see status-composer history).", valueName: "id"))
    var messageId: String

    @Option(name: .long, help: ArgumentHelp("Seconds to wait for the gateway's answer.", valueName: "seconds"))
    var timeout: Int = 60

    @OptionGroup var configOptions: ConfigOptions

    func run() async throws {
        let (session, selected) = try await AccountSession.openForCommand(configOptions, selecting: [account])
        let chosen = selected[0]
        let masker = session.masker
        let id = messageId.trimmingCharacters(in: .whitespaces)
        guard !id.isEmpty else {
            Console.error("--message-id: empty; give the id the gateway returned (status-composer history lists them)")
            await session.close()
            throw Exit.invalidInput
        }
        let client = GatewayHTTPClient()
        let deleted = await StatusPoster(client: client, timeout: .seconds(max(1, timeout))).delete(messageId: id, from: chosen)
        await client.shutdown()
        await session.close()
        guard let result = deleted else {
            Console.error("\(chosen.name) (\(chosen.gateway.displayName)): this gateway cannot delete statuses; it expires 24 hours after posting")
            throw Exit.invalidInput
        }
        let who = "\(chosen.name) (\(chosen.gateway.displayName))"
        switch result {
        case .success:
            let store = try? HistoryStore(path: HistoryStore.defaultPath())
            let recorded = (try? store?.markDeleted(account: chosen.name, messageId: id)) ?? 0
            Console.out(masker.mask("✓ \(who): deleted \(id)\(recorded == 0 ? " (it was not in this machine's history)" : "")"))
        case .failure(let failure):
            Console.out(masker.mask("✗ \(who): \(failure.message(in: Language.from()))"))
            throw Exit.gatewayFailed
        }
    }
}
