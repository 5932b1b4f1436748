import Foundation
import History
import ServiceLifecycle
import StatusKit
import Synchronization

/// Posts what is due, once. Idle, it sleeps until the next due time (at most a minute, so a
/// changed wall clock is noticed) or until `scheduleChanged()` says another program changed the
/// schedule. Each due occurrence is claimed through the store first (a unique run per item and
/// time: never posted twice, even with two runners), then posted in the background so a slow
/// gateway never holds back the next item. On a graceful shutdown (SIGINT/SIGTERM through
/// ServiceLifecycle) it takes nothing new, lets the posts in flight finish and records them.
///
/// Time comes from an injected clock: `now` reads the date, `clock` sleeps, so the rules are
/// tested with a test clock without waiting.
public final class ScheduleRunner: Service, Sendable {
    public let store: ScheduleStore
    public let sender: OccurrenceSender
    public let rules: RunnerRules
    /// Makes a sleeper on the injected clock (kept as a closure: an existential clock cannot
    /// be handed to the generic sleeper).
    private let makeSleeper: @Sendable () -> @Sendable (Duration) async -> Void
    private let now: @Sendable () -> Date
    /// Each account's delay for an item with jitter N: random 0…N seconds.
    private let jitter: @Sendable (Int) -> Duration
    private let report: @Sendable (RunnerEvent) -> Void
    private let wakes: AsyncStream<Wake>
    private let wake: AsyncStream<Wake>.Continuation
    /// The sleep until the next due time, replaced after each look at the schedule.
    private let timer = Mutex<Task<Void, Never>?>(nil)
    /// Set by a graceful shutdown: nothing new is claimed.
    private let stopping = Atomic<Bool>(false)
    /// The longest idle sleep: the next due time is measured again at least this often.
    static let longestSleep: Duration = .seconds(60)

    enum Wake: Sendable { case due, changed, shutdown }

    public init<C: Clock<Duration>>(
        store: ScheduleStore, sender: OccurrenceSender, rules: RunnerRules, clock: C,
        now: @escaping @Sendable () -> Date, jitter: @escaping @Sendable (Int) -> Duration = ScheduleRunner.randomJitter,
        report: @escaping @Sendable (RunnerEvent) -> Void
    ) {
        self.store = store
        self.sender = sender
        self.rules = rules
        makeSleeper = { Self.sleeper(on: clock) }
        self.now = now
        self.jitter = jitter
        self.report = report
        (wakes, wake) = AsyncStream.makeStream(bufferingPolicy: .unbounded)
    }

    /// The live runner: the machine's clock and date.
    public convenience init(store: ScheduleStore, sender: OccurrenceSender, rules: RunnerRules, report: @escaping @Sendable (RunnerEvent) -> Void) {
        self.init(store: store, sender: sender, rules: rules, clock: ContinuousClock(), now: { Date() }, report: report)
    }

    public static let randomJitter: @Sendable (Int) -> Duration = { seconds in
        seconds > 0 ? .milliseconds(Int.random(in: 0...(seconds * 1000))) : .zero
    }

    /// Another program changed the schedule: look again now.
    public func scheduleChanged() {
        wake.yield(.changed)
    }

    public func run() async throws {
        settleAbandoned()
        await withGracefulShutdownHandler {
            await withDiscardingTaskGroup { posts in
                wake.yield(.due)
                for await reason in wakes {
                    if reason == .shutdown || stopping.load(ordering: .relaxed) { break }
                    let next = startDue(in: &posts)
                    let delay = min(Self.longestSleep, next.map { .milliseconds(Int(($0.timeIntervalSince(now()) * 1000).rounded(.up))) } ?? Self.longestSleep)
                    let sleep = makeSleeper(), wake = wake
                    timer.withLock { timer in
                        timer?.cancel()
                        timer = Task {
                            if delay > .zero { await sleep(delay) }
                            if !Task.isCancelled { wake.yield(.due) }
                        }
                    }
                    report(.idle(next: next))
                }
                timer.withLock { $0?.cancel() }
                // Leaving the group waits for every post in flight: each ends within its timeout.
            }
        } onGracefulShutdown: { [self] in
            stopping.store(true, ordering: .relaxed)
            wake.yield(.shutdown)
        }
    }

    /// Runs left `posting` by a process that is gone: unknown, never resent. Only the runner
    /// settles them, so `schedule list`, `show` and `doctor` only read.
    private func settleAbandoned() {
        do {
            try store.markAbandonedRuns(now: now())
        } catch {
            report(.storeProblem("\(error)"))
        }
    }

    /// Claims and starts every occurrence that is due; returns when the next one is due.
    private func startDue(in posts: inout DiscardingTaskGroup) -> Date? {
        let moment = now()
        do {
            for item in try store.due(upTo: moment) {
                guard let id = item.id, let due = item.next else { continue }
                let following = item.occurrence(after: due)
                switch rules.decide(due: due, following: following, now: moment) {
                case .miss:
                    if try store.markMissed(id: id, due: due, next: following, now: moment) {
                        report(.missed(scheduleId: id, due: due, accounts: item.accounts, campaign: item.campaign))
                    }
                case .post:
                    guard let run = try store.claim(id: id, due: due, next: following, now: moment, pid: getpid()) else { continue }
                    posts.addTask { await self.post(item, id: id, run: run) }
                }
            }
            return try store.nextDueTime()
        } catch {
            report(.storeProblem("\(error)"))
            return nil
        }
    }

    /// Posts one claimed occurrence and records how it ended.
    private func post(_ item: ScheduledItem, id: Int64, run: ScheduleRun) async {
        // The jitter counts from the claim (made first, so the clock it reads is the claim's).
        let wait = makeSleeper()
        report(.posting(scheduleId: id, due: run.dueAt, accounts: item.accounts, campaign: item.campaign))
        let delays = Dictionary(uniqueKeysWithValues: item.accounts.map { ($0, jitter(item.jitter)) })
        let report = report, campaign = item.campaign
        let outcomes = await sender.send(
            item.draftToPost, to: item.accounts, scheduleRun: run.id ?? 0, delays: delays,
            wait: wait,
            onStage: { name, stage in
                if case .waitingToRetry(let seconds) = stage { report(.waitingToRetry(scheduleId: id, account: name, seconds: seconds)) }
            },
            onOutcome: { report(.outcome(scheduleId: id, campaign: campaign, outcome: $0)) }
        )
        do {
            try store.finish(run: run, outcomes: outcomes, now: now())
        } catch {
            report(.storeProblem("\(error)"))
        }
    }

    /// Sleeps a delay counted from now — the moment the sleeper is made, so a test clock advanced
    /// before the sleep begins still wakes it on time — or less if a graceful shutdown begins
    /// (a claimed post then goes at once).
    static func sleeper<C: Clock<Duration>>(on clock: C) -> @Sendable (Duration) async -> Void {
        let origin = clock.now
        return { delay in
            await withTaskGroup(of: Void.self) { group in
                group.addTask { try? await clock.sleep(until: origin.advanced(by: delay), tolerance: nil) }
                group.addTask { try? await gracefulShutdown() }
                await group.next()
                group.cancelAll()
            }
        }
    }
}
