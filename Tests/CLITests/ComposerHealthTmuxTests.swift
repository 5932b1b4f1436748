import Foundation
import GatewaySandbox
import TerminalTestSupport
import XCTest

/// The composer asks the chosen accounts' gateways whether they are connected, in the
/// background: a mark beside each account, and a confirmation that names those not connected
/// and posts to them only with the second key.
final class ComposerHealthTmuxTests: XCTestCase {
    var sandbox: SandboxHome!

    override func setUp() async throws {
        sandbox = try await SandboxHome.start([
            TestAccount(name: "demo", provider: .sandbox, instance: "demo", tokenEnv: "DEMO_TOKEN", token: "demo-token-8888"),
            TestAccount(name: "green", provider: .greenAPI, instance: "1101", tokenEnv: "GREEN_TOKEN", token: "green-token-9999"),
        ])
    }

    override func tearDown() async throws {
        await sandbox.stop()
    }

    func testMarksAndConfirmationNameTheAccountNotConnected() throws {
        let server = sandbox.server
        server.setCondition(.phoneOffline, provider: .greenAPI, instance: "1101")
        let tmux = try TmuxSession(command: "\(CLIRunner.binary.path) --account demo --account green", environment: sandbox.terminalEnvironment())
        defer { tmux.kill() }

        let screen = tmux.expect(text: "green (Green API) ✗ phone offline")
        XCTAssertTrue(screen.contains("demo (Sandbox) ✓"), screen)
        XCTAssertTrue(screen.contains("[x] green (Green API) ✗ phone offline"), "the Accounts field marks it too:\n\(screen)")

        tmux.type("Promo")
        tmux.sendKeys("C-s")
        tmux.expect(text: "Not connected: green (phone offline).  y/Enter: post to the 1 connected · a: all · Esc: cancel")
        tmux.expect(text: "a all, not connected too")
        tmux.sendKeys("Enter")
        tmux.expect(text: "✓ demo (Sandbox): posted")
        XCTAssertFalse(server.recordedRequests().contains { $0.path.contains("sendTextStatus") }, "nothing went to the account not connected")

        tmux.sendKeys("C-s")
        tmux.expect(text: "Not connected: green (phone offline)")
        tmux.sendKeys("a")
        tmux.expect(text: "✓ green (Green API): posted")
        XCTAssertEqual(server.recordedRequests().filter { $0.path.contains("sendTextStatus") }.count, 1)
        XCTAssertEqual(server.recordedReads().filter { $0.path.contains("getStateInstance") }.count, 1, "asked once, in the background")
    }

    func testHistoryPanelShowsViewsAndKeepsGreensPaceWhileRefreshing() throws {
        let server = sandbox.server
        let tmux = try TmuxSession(command: "\(CLIRunner.binary.path) --account green", environment: sandbox.terminalEnvironment())
        defer { tmux.kill() }
        tmux.expect(text: "green (Green API) ✓")
        tmux.typeAndPost("Promo")
        tmux.expect(text: "✓ green (Green API): posted")
        let id = try XCTUnwrap(server.publishedMessageIds(provider: .greenAPI, instance: "1101").first)
        server.makeViewsArrive(messageId: id, recipients: ["5511911110000@c.us", "5511922220000@c.us"], step: .zero)

        tmux.sendKeys("C-r")
        tmux.expect(text: "2/2 read")
        tmux.expect(text: "views: 2 read, 0 delivered, 0 sent")
        tmux.sendKeys("v")
        tmux.expect(text: "5511911110000@c.us read · 5511922220000@c.us read")

        // Refreshing again and again asks Green no faster than once a second.
        tmux.expect("the statistics asked again") { _ in
            tmux.sendKeys("r")
            return server.recordedReads().filter { $0.path.contains("getStatusStatistic") }.count >= 3
        }
        let asked = server.recordedReads().filter { $0.path.contains("getStatusStatistic") }.map(\.receivedAt)
        for (earlier, later) in zip(asked, asked.dropFirst()) {
            XCTAssertGreaterThanOrEqual(later.timeIntervalSince(earlier), 1.0)
        }
        let statistics = server.recordedReads().filter { $0.path.contains("getStatusStatistic") }
        XCTAssertTrue(statistics.allSatisfy { $0.path.hasSuffix("?idMessage=\(id)") }, "each refresh asks for the posted status: \(statistics.map(\.path))")
    }
}
