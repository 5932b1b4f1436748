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
        its own bytes, a link by a 3 s HEAD); on any error nothing is sent (exit 2). Each account's \
        gateway is then asked whether it is connected; when one is not, nothing is sent (exit 1) unless \
        --no-check. Accounts then post concurrently. With an explicit audience on Evolution API the \
        account's own number is added (so the sender sees the status) unless the account says \
        include_self = false.
        Example: status-composer post --account shop --type text --text "Sale today" --color "#1E8449" --font serif
        """
    )

    @Option(name: .long, help: ArgumentHelp("An account from the config (repeat to post to several).", valueName: "name"))
    var account: [String] = []

    @Flag(name: .customLong("no-check"), help: "Post without asking first whether each account is connected.")
    var noCheck = false

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

        let client = GatewayHTTPClient()
        let poster = StatusPoster(client: client, timeout: sendOptions.timeoutDuration, pacer: Pacer.shared(), ownNumbers: OwnNumberCache(client: client))
        if sendOptions.dryRun {
            let code = await dryRun(ready, masker: masker, poster: poster)
            await client.shutdown()
            return code
        }
        if let banner = session.sandboxBanner { Console.error(banner) }
        if !noCheck, let refused = await refusal(for: ready.map(\.account), client: client) {
            await client.shutdown()
            Console.error(masker.mask(refused))
            return Exit.gatewayFailed
        }
        await noteOwnNumbers(ready, poster: poster, masker: masker)
        let report = OutcomeReport(json: sendOptions.json, masker: masker, language: language)
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

    /// Asks every account afresh; the message naming those not connected, or nil when all are.
    private func refusal(for accounts: [Account], client: GatewayHTTPClient) async -> String? {
        let answers = await HealthCache(checker: HealthChecker(client: client)).health(of: accounts)
        let down = answers.filter(\.saysNotConnected)
        if !sendOptions.json {
            for unsure in answers where !unsure.isConnected && !unsure.saysNotConnected {
                Console.error("… \(unsure.accountName): the connection state could not be told (\(unsure.state.rawValue) — \(unsure.detail)); posting, and its answer will say")
            }
        }
        guard !down.isEmpty else { return nil }
        let lines = down.map { "  " + $0.line }
        return (["Nothing was sent: \(down.count == 1 ? "this account is" : "these accounts are") not connected, and a status posted now may be refused, or held and published hours later:"]
            + lines + ["Check with: status-composer accounts check — or post anyway with --no-check."]).joined(separator: "\n")
    }

    /// Says when an account's own number cannot be added to its audience (the post goes on).
    private func noteOwnNumbers(_ ready: [(account: Account, draft: ValidDraft)], poster: StatusPoster, masker: SecretMasker) async {
        for item in ready {
            if case .failure(let unknown) = await poster.audience(for: item.draft, account: item.account).own, !sendOptions.json {
                Console.error(masker.mask("… \(item.account.name): the account's own number is not added to the audience: \(unknown.reason)"))
            }
        }
    }

    private func dryRun(_ ready: [(account: Account, draft: ValidDraft)], masker: SecretMasker, poster: StatusPoster) async -> ExitCode {
        for item in ready {
            let (draft, own) = await poster.audience(for: item.draft, account: item.account)
            if let own {
                switch own {
                case .success(let own):
                    Console.out("# \(item.account.name): the account's own number \(own) is added to the audience, so the sender sees the status (include_self = false leaves it out)")
                case .failure(let unknown):
                    Console.out(masker.mask("# \(item.account.name): the account's own number cannot be added to the audience: \(unknown.reason)"))
                }
            }
            do {
                let requests = try StatusPoster.plannedRequests(for: draft, account: item.account)
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
