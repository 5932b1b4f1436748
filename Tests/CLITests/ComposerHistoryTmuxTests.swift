import Foundation
import GatewaySandbox
import TerminalTestSupport
import XCTest

/// The composer's queue and History panel in a real terminal: a second post waits its turn
/// under the account's minimum gap, the panel lists both with their countdown, one is deleted
/// after a confirmation (the sandbox sees the gateway's delete), and one is loaded back.
final class ComposerHistoryTmuxTests: XCTestCase {
    let token = "green-token-4242"

    func testQueuedThenHistoryPanelDeletesAndLoadsBack() async throws {
        let sandbox = try await SandboxHome.start([
            TestAccount(name: "loja", provider: .greenAPI, instance: "1101", tokenEnv: "GREEN_TOKEN", token: token, extra: ["min_gap = 4"]),
        ])
        let server = sandbox.server, env = sandbox.terminalEnvironment()
        let tmux = try TmuxSession(command: "\(CLIRunner.binary.path) --account loja", environment: env)
        defer { tmux.kill() }
        tmux.expect(text: "Ctrl-R/F3 history")

        tmux.typeAndPost("Promo de sábado 🎉")
        tmux.expect(text: "✓ loja (Green API): posted")
        tmux.sendKeys("C-n")
        tmux.typeAndPost("Segunda oferta")
        // The account's 4 s gap holds the second post back; the log says so until it leaves.
        tmux.expect(text: "loja (Green API): queued — waiting its turn")
        tmux.expect(text: "Log (1 queued)")
        tmux.expect("the second receipt") { $0.components(separatedBy: "✓ loja (Green API): posted").count == 3 }
        let sends = server.recordedRequests().filter { $0.path.contains("sendTextStatus") }
        XCTAssertEqual(sends.count, 2, "each post sent once")
        if sends.count == 2 { XCTAssertGreaterThanOrEqual(sends[1].receivedAt.timeIntervalSince(sends[0].receivedAt), 3.9) }

        tmux.sendKeys("C-r")
        tmux.expect(text: "History · statuses of the last 24 hours")
        let panel = tmux.expect("two live rows") { $0.components(separatedBy: "23h 59m left").count == 3 }
        XCTAssertTrue(panel.contains("“Segunda oferta”"), panel)
        XCTAssertTrue(panel.contains("Enter load into the form"), panel)

        // The newest is highlighted; delete it after the question.
        tmux.sendKeys("d")
        tmux.expect(text: "Delete for everyone?  y/Enter: delete · Esc: keep it — the status of")
        XCTAssertFalse(server.recordedRequests().contains { $0.path.contains("deleteStatus") }, "nothing is deleted before y")
        tmux.sendKeys("y")
        tmux.expect(text: "Deleted from loja (Green API).")
        let delete = try XCTUnwrap(server.recordedRequests().last { $0.path.contains("deleteStatus") })
        tmux.expect("the row marked deleted") { $0.contains("“Segunda oferta”") && $0.contains("deleted") }
        XCTAssertTrue(delete.path.hasPrefix("/waInstance1101/deleteStatus/"), delete.path)
        XCTAssertTrue(delete.bodyText?.contains("idMessage") ?? false, delete.bodyText ?? "")

        // The older one goes back into the form.
        tmux.sendKeys("Down")
        tmux.sendKeys("Enter")
        tmux.expect(text: "into the form; nothing was sent.")
        tmux.expect(text: "› Text        Promo de sábado 🎉")
        XCTAssertEqual(server.recordedRequests().filter { $0.path.contains("sendTextStatus") }.count, 2, "loading back sends nothing")
        XCTAssertFalse(tmux.screen().contains(token))

        let history = try CLIRunner.run(["history", "--json"], environment: env)
        XCTAssertEqual(history.stdoutLines.filter { $0.contains(#""state":"deleted""#) }.count, 1, history.stdout)
        XCTAssertEqual(history.stdoutLines.filter { $0.contains(#""state":"sent""#) }.count, 1, history.stdout)
        await sandbox.stop()
    }

    /// A post that went to two accounts (here from the `post` command) is taken back from both
    /// with one D in the panel.
    func testShiftDDeletesAPostFromEveryAccount() async throws {
        let sandbox = try await SandboxHome.start(["a", "b"].map {
            TestAccount(name: "shop-\($0)", provider: .sandbox, instance: $0, tokenEnv: "T_\($0.uppercased())", token: "tok-\($0)-3131")
        })
        let server = sandbox.server, env = sandbox.terminalEnvironment()
        let posted = try CLIRunner.run(["post", "--account", "shop-a", "--account", "shop-b", "--type", "text", "--text", "Preço errado"], environment: env)
        XCTAssertEqual(posted.exitCode, 0, posted.all)

        let tmux = try TmuxSession(command: "\(CLIRunner.binary.path) --account shop-a", environment: env)
        defer { tmux.kill() }
        tmux.expect(text: "Ctrl-R/F3 history")
        tmux.sendKeys("C-r")
        tmux.expect("both rows") { $0.components(separatedBy: "“Preço errado”").count == 3 }
        tmux.sendKeys("D")
        tmux.expect(text: "Delete for everyone, from all 2 accounts?  y/Enter: delete · Esc: keep them")
        tmux.sendKeys("y")
        tmux.expect("both deleted") { $0.components(separatedBy: "deleted").count >= 3 }
        let deletes = server.recordedRequests().filter { $0.method == "DELETE" }.map(\.path).sorted()
        XCTAssertEqual(deletes.count, 2, "\(deletes)")
        XCTAssertTrue(deletes.first?.hasPrefix("/sandbox/a/status/") ?? false, "\(deletes)")
        XCTAssertTrue(deletes.last?.hasPrefix("/sandbox/b/status/") ?? false, "\(deletes)")
        await sandbox.stop()
    }
}
