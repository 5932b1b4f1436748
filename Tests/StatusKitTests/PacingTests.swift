import Foundation
import GatewaySandbox
@testable import StatusKit
import Synchronization
import XCTest

/// Gateways' limits hold when one process posts many statuses: the sandbox enforces them, so a
/// burst that ignored them would come back 429.
final class PacingTests: XCTestCase {
    var fixture: SandboxFixture!

    override func setUp() async throws { fixture = try await SandboxFixture.start() }
    override func tearDown() async throws { await fixture.stop() }

    private func valid(_ text: String, _ gateway: GatewayKind) throws -> ValidDraft {
        try XCTUnwrap(DraftValidator.check(StatusDraft(kind: .text, text: text), for: gateway).valid)
    }

    func testTwentyGreenPostsKeepFivePerSecond() async throws {
        let poster = StatusPoster(client: fixture.client, timeout: .seconds(20))
        let account = fixture.account(.greenAPI)
        let draft = try valid("campanha", .greenAPI)
        let outcomes = await withTaskGroup(of: PostOutcome.self) { group in
            for _ in 0..<20 { group.addTask { await poster.post(draft, to: account) } }
            var all: [PostOutcome] = []
            for await outcome in group { all.append(outcome) }
            return all
        }
        XCTAssertEqual(outcomes.filter(\.succeeded).count, 20, outcomes.compactMap(\.failure?.message).joined(separator: "\n"))
        let times = fixture.server.recordedRequests().map(\.receivedAt)
        XCTAssertEqual(times.count, 20, "nothing is sent twice")
        for index in 5..<times.count {
            XCTAssertGreaterThanOrEqual(times[index].timeIntervalSince(times[index - 5]), 0.95, "six sends within a second at \(index)")
        }
    }

    func testTooManyRequestsWaitsRetryAfterThenSucceeds() async throws {
        fixture.server.inject(.tooManyRequests(retryAfterSeconds: 1), count: 1)
        let stages = StageLog()
        let outcome = await StatusPoster(client: fixture.client, timeout: .seconds(10)).post(try valid("oi", .ryze), to: fixture.account(.ryze)) { stages.add($0, $1) }
        XCTAssertTrue(outcome.succeeded, "\(String(describing: outcome.failure))")
        XCTAssertEqual(stages.entries.map(\.stage), [.sending, .waitingToRetry(seconds: 1), .sending], "the wait shows between the two sends")
        let times = fixture.server.recordedRequests().map(\.receivedAt)
        XCTAssertEqual(times.count, 2, "the refused request and its one retry")
        XCTAssertGreaterThanOrEqual(times[1].timeIntervalSince(times[0]), 0.95)
    }

    func testAccountMinimumGapSpacesPosts() async throws {
        var account = fixture.account(.sandbox)
        account.minimumGap = .milliseconds(400)
        let poster = StatusPoster(client: fixture.client)
        for text in ["a", "b", "c"] {
            let outcome = await poster.post(try valid(text, .sandbox), to: account)
            XCTAssertTrue(outcome.succeeded)
        }
        let times = fixture.server.recordedRequests().map(\.receivedAt)
        XCTAssertGreaterThanOrEqual(times[2].timeIntervalSince(times[0]), 0.75)
    }

    /// A post stays queued until its turn: "sending" is reported as its request leaves, so the
    /// second of two posts to one account says so a minimum gap after the first.
    func testSendingIsReportedWhenTheRequestLeavesNotBefore() async throws {
        var gapped = fixture.account(.sandbox)
        gapped.minimumGap = .milliseconds(600)
        let account = gapped
        let poster = StatusPoster(client: fixture.client)
        let stages = StageLog()
        let (a, b) = (try valid("a", .sandbox), try valid("b", .sandbox))
        async let first = poster.postAll([(account, a)], onStage: { stages.add($0, $1) })
        async let second = poster.postAll([(account, b)], onStage: { stages.add($0, $1) })
        let outcomes = await first + second
        XCTAssertTrue(outcomes.allSatisfy(\.succeeded))
        let entries = stages.entries
        XCTAssertEqual(entries.map(\.stage), [.sending, .sending])
        XCTAssertEqual(entries.map(\.account), [account.name, account.name])
        XCTAssertGreaterThanOrEqual(entries[1].at.timeIntervalSince(entries[0].at), 0.55, "the second was queued for the gap")
        let times = fixture.server.recordedRequests().map(\.receivedAt)
        XCTAssertEqual(times.count, 2)
        XCTAssertGreaterThanOrEqual(times[1].timeIntervalSince(entries[1].at), -0.05, "reported before, not after, it left")
    }
}

/// Two programs posting at once share their slots through the ledger's folder.
final class PacingLedgerTests: XCTestCase {
    func testTwoPacersOnOneLedgerKeepTheGapBetweenThem() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pacing-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Each pacer stands for a separate program: only the folder is shared.
        let first = Pacer(ledger: PacingLedger(directory: folder)), second = Pacer(ledger: PacingLedger(directory: folder))
        let start = Date()
        await first.waitTurn("green:host:1101", interval: .milliseconds(400))
        await second.waitTurn("green:host:1101", interval: .milliseconds(400))
        await first.waitTurn("green:host:1101", interval: .milliseconds(400))
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(start), 0.79, "three turns on one key take two gaps")
        let other = Date()
        await second.waitTurn("green:host:2202", interval: .milliseconds(400))
        XCTAssertLessThan(Date().timeIntervalSince(other), 0.3, "another key does not wait")

        await first.hold("ryze:host:abc", for: .milliseconds(500))
        let held = Date()
        await second.waitTurn("ryze:host:abc", interval: .zero)
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(held), 0.4, "a wait one program was asked for holds the other")

        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        XCTAssertEqual(names.count, 3)
        XCTAssertFalse(names.contains { $0.contains("green") || $0.contains("1101") }, "file names reveal no account: \(names)")
    }
}

/// Stages as the poster reports them, with when.
final class StageLog: Sendable {
    private let stored = Mutex<[(account: String, stage: PostStage, at: Date)]>([])

    func add(_ account: String, _ stage: PostStage) {
        stored.withLock { $0.append((account, stage, Date())) }
    }

    var entries: [(account: String, stage: PostStage, at: Date)] {
        stored.withLock { $0 }
    }
}
