import ArgumentParser
import Foundation
import History
import Logging
import Scheduling
import ServiceLifecycle
import StatusKit

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Post scheduled statuses when they are due, until stopped.",
        discussion: """
        One runner per state folder: a second one exits 2 naming the first's pid. Idle, it sleeps until the next due \
        time and wakes at once when `schedule add|pause|resume|cancel` changes the schedule. Each \
        occurrence is posted once, journal first, with the pacing and 429 rules of `post`; one \
        line per account per post. SIGINT/SIGTERM: posts in flight finish and are recorded, exit 0.
        Example: status-composer run --grace 30m
        """
    )

    @Flag(name: .long, help: "One JSON object per account per post, as `post --json` prints, with scheduleId.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Post items found this late at most (90s, 30m, 2h, 1d); older ones are missed.", valueName: "duration"))
    var grace = RunCommand.defaultGrace

    /// `RunnerRules.defaultGrace`, as the option is written.
    static let defaultGrace = "10m"

    @Flag(name: .long, help: "Post items that are due, however late (the latest occurrence of a repeating item).")
    var catchUp = false

    @OptionGroup var timeoutOption: TimeoutOption

    @Flag(name: .customLong("no-check"), help: "Post without asking the gateways first whether each account is connected.")
    var noCheck = false

    @Flag(name: .long, help: "Print a systemd user unit that keeps this runner going, and exit.")
    var printSystemdUnit = false

    @OptionGroup var configOptions: ConfigOptions

    func validate() throws {
        if graceSeconds == nil { throw ValidationError("--grace: '\(grace)'; give a duration such as 90s, 30m, 2h or 1d (default 10m)") }
    }

    private var graceSeconds: Int? {
        guard case .after(let seconds)? = try? WhenSpec.parse(in: grace) else { return nil }
        return seconds
    }

    func run() async throws {
        if printSystemdUnit {
            Console.out(SystemdUnit.text(arguments: unitArguments))
            return
        }
        let lock: RunnerLock
        switch try RunnerLock.acquire() {
        case .success(let acquired): lock = acquired
        case .failure(.otherProcess(let pid)):
            let who = pid.map { "pid \($0)" } ?? "a process that is starting"
            Console.error("Another runner (\(who)) already runs the schedule of \(HistoryStore.stateFolder()); only one may. Stop it first, or leave it running.")
            throw Exit.invalidInput
        }
        defer { lock.release() }
        let (session, _) = try await AccountSession.openForCommand(configOptions)
        let context: ScheduleContext
        do {
            context = try ScheduleContext.make(
                accounts: session.accounts, settings: session.schedule, configPath: session.location.path, nothing: "posted")
        } catch {
            await session.close()
            throw error
        }
        let code = await serve(session, context: context)
        await session.close()
        if code != .success { throw code }
    }

    private func serve(_ session: AccountSession, context: ScheduleContext) async -> ExitCode {
        let history = context.store.history
        let zone = context.zone.timeZone
        if let banner = session.sandboxBanner { Console.error(banner) }
        let client = GatewayHTTPClient()
        // As `post` sends: the accounts' own numbers join an explicit Evolution audience.
        let poster = StatusPoster(client: client, timeout: timeoutOption.duration, pacer: Pacer.shared(), ownNumbers: OwnNumberCache(client: client))
        let language = Language.from()
        let report = RunReport(outcomes: OutcomeReport(json: json, masker: session.masker, language: language), accounts: session.accounts, grace: grace, zone: zone)
        let runner = ScheduleRunner(
            store: context.store,
            sender: ScheduledSending.sender(
                poster: poster, history: history, accounts: session.accounts, language: language,
                health: noCheck ? nil : HealthCache(checker: HealthChecker(client: client))
            ),
            rules: RunnerRules(grace: graceSeconds.map(TimeInterval.init) ?? RunnerRules.defaultGrace, catchUp: catchUp),
            report: report.print
        )
        let watcher: ScheduleChangeWatcher
        do {
            watcher = try ScheduleChangeWatcher(onChange: runner.scheduleChanged)
        } catch {
            await client.shutdown()
            Console.error("Cannot watch \(HistoryStore.stateFolder()) for schedule changes: \(error)")
            return Exit.invalidInput
        }
        if !json { Console.error("Runner started (pid \(getpid())) for \(HistoryStore.stateFolder()); times in \(zone.identifier). Stop with Ctrl-C.") }
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: [.init(service: runner)], gracefulShutdownSignals: [.sigterm, .sigint], logger: Logger(label: "runner") { _ in SwiftLogNoOpLogHandler() }
        ))
        do {
            try await group.run()
        } catch {
            Console.error("The runner stopped: \(error)")
        }
        watcher.stop()
        await client.shutdown()
        if !json { Console.error("Runner stopped.") }
        return .success
    }

    /// What the unit's ExecStart passes on.
    private var unitArguments: [String] {
        var arguments: [String] = []
        if json { arguments.append("--json") }
        if grace != Self.defaultGrace { arguments += ["--grace", grace] }
        if catchUp { arguments.append("--catch-up") }
        if noCheck { arguments.append("--no-check") }
        if let timeout = timeoutOption.timeout { arguments += ["--timeout", "\(timeout)"] }
        if let config = configOptions.config {
            arguments += ["--config", config.hasPrefix("/") ? config : FileManager.default.currentDirectoryPath + "/" + config]
        }
        return arguments
    }
}
