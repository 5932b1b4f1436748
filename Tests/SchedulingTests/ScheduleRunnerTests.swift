import Clocks
import Foundation
import History
import Scheduling
import ServiceLifecycleTestKit
import StatusKit
import Synchronization
import XCTest

/// The runner's rules over a test clock: nothing waits for real time except the posts
/// themselves (real HTTP to the sandbox), each waited for with a bounded poll.
final class ScheduleRunnerTests: XCTestCase {
    var harness: RunnerHarness!

    override func setUp() async throws {
        harness = try await RunnerHarness.make()
    }

    override func tearDown() async throws {
        await harness.stop()
    }

    /// Runs `runners` until `body` returns, then shuts them down gracefully and waits for them.
    private func running(_ runners: [ScheduleRunner], _ body: (GracefulShutdownTestTrigger) async throws -> Void) async throws {
        try await testGracefulShutdown { trigger in
            let tasks = runners.map { runner in Task { try await runner.run() } }
            try await body(trigger)
            trigger.triggerGracefulShutdown()
            for task in tasks { try await task.value }
        }
    }

    func testPostsWhenTheClockReachesItsTimeAndNotBefore() async throws {
        let due = harness.start.addingTimeInterval(30)
        let id = try harness.schedule("on time", due: due)
        try await running([harness.runner()]) { _ in
            await harness.waitUntil { harness.idleCount() >= 1 }
            // It sleeps until the due time, not less: nothing wakes it before.
            let until = try XCTUnwrap(harness.idleUntil().first ?? nil)
            XCTAssertEqual(until.timeIntervalSince(due), 0, accuracy: 0.001)
            await harness.clock.advance(by: .seconds(29))
            XCTAssertTrue(harness.requests(withText: "on time").isEmpty)
            await harness.clock.advance(by: .seconds(1))
            await harness.waitUntil { harness.outcomes(of: id).count == 1 }
            XCTAssertEqual(harness.outcomes(of: id).first?.succeeded, true)
            try await harness.waitUntil { try harness.store.item(id: id)?.state == .posted }
        }
        XCTAssertEqual(harness.requests(withText: "on time").count, 1)
        XCTAssertEqual(try harness.store.runs(of: id).map(\.state), [.posted])
    }

    func testFoundBeyondTheGraceIsMissedAndTheRepeatStaysScheduled() async throws {
        let due = harness.start.addingTimeInterval(-20 * 60)
        let id = try harness.schedule("too late", due: due, repeatRule: "daily")
        try await running([harness.runner(RunnerRules(grace: 600))]) { _ in
            await harness.waitUntil { harness.missed(id) == [due] }
        }
        XCTAssertTrue(harness.requests(withText: "too late").isEmpty)
        let item = try XCTUnwrap(harness.store.item(id: id))
        XCTAssertEqual(item.state, .scheduled)
        XCTAssertEqual(item.next, due.addingTimeInterval(86_400))
        XCTAssertEqual(try harness.store.runs(of: id).map(\.state), [.missed])
    }

    func testFoundWithinTheGraceIsPosted() async throws {
        let id = try harness.schedule("a bit late", due: harness.start.addingTimeInterval(-5 * 60))
        try await running([harness.runner(RunnerRules(grace: 600))]) { _ in
            await harness.waitUntil { harness.outcomes(of: id).count == 1 }
            try await harness.waitUntil { try harness.store.item(id: id)?.state == .posted }
        }
        XCTAssertEqual(harness.requests(withText: "a bit late").count, 1)
    }

    func testCatchUpPostsOnlyTheLatestOfSeveralMissedOccurrences() async throws {
        let first = harness.start.addingTimeInterval(-3 * 86_400 - 3600)
        let id = try harness.schedule("catch up", due: first, repeatRule: "daily")
        try await running([harness.runner(RunnerRules(grace: 600, catchUp: true))]) { _ in
            await harness.waitUntil { harness.outcomes(of: id).count == 1 }
            try await harness.waitUntil { try harness.store.item(id: id)?.state == .scheduled }
        }
        XCTAssertEqual(harness.missed(id), [first, first.addingTimeInterval(86_400), first.addingTimeInterval(2 * 86_400)])
        XCTAssertEqual(harness.requests(withText: "catch up").count, 1)
        XCTAssertEqual(try harness.store.item(id: id)?.next, first.addingTimeInterval(4 * 86_400))
        XCTAssertEqual(try harness.store.runs(of: id).map(\.state), [.missed, .missed, .missed, .posted])
    }

