import ArgumentParser
import Foundation
import History
import Media
import StatusKit

struct PostCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "post",
        abstract: "Post one status to one or more accounts at once.",
        discussion: """
        The draft is checked against every chosen account's gateway before anything is sent (media by \
        its own bytes, a link by a 3 s HEAD); on any error nothing is sent (exit 2). Accounts then post \
        concurrently.
        Example: status-composer post --account shop --type text --text "Sale today" --color "#1E8449" --font serif
        """
    )

    @Option(name: .long, help: ArgumentHelp("An account from the config (repeat to post to several).", valueName: "name"))
    var account: [String] = []

    @OptionGroup var draftOptions: DraftOptions
    @OptionGroup var sendOptions: SendOptions
    @OptionGroup var configOptions: ConfigOptions

    func validate() throws {
        if account.isEmpty { throw ValidationError("--account: missing; name at least one account (status-composer accounts lists them)") }
    }

    func run() async throws {
        let draft: StatusDraft
        do {
            draft = try draftOptions.makeDraft()
        } catch {
            IssueReport.printProblems(error)
            throw Exit.invalidInput
        }
        let (session, accounts) = try await AccountSession.openForCommand(configOptions, selecting: account)
        let code = await post(draft, to: accounts, session: session)
        await session.close()
        if code != .success { throw code }
    }

    private func post(_ draft: StatusDraft, to accounts: [Account], session: AccountSession) async -> ExitCode {
        let masker = session.masker
        let language = Language.from()
        // The media's facts first (what the file's bytes are, a link's HEAD): their checks apply too.
        let checks = await MediaInspector().checkAll(draft, accounts: accounts, language: language)
        guard IssueReport.print(checks, masker: masker), let ready = checks.ready else { return Exit.invalidInput }

        if sendOptions.dryRun {
            return dryRun(ready, masker: masker)
        }
        if let banner = session.sandboxBanner { Console.error(banner) }
        let client = GatewayHTTPClient()
        let report = OutcomeReport(json: sendOptions.json, masker: masker, language: language)
        let poster = StatusPoster(client: client, timeout: sendOptions.timeoutDuration, pacer: Pacer.shared())
        let store: HistoryStore
        switch HistoryAccess.open() {
        case .success(let opened): store = opened
        case .failure(let failure):
            await client.shutdown()
            Console.error(failure.description)
            return Exit.invalidInput
        }
        let outcomes: [PostOutcome]
        do {
            let quiet = sendOptions.json
            outcomes = try await JournaledPoster(poster: poster, store: store).postAll(ready, typed: draft, onStage: { name, stage in
                if case .waitingToRetry(let seconds) = stage, !quiet {
                    Console.error("… \(name): the gateway asked to wait (429); trying again in \(seconds) s")
                }
            }, onOutcome: { outcome in
                Console.out(report.line(for: outcome))
            })
        } catch {
            await client.shutdown()
            Console.error("Nothing was sent: the history at \(HistoryStore.defaultPath()) cannot be written (\(error)).")
            return Exit.invalidInput
        }
        await client.shutdown()
        if !sendOptions.json { Console.error(OutcomeReport.summary(outcomes)) }
        return outcomes.allSatisfy(\.succeeded) ? .success : Exit.gatewayFailed
    }

    private func dryRun(_ ready: [(account: Account, draft: ValidDraft)], masker: SecretMasker) -> ExitCode {
        for item in ready {
            do {
                let requests = try StatusPoster.plannedRequests(for: item.draft, account: item.account)
                for (index, request) in requests.enumerated() {
                    let step = requests.count > 1 ? " (step \(index + 1) of \(requests.count))" : ""
                    Console.out("# \(item.account.name) (\(item.account.gateway.displayName)): \(request.purpose)\(step)")
                    Console.out(RequestPrinter.describe(request, masker: masker))
                    Console.out("")
                }
            } catch {
                Console.error(masker.mask("\(item.account.name): cannot prepare the request: \(error)"))
                return Exit.invalidInput
            }
        }
        Console.error("Dry run: nothing was sent.")
        return .success
    }
}
