import ArgumentParser
import ComposerCore
import Foundation
import History
import Scheduling
import StatusKit
import TerminalUI

struct ComposeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compose",
        abstract: "Open the terminal composer (the default command).",
        discussion: "The draft options pre-fill the form. Keys on the form (\(key(.help)) in the composer lists every key): " + formKeys() + "."
    )

    /// The form's keys as `--help` lists them, from the composer's own key map and help words,
    /// so this text follows the bindings.
    static func formKeys() -> String {
        let words = UIText(.english)
        return (KeyMap.standard.form.help.entries + KeyMap.standard.global.help.entries)
            .map { "\($0.label(words)) \($0.description(words).lowercased())" }
            .joined(separator: "; ")
    }

    /// One command's keys, as the key map names them.
    static func key(_ command: ComposerCore.Command) -> String {
        let words = UIText(.english)
        let label = KeyMap.standard.form.label(of: command, words)
        return label.isEmpty ? KeyMap.standard.global.label(of: command, words) : label
    }

    @Option(name: .long, help: ArgumentHelp("Accounts to choose at the start (repeat for several).", valueName: "name"))
    var account: [String] = []

    @OptionGroup var draftOptions: DraftOptions

    @Option(name: .long, help: ArgumentHelp("A colour theme: dark, light, high-contrast, or a .toml file.", valueName: "name|path"))
    var theme: String?

    @Flag(name: .long, help: ArgumentHelp("Start without the preview and the live counter, so each typed character sends the terminal little more than itself (slow SSH links). \(key(.quietScreen)) toggles; quiet_screen = true in the config does the same."))
    var quietScreen = false

    @Flag(name: .customLong("no-check"), help: "Do not ask the gateways whether the chosen accounts are connected, nor resolve unanswered posts, at the start: nothing goes on the network until something is posted.")
    var noCheck = false

    @OptionGroup var configOptions: ConfigOptions

    @MainActor
    func run() async throws {
        let (session, _) = try await AccountSession.openForCommand(configOptions, selecting: account)
        let environment = ProcessInfo.processInfo.environment
        let store: HistoryStore
        switch HistoryAccess.open(environment: environment) {
        case .success(let opened): store = opened
        case .failure(let failure):
            Console.error(failure.description)
            await session.close()
            throw Exit.invalidInput
        }
        let zone: ScheduleZone
        do {
            zone = try ScheduleZone.resolve(configured: session.schedule.timezone, environment: environment, configPath: session.location.path)
        } catch {
            ScheduleContext.printProblems(error.problems, nothing: "opened")
            await session.close()
            throw Exit.invalidInput
        }
        let scheduling: Result<ComposerScheduling, ScheduleFailure>
        do {
            let checker = ScheduleChecker(accounts: session.accounts, settings: session.schedule, zone: zone, language: Language.from(environment: environment))
            scheduling = .success(ComposerScheduling(store: try ScheduleStore(history: store), checker: checker))
        } catch {
            scheduling = .failure(ScheduleFailure("the schedule in \(store.path) cannot be opened (\(error))"))
        }
        // The files are read before the terminal is checked, so every reader runs (and is
        // tested) the same way with or without one.
        let themeChoice = ThemeChoice.resolve(theme ?? session.settings.theme, environment: environment)
        // The composer carries on with the last draft when nothing is given on the command line.
        let saved = (try? store.loadDraft()).map { ComposerStart.SavedForm(draft: $0.draft, accounts: $0.accounts, savedAt: $0.savedAt) }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            if let problem = themeChoice.problem { Console.error("Theme: \(problem)") }
            Console.error("The composer needs a terminal. In scripts, use: status-composer post --help")
            await session.close()
            throw Exit.invalidInput
        }
        let screen: TerminalScreen
        do {
            screen = try TerminalScreen(environment: environment)
        } catch {
            Console.error("Cannot open the terminal: \(error)")
            await session.close()
            throw Exit.invalidInput
        }
        var start = ComposerStart(accounts: session.accounts)
        start.chosen = account
        start.prefill = draftOptions.prefill()
        start.saved = saved
        // Posts an earlier run left without an answer (it ended mid-flight, so no finish time):
        // shown first, never resent on their own. Lost answers show in the History panel.
        start.unanswered = ((try? store.attempts(since: Date().addingTimeInterval(-StatusReceipt.lifetime))) ?? [])
            .filter { $0.state == .unknown && $0.finishedAt == nil }
            .map { ComposerStart.UnansweredAttempt(account: $0.account, gateway: $0.gateway, kind: $0.kind, startedAt: $0.startedAt) }
        start.language = Language.from(environment: environment)
        // Times show in the schedule's zone (the config's `timezone`, else TZ, else the machine's).
        start.timeZone = zone.timeZone
        start.now = Date()
        // What Foundation expands `~` to, so the media field reads paths as it always has.
        start.homeFolder = ("~" as NSString).expandingTildeInPath
        start.theme = themeChoice.theme
        start.themeProblem = themeChoice.problem
        start.colorProfile = screen.colorProfile
        start.size = screen.size
        start.usesBuiltInSandbox = session.usesBuiltInSandbox
        start.quietScreen = quietScreen || session.settings.quietScreen
        start.widthProfile = screen.widthProfile
        let state = start.state()
        let client = GatewayHTTPClient()
        let app = ComposerApp(state: state, screen: screen, poster: StatusPoster(client: client, pacer: Pacer.shared(environment: environment), ownNumbers: OwnNumberCache(client: client)), store: store, environment: environment, checksAccounts: !noCheck, scheduling: scheduling,
            explicitConfig: configOptions.config)
        app.run()
        screen.close()
        await app.finish()
        await client.shutdown()
        await session.close()
        if app.reopenWithAccount != nil { reopen() }
    }

    /// Becomes the composer again, on the config that now holds the account just added: the
    /// draft it saved comes back with that account chosen. The window's settings are kept; the
    /// accounts and draft options of the first start are not (the saved draft has them).
    private func reopen() -> Never {
        var arguments = [RunningBinary.path]
        if let config = configOptions.config { arguments += ["--config", config] }
        if let theme { arguments += ["--theme", theme] }
        if quietScreen { arguments.append("--quiet-screen") }
        if noCheck { arguments.append("--no-check") }
        let pointers = arguments.map { strdup($0) } + [nil]
        execv(RunningBinary.path, pointers)
        Console.error("Cannot reopen the composer (\(String(cString: strerror(errno)))); run: status-composer")
        Foundation.exit(Exit.invalidInput.rawValue)
    }
}
