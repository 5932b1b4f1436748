import Foundation
import GatewaySandbox
@testable import StatusKit
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
        let outcome = await StatusPoster(client: fixture.client, timeout: .seconds(10)).post(try valid("oi", .ryze), to: fixture.account(.ryze))
        XCTAssertTrue(outcome.succeeded, "\(String(describing: outcome.failure))")
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
}