    func testTwoRunnersPostAnOccurrenceOnce() async throws {
        // The second runner has a store of its own on the same file, as another process would.
        let other = try ScheduleStore(history: HistoryStore(path: harness.history.path))
        let ids = try (0..<5).map { try harness.schedule("once \($0)", due: harness.start.addingTimeInterval(10)) }
        try await running([harness.runner(), harness.runner(store: other)]) { _ in
            await harness.waitUntil { harness.idleCount() >= 2 }
            await harness.clock.advance(by: .seconds(10))
            for id in ids {
                try await harness.waitUntil { try harness.store.item(id: id)?.state == .posted }
            }
        }
        for index in 0..<5 { XCTAssertEqual(harness.requests(withText: "once \(index)").count, 1, "once \(index)") }
        XCTAssertEqual(ids.map { harness.outcomes(of: $0).count }, [1, 1, 1, 1, 1])
    }

    func testEachAccountWaitsItsJitter() async throws {
        let delays: [Int: Duration] = [0: .seconds(20), 1: .seconds(40)]
        let calls = Mutex(0)
        let jitter: @Sendable (Int) -> Duration = { limit in
            XCTAssertEqual(limit, 60)
            return calls.withLock { count in defer { count += 1 }; return delays[count] ?? .zero }
        }
        let id = try harness.schedule("jitter", due: harness.start.addingTimeInterval(10), accounts: ["sandbox-zapi", "sandbox-green"], jitter: 60)
        try await running([harness.runner(jitter: jitter)]) { _ in
            await harness.waitUntil { harness.idleCount() >= 1 }
            await harness.clock.advance(by: .seconds(10))
            await harness.waitUntil { harness.recorded.contains { if case .posting(id, _, _, _) = $0 { true } else { false } } }
            await harness.clock.advance(by: .seconds(19))
            XCTAssertTrue(harness.requests(withText: "jitter").isEmpty)
            await harness.clock.advance(by: .seconds(1))
            await harness.waitUntil { harness.outcomes(of: id).count == 1 }
            await harness.clock.advance(by: .seconds(20))
            await harness.waitUntil { harness.outcomes(of: id).count == 2 }
            try await harness.waitUntil { try harness.store.item(id: id)?.state == .posted }
        }
        XCTAssertEqual(harness.requests(withText: "jitter").count, 2)
    }

    func testAGracefulShutdownSendsAClaimedPostAtOnceAndRecordsIt() async throws {
        let id = try harness.schedule("stopping", due: harness.start.addingTimeInterval(10), jitter: 3600)
        try await running([harness.runner(jitter: { _ in .seconds(3000) })]) { trigger in
            await harness.waitUntil { harness.idleCount() >= 1 }
            await harness.clock.advance(by: .seconds(10))
            await harness.waitUntil { harness.recorded.contains { if case .posting(id, _, _, _) = $0 { true } else { false } } }
            trigger.triggerGracefulShutdown()
        }
        // The run ended only once the post was recorded.
        XCTAssertEqual(harness.outcomes(of: id).count, 1)
        XCTAssertEqual(try harness.store.item(id: id)?.state, .posted)
        XCTAssertEqual(harness.requests(withText: "stopping").count, 1)
    }

    func testTheRulesDecidePostOrMiss() {
        let now = Date(timeIntervalSince1970: 1_000_000)
        let strict = RunnerRules(grace: 600)
        XCTAssertEqual(strict.decide(due: now, following: nil, now: now), .post)
        XCTAssertEqual(strict.decide(due: now.addingTimeInterval(-600), following: nil, now: now), .post)
        XCTAssertEqual(strict.decide(due: now.addingTimeInterval(-601), following: nil, now: now), .miss)
        XCTAssertEqual(RunnerRules(grace: 600, catchUp: true).decide(due: now.addingTimeInterval(-86_000), following: nil, now: now), .post)
        // A later occurrence already due supersedes this one, whatever the flags.
        XCTAssertEqual(RunnerRules(grace: 600, catchUp: true).decide(due: now.addingTimeInterval(-60), following: now, now: now), .miss)
        XCTAssertEqual(strict.decide(due: now.addingTimeInterval(-60), following: now.addingTimeInterval(1), now: now), .post)
    }
}
