import ArgumentParser
import ComposerCore
import Foundation
import History
import StatusKit
import TerminalUI

struct ComposeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compose",
        abstract: "Open the terminal composer (the default command).",
        discussion: "The draft options pre-fill the form. Keys: Tab/Shift-Tab move between fields, Ctrl-S or F2 posts (after a confirmation), Ctrl-E opens $EDITOR, F1 shows every key, Ctrl-Q quits."
    )

    @Option(name: .long, help: ArgumentHelp("Accounts to choose at the start (repeat for several).", valueName: "name"))
    var account: [String] = []

    @OptionGroup var draftOptions: DraftOptions

    @Option(name: .long, help: ArgumentHelp("A colour theme: dark, light, high-contrast, or a .toml file.", valueName: "name|path"))
    var theme: String?

    @Flag(name: .long, help: "Start without the preview and the live counter, so each typed character sends the terminal little more than itself (slow SSH links). Ctrl-O or F4 toggles; quiet_screen = true in the config does the same.")
    var quietScreen = false

    @OptionGroup var configOptions: ConfigOptions

    @MainActor
    func run() async throws {
        let (session, _) = try await AccountSession.openForCommand(configOptions, selecting: account)
        let environment = ProcessInfo.processInfo.environment
        let store: HistoryStore
        do {
            store = try HistoryStore(path: HistoryStore.defaultPath(environment: environment))
        } catch {
            Console.error("Cannot open the history at \(HistoryStore.defaultPath(environment: environment)): \(error)")
            await session.close()
            throw Exit.invalidInput
        }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
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
        let themeChoice = ThemeChoice.resolve(theme ?? session.settings.theme, environment: environment)
        // With nothing given on the command line, carry on with the last draft.
        var draft = draftOptions.prefill()
        var chosen = account
        var restored: SavedDraft?
        if draft == StatusDraft(), account.isEmpty, let saved = try? store.loadDraft(), saved.draft != StatusDraft() {
            draft = saved.draft
            chosen = saved.accounts
            restored = saved
        }
        var state = ComposerState(
            accounts: session.accounts, selected: chosen, draft: draft,
            language: Language.from(environment: environment), theme: themeChoice.theme,
            colorProfile: screen.colorProfile, size: screen.size, usesBuiltInSandbox: session.usesBuiltInSandbox
        )
        state.quietScreen = quietScreen || session.settings.quietScreen
        state.widthProfile = screen.widthProfile
        if let restored {
            state.notice = .info(UIText(state.language).draftRestored(restored.savedAt))
        }
        // Posts an earlier run left without an answer: shown first, never resent on their own.
        let unknown = ((try? store.attempts(since: Date().addingTimeInterval(-StatusReceipt.lifetime))) ?? []).filter { $0.state == .unknown }
        let words = UIText(state.language)
        for record in unknown {
            state.log.append(LogEntry(
                postID: 0, accountName: record.account, gateway: GatewayKind(rawValue: record.gateway) ?? .sandbox,
                kind: StatusKind(rawValue: record.kind) ?? .text, startedAt: record.startedAt, finishedAt: record.startedAt,
                status: .failed(message: words.unknownOutcome, mayHavePosted: true)
            ))
        }
        if !unknown.isEmpty { state.notice = .error(words.unknownOutcomes(unknown.count)) }
        if let problem = themeChoice.problem { state.notice = .error(problem) }
        let client = GatewayHTTPClient()
        let app = ComposerApp(state: state, screen: screen, poster: StatusPoster(client: client, pacer: Pacer.shared(environment: environment)), store: store, environment: environment)
        app.run()
        screen.close()
        await client.shutdown()
        await session.close()
    }
}
