import ComposerCore
import Foundation
import History
import Logging
import Scheduling
import ServiceLifecycle
import StatusKit
import Synchronization

/// The composer as the schedule's runner: while it is open and no `run` holds the runner's
/// lock, it takes the lock and runs a ScheduleRunner — all in a background task, never on the
/// keystroke path. It tells the run loop who runs the schedule (`.scheduleRunnerChanged`), and
/// `.scheduleChanged` whenever the store's revision moves (its own posts, or another program's
/// `schedule add|pause|cancel`, noticed through `schedule.changed`).
final class ComposerScheduleHost: Sendable {
    private let history: HistoryStore
    private let store: ScheduleStore
    private let poster: StatusPoster
    private let accounts: [Account]
    private let inbox: ActionInbox
    private let stateFolder: String
    private let group = Mutex<ServiceGroup?>(nil)
    private let watcher = Mutex<ScheduleChangeWatcher?>(nil)
    private let lastRevision = Mutex<Int64?>(nil)
    private let task = Mutex<Task<Void, Never>?>(nil)
    /// Set by `stop()`: no lock is taken and no runner started after it.
    private let stopping = Mutex(false)
    /// Wakes the runner while this composer runs the schedule (another program changed it).
    private let runnerWake = Mutex<(@Sendable () -> Void)?>(nil)
    /// How often a composer that is not the runner tries the lock again (a `run` may have stopped).
    static let retryEvery: Duration = .seconds(5)

    /// The composer's answers (kept 60 s), or nil with `--no-check`.
    private let health: HealthCache?

    init(store: ScheduleStore, poster: StatusPoster, accounts: [Account], health: HealthCache?, inbox: ActionInbox, stateFolder: String) {
        self.health = health
        history = store.history
        self.store = store
        self.poster = poster
        self.accounts = accounts
        self.inbox = inbox
        self.stateFolder = stateFolder
    }

    func start() {
        watcher.withLock { $0 = try? ScheduleChangeWatcher(stateFolder: stateFolder) { [self] in scheduleTouched() } }
        noticeRevision()
        let host = self
        task.withLock { $0 = Task.detached { await host.serve() } }
    }

    /// The composer is closing: take nothing new, and give the posts in flight up to
    /// `patience` to finish and be recorded (as `run` does on SIGTERM). One still without its
    /// answer after that ends with the process and is `unknown` on the next start, never resent.
    func stop(patience: Duration = .seconds(5)) async {
        watcher.withLock { $0?.stop() }
        let serving = task.withLock { $0 }
        // A running runner is asked to stop gracefully (cancelling it would cut its posts off);
        // otherwise the wait between tries of the lock is cut short.
        let running = group.withLock { group in
            stopping.withLock { $0 = true }
            return group
        }
        if let running { await running.triggerGracefulShutdown() } else { serving?.cancel() }
        guard let serving else { return }
        await withTaskGroup(of: Void.self) { race in
            race.addTask { await serving.value }
            race.addTask { try? await Task.sleep(for: patience) }
            await race.next()
            race.cancelAll()
        }
    }

    private func serve() async {
        var shown: ScheduleRunnerStatus?
        while !Task.isCancelled, !stopping.withLock({ $0 }) {
            let status: ScheduleRunnerStatus
            switch (try? RunnerLock.acquire(stateFolder: stateFolder)) {
            case .success(let lock)?:
                publish(.thisComposer, shown: &shown)
                await runSchedule()
                lock.release()
                status = .none
            case .failure(.otherProcess(let pid))?:
                status = pid.map { .otherProcess(pid: $0) } ?? .none
            case nil:
                status = .none
            }
            if Task.isCancelled || stopping.withLock({ $0 }) { return }
            publish(status, shown: &shown)
            try? await Task.sleep(for: Self.retryEvery)
        }
    }

    private func publish(_ status: ScheduleRunnerStatus, shown: inout ScheduleRunnerStatus?) {
        guard status != shown else { return }
        shown = status
        inbox.push(.scheduleRunnerChanged(status))
    }

    private func runSchedule() async {
        let runner = ScheduleRunner(
            store: store,
            sender: ScheduledSending.sender(poster: poster, history: history, accounts: accounts, language: Language.from(), health: health),
            rules: RunnerRules(),
            report: { [self] event in report(event) }
        )
        let services = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: [.init(service: runner)], gracefulShutdownSignals: [], logger: Logger(label: "composer-runner") { _ in SwiftLogNoOpLogHandler() }
        ))
        // Set under the group's lock, so `stop()` either sees this group or has already said stop.
        let stopped = group.withLock { group in
            group = services
            return stopping.withLock { $0 }
        }
        if stopped {
            group.withLock { $0 = nil }
            return
        }
        runnerWake.withLock { $0 = runner.scheduleChanged }
        try? await services.run()
        runnerWake.withLock { $0 = nil }
        group.withLock { $0 = nil }
    }

    /// The runner's posts show in the log. What it wrote is seen through `schedule.changed`,
    /// touched after each of its commits, as another program's writes are: waking the runner
    /// from here would answer its own `.idle` with a new pass, without end.
    private func report(_ event: RunnerEvent) {
        if case .outcome(let id, let campaign, let outcome) = event {
            inbox.push(.scheduledPostFinished(scheduleId: id, campaign: campaign, outcome: outcome))
        }
    }

    /// `schedule.changed` was touched (by any program, this one included): the runner looks
    /// again and the panel is told when the revision moved.
    private func scheduleTouched() {
        runnerWake.withLock { $0 }?()
        noticeRevision()
    }

    /// Sends `.scheduleChanged` when the store's revision moved.
    private func noticeRevision() {
        guard let revision = try? store.revision() else { return }
        let moved = lastRevision.withLock { last in
            defer { last = revision }
            return last != revision
        }
        if moved { inbox.push(.scheduleChanged) }
    }
}
