import ArgumentParser
import Foundation
import StatusKit

struct SendImageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send-image",
        abstract: "Send an image to a chat or group through a Z-API account (Z-API's /send-image).",
        discussion: "Example: status-composer send-image --account shop --phone 5511999999999 --image promo.png --caption \"Today only\""
    )

    @Option(name: .long, help: ArgumentHelp("A Z-API account from the config.", valueName: "name"))
    var account: String

    @Option(name: .long, help: ArgumentHelp("The number with country code (digits), or a group id like 120363019502650977-group.", valueName: "phone"))
    var phone: String

    @Option(name: .long, help: ArgumentHelp("An http(s) link, a local file or a data: URI.", valueName: "url|path"))
    var image: String

    @Option(name: .long, help: ArgumentHelp("The image's caption.", valueName: "text"))
    var caption: String?

    @Option(name: .customLong("reply-to"), help: ArgumentHelp("The messageId of a message to reply to.", valueName: "id"))
    var replyTo: String?

    @Option(name: .long, help: ArgumentHelp("Seconds Z-API waits before sending (1–15).", valueName: "seconds"))
    var delay: Int?

    @Flag(name: .customLong("view-once"), help: "The recipient can open the image only once.")
    var viewOnce = false

    @OptionGroup var sendOptions: SendOptions
    @OptionGroup var configOptions: ConfigOptions

    func run() async throws {
        let message = ZAPIImageMessage(
            phone: phone, image: image, caption: caption ?? "", replyToMessageId: replyTo ?? "",
            delaySeconds: delay, viewOnce: viewOnce
        )
        let (session, selected) = try await AccountSession.openForCommand(configOptions, selecting: [account])
        let chosen = selected[0]
        let masker = session.masker
        var problems = message.issues().map(\.message)
        if chosen.gateway != .zapi {
            problems.insert("--account: '\(chosen.name)' uses \(chosen.gateway.displayName); send-image is a Z-API method", at: 0)
        }
        guard problems.isEmpty else {
            IssueReport.printProblems(ConfigError(problems))
            await session.close()
            throw Exit.invalidInput
        }
        let request = try message.request(account: chosen)
        if sendOptions.dryRun {
            Console.out("# \(chosen.name) (Z-API): \(request.purpose)")
            Console.out(RequestPrinter.describe(request, masker: masker))
            Console.error("Dry run: nothing was sent.")
            await session.close()
            return
        }
        if let banner = session.sandboxBanner { Console.error(banner) }
        let client = GatewayHTTPClient()
        let result: Result<StatusReceipt, GatewayFailure>
        switch await client.send(request, timeout: sendOptions.timeoutDuration ?? .seconds(60)) {
        case .failure(let failure): result = .failure(failure)
        case .success(let response): result = ZAPIGateway().receipt(from: response)
        }
        await client.shutdown()
        await session.close()
        let outcome = PostOutcome(accountName: chosen.name, gateway: .zapi, result: result)
        Console.out(OutcomeReport(json: sendOptions.json, masker: masker).line(for: outcome))
        if !outcome.succeeded { throw Exit.gatewayFailed }
    }
}
