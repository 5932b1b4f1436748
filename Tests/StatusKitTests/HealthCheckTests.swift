import Foundation
import GatewaySandbox
import StatusKit
import XCTest

/// Each gateway's connection-state call over loopback, for each state the sandbox can be put in.
final class HealthCheckTests: XCTestCase {
    var fixture: SandboxFixture!

    override func setUp() async throws {
        fixture = try await SandboxFixture.start()
        // Green allows one state request a second; this test asks many in a row.
        fixture.server.setRateLimitsEnforced(false)
    }

    override func tearDown() async throws {
        await fixture.stop()
    }

    private func check(_ gateway: GatewayKind) async -> AccountHealth {
        await HealthChecker(client: fixture.client).check(fixture.account(gateway))
    }

    func testEachGatewayReportsEachStateInItsOwnWords() async throws {
        let expected: [(InstanceCondition, [GatewayKind: (HealthState, String)])] = [
            (.connected, [.zapi: (.connected, "connected: true, smartphoneConnected: true"), .greenAPI: (.connected, "stateInstance: authorized"),
                          .ryze: (.connected, "connection.state: connected"), .evolution: (.connected, "state: open"), .sandbox: (.connected, "state: connected")]),
            (.phoneOffline, [.zapi: (.phoneOffline, "connected: true, smartphoneConnected: false"), .greenAPI: (.phoneOffline, "stateInstance: sleepMode"),
                             .ryze: (.phoneOffline, "connection.state: disconnected"), .evolution: (.starting, "state: connecting"), .sandbox: (.phoneOffline, "state: phoneOffline")]),
            (.notAuthorized, [.zapi: (.notAuthorised, "You are not connected"), .greenAPI: (.notAuthorised, "stateInstance: notAuthorized"),
                              .ryze: (.notAuthorised, "connection.state: loggedout"), .evolution: (.notAuthorised, "state: close"), .sandbox: (.notAuthorised, "state: notAuthorized")]),
            (.blocked, [.greenAPI: (.blocked, "stateInstance: blocked"), .sandbox: (.blocked, "state: blocked")]),
            (.starting, [.zapi: (.notAuthorised, "You need to restore the session"), .greenAPI: (.starting, "stateInstance: starting"),
                         .ryze: (.starting, "connection.state: connecting"), .evolution: (.starting, "state: connecting")]),
            (.creating, [.greenAPI: (.starting, "stateInstance: null (the instance is still being created)")]),
            (.yellowCard, [.greenAPI: (.blocked, "stateInstance: yellowCard (sending partly suspended)")]),
        ]
        for (condition, byGateway) in expected {
            for (gateway, (state, detail)) in byGateway {
                let account = fixture.account(gateway)
                fixture.server.setCondition(condition, provider: SandboxProvider(rawValue: gateway.rawValue)!, instance: account.instance)
                let health = await check(gateway)
                XCTAssertEqual(health.state, state, "\(gateway) \(condition): \(health.detail)")
                XCTAssertEqual(health.detail, detail, "\(gateway) \(condition)")
                XCTAssertEqual(health.isConnected, state == .connected)
            }
        }
        let reads = fixture.server.recordedReads()
        XCTAssertTrue(reads.contains { $0.path.hasPrefix("/instances/inst-zapi/token/") && $0.path.hasSuffix("/status") })
        XCTAssertTrue(reads.contains { $0.path.hasPrefix("/waInstanceinst-green-api/getStateInstance/") })
        XCTAssertTrue(reads.contains { $0.path == "/api/instance/list?instanceName=inst-ryze" && $0.headers.contains { $0.name.lowercased() == "token" } })
        XCTAssertTrue(reads.contains { $0.path == "/instance/connectionState/inst-evolution" })
        XCTAssertTrue(fixture.server.recordedRequests().isEmpty, "a check posts nothing")
    }

    func testRefusedTokenUnreachableAndNoTokenInAnyDetail() async throws {
        for gateway in GatewayKind.allCases {
            var account = fixture.account(gateway)
            account.token = Secret("wrong-token-\(gateway.rawValue)")
            let health = await HealthChecker(client: fixture.client).check(account)
            XCTAssertEqual(health.state, .tokenRefused, "\(gateway): \(health.detail)")
            XCTAssertFalse(health.detail.contains("wrong-token"), health.detail)
            XCTAssertFalse(health.line.contains("wrong-token"), health.line)
        }
        var gone = fixture.account(.greenAPI)
        gone.baseURL = URL(string: "http://127.0.0.1:9")!
        let unreachable = await HealthChecker(client: fixture.client).check(gone)
        XCTAssertEqual(unreachable.state, .unreachable, unreachable.detail)
        XCTAssertFalse(unreachable.detail.contains(gone.token.exposedValue))
    }

    func testCacheKeepsAnAnswerSixtySecondsAndAsksAgainAfter() async throws {
        let clock = TestClock()
        let cache = HealthCache(checker: HealthChecker(client: fixture.client, now: { clock.now }), now: { clock.now })
        let account = fixture.account(.zapi)
        _ = await cache.health(of: account)
        fixture.server.setCondition(.phoneOffline, provider: .zapi, instance: account.instance)
        clock.advance(59)
        let kept = await cache.health(of: account)
        XCTAssertEqual(kept.state, .connected, "kept from 59 s ago")
        XCTAssertEqual(fixture.server.recordedReads().count, 1)
        // `post` and `accounts check` ask afresh through a new cache.
        let fresh = await HealthCache(checker: HealthChecker(client: fixture.client, now: { clock.now }), now: { clock.now }).health(of: account)
        XCTAssertEqual(fresh.state, .phoneOffline, "a fresh check always asks")
        clock.advance(61)
        _ = await cache.health(of: account)
        XCTAssertEqual(fixture.server.recordedReads().count, 3)
    }
}

/// A clock tests move by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date(timeIntervalSince1970: 1_800_000_000)

    var now: Date { lock.withLock { current } }

    func advance(_ seconds: TimeInterval) {
        lock.withLock { current = current.addingTimeInterval(seconds) }
    }
}
