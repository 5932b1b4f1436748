import Clocks
import Foundation
import GatewaySandbox
import History
import Scheduling
import StatusKit
import Synchronization
import XCTest

/// A ScheduleRunner over a test clock, a real store in a temporary folder and a real sandbox
/// on 127.0.0.1 (the built-in sandbox accounts), with every event it reports kept.
final class RunnerHarness: Sendable {
    let folder: String
    let history: HistoryStore
    let store: ScheduleStore
    let server: GatewaySandboxServer
    let accounts: [Account]
    let clock = TestClock<Duration>()
    /// The test clock's zero, as a date: 2026-12-02 10:00 UTC.
    let start = Date(timeIntervalSince1970: 1_796_205_600)
    private let client = GatewayHTTPClient()
    private let events = EventLog()

    private init(folder: String, history: HistoryStore, store: ScheduleStore, server: GatewaySandboxServer, accounts: [Account]) {
        self.folder = folder
        self.history = history
        self.store = store
        self.server = server
        self.accounts = accounts
    }

    static func make() async throws -> RunnerHarness {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("runner-\(UUID().uuidString)").path
        let history = try HistoryStore(path: folder + "/history.sqlite")
        let server = try await GatewaySandboxServer.start(credentials: [])
        let accounts = BuiltInSandbox.accounts(baseURL: URL(string: server.baseURL)!)
        for account in accounts {
            server.register(SandboxCredential(provider: SandboxProvider(rawValue: account.gateway.rawValue)!, instance: account.instance, token: account.token.exposedValue))
        }
        return RunnerHarness(folder: folder, history: history, store: try ScheduleStore(history: history), server: server, accounts: accounts)
    }

    func stop() async {
        try? await client.shutdown()
        await server.shutdown()
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// The date the test clock shows.
    var now: Date { Self.date(of: clock, from: start) }

    static func date(of clock: TestClock<Duration>, from start: Date) -> Date {
        let elapsed = TestClock<Duration>.Instant().duration(to: clock.now).components
        return start.addingTimeInterval(Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18)
    }

    /// A runner on this harness's store (or another store on the same file, as a second
    /// process would have), each account's jitter given by `jitter`.
    func runner(_ rules: RunnerRules = RunnerRules(), store: ScheduleStore? = nil, jitter: @escaping @Sendable (Int) -> Duration = { _ in .zero }) -> ScheduleRunner {
        let poster = JournaledPoster(poster: StatusPoster(client: client, timeout: .seconds(5)), store: history)
        let clock = clock, start = start, events = events
        return ScheduleRunner(
            store: store ?? self.store, sender: OccurrenceSender(poster: poster, accounts: accounts), rules: rules, clock: clock,
            now: { Self.date(of: clock, from: start) },
            jitter: jitter, report: { event in events.entries.withLock { $0.append(event) } }
        )
    }

    /// Adds a text status for `accounts` due at `due`.
    @discardableResult
    func schedule(_ text: String, due: Date, accounts: [String] = ["sandbox-zapi"], repeatRule: String? = nil, jitter: Int = 0) throws -> Int64 {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: due)
        let item = ScheduledItem(
            createdAt: now, accounts: accounts, draft: StatusDraft(kind: .text, text: text), zone: "UTC",
            hour: parts.hour ?? 0, minute: parts.minute ?? 0, repeatRule: repeatRule, jitter: jitter, next: due
        )
        return try store.add(item).id ?? -1
    }

    var recorded: [RunnerEvent] { events.entries.withLock { $0 } }

    func idleCount() -> Int {
        idleUntil().count
    }

    /// What each idle report said the runner sleeps until.
    func idleUntil() -> [Date?] {
        recorded.compactMap { if case .idle(let next) = $0 { next } else { nil } }
    }

    func outcomes(of id: Int64) -> [PostOutcome] {
        recorded.compactMap { if case .outcome(id, _, let outcome) = $0 { outcome } else { nil } }
    }

    func missed(_ id: Int64) -> [Date] {
        recorded.compactMap { if case .missed(id, let due, _, _) = $0 { due } else { nil } }
    }

    func requests(withText text: String) -> [RecordedRequest] {
        server.recordedRequests().filter { String(decoding: $0.body, as: UTF8.self).contains(text) }
    }

    /// Polls every 10 ms, for at most `limit` seconds of real time.
    func waitUntil(_ limit: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line, _ condition: () throws -> Bool) async rethrows {
        let deadline = Date().addingTimeInterval(limit)
        while Date() < deadline {
            if try condition() { return }
            try? await Task.sleep(for: .milliseconds(10))
        }
        if try !condition() { XCTFail("not reached in \(limit) s; events: \(recorded)", file: file, line: line) }
    }
}

/// The runner's events as they were reported (a class, so closures can share the lock).
final class EventLog: Sendable {
    let entries = Mutex<[RunnerEvent]>([])
}
