import Foundation
import GatewaySandbox
import Synchronization
import TerminalTestSupport
import XCTest

/// The journal end to end: a post killed while its request hangs shows as unknown outcome and
/// is not sent again; a finished post shows its receipt and time left.
final class HistoryCommandTests: XCTestCase {
    func testKilledPostShowsUnknownOutcomeAndIsNeverResent() async throws {
        let sandbox = try await SandboxHome.start([TestAccount(name: "shop", provider: .ryze, instance: "shop", tokenEnv: "T", token: "ryze-token-5555")])
        let server = sandbox.server, home = sandbox.home, env = sandbox.environment()

        XCTAssertEqual(try CLIRunner.run(["post", "--account", "shop", "--type", "text", "--text", "primeiro"], environment: env).exitCode, 0)
        server.inject(.hang, instance: "shop")
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["post", "--account", "shop", "--type", "text", "--text", "segundo"]
        process.environment = env
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        while server.recordedRequests().count < 2, Date() < deadline { usleep(20_000) }
        XCTAssertEqual(server.recordedRequests().count, 2, "the second post reached the gateway")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        server.clearFaults()

        let history = try CLIRunner.run(["history", "--json"], environment: env)
        XCTAssertEqual(history.exitCode, 0, history.all)
        let lines = history.stdoutLines
        XCTAssertEqual(lines.count, 2, history.stdout)
        XCTAssertTrue(lines[0].contains(#""state":"sent""#) && lines[0].contains(#""secondsLeft":"#), lines[0])
        XCTAssertTrue(lines[1].contains(#""state":"unknown""#) && lines[1].contains(#""text":"segundo""#), lines[1])
        XCTAssertEqual(server.recordedRequests().count, 2, "nothing is resent on its own")
        let human = try CLIRunner.run(["history", "--account", "shop", "--since", "1h"], environment: env)
        XCTAssertTrue(human.stdout.contains("unknown"), human.stdout)
        XCTAssertTrue(human.stdout.contains("expires in 23h"), human.stdout)
        XCTAssertEqual(try CLIRunner.run(["history", "--since", "soon"], environment: env).exitCode, 2)

        // A third post is published but its answer is lost: unknown too, with a finish time.
        server.inject(.dropAnswer, instance: "shop", count: 1)
        XCTAssertEqual(try CLIRunner.run(["post", "--account", "shop", "--type", "text", "--text", "terceiro"], environment: env).exitCode, 1)
        XCTAssertTrue(try CLIRunner.run(["history", "--json"], environment: env).stdoutLines.last?.contains(#""state":"unknown""#) ?? false)

        // The composer shows the killed one at start, in the log, without sending anything;
        // the History panel shows both as outcome unknown.
        let tmux = try TmuxSession(command: "\(CLIRunner.binary.path) --account shop", environment: sandbox.terminalEnvironment())
        defer { tmux.kill() }
        tmux.expect(text: "1 post of an earlier run had no answer")
        XCTAssertTrue(tmux.screen().contains("? shop (RyzeAPI): outcome unknown — it may have been published"), tmux.screen())
        tmux.sendKeys("C-r")
        tmux.expect(text: "terceiro")
        let panel = tmux.screen()
        let rows = panel.split(separator: "\n").filter { $0.contains("outcome unknown") }
        XCTAssertTrue(rows.contains { $0.contains("segundo") } && rows.contains { $0.contains("terceiro") }, panel)
        XCTAssertEqual(server.recordedRequests().count, 3)

        let database = try Data(contentsOf: URL(fileURLWithPath: home.path + "/.local/state/status-composer/history.sqlite"))
        XCTAssertNil(database.range(of: Data("ryze-token-5555".utf8)))
        await sandbox.stop()
    }

    /// Programs started together on a machine with no history yet (a composer and a script's
    /// first `post`, say) all open it: none is told the new file is locked. (The race is narrow:
    /// one round in thirty hit it before; forty rounds of four programs take a few seconds.)
    func testProgramsOpeningANewHistoryAtOnceAllSucceed() throws {
        for round in 0..<40 {
            let home = FileManager.default.temporaryDirectory.appendingPathComponent("sc-open-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: home) }
            let env = CLIRunner.environment([:], home: home.path)
            let finished = Mutex<[CLIResult]>([])
            DispatchQueue.concurrentPerform(iterations: 4) { _ in
                let result = try? CLIRunner.run(["history"], environment: env)
                finished.withLock { if let result { $0.append(result) } }
            }
            let results = finished.withLock { $0 }
            XCTAssertEqual(results.map(\.exitCode), [0, 0, 0, 0], "round \(round): " + results.map(\.all).joined())
        }
    }
}
