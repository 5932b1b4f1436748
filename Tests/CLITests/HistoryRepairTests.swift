import Foundation
import GatewaySandbox
import XCTest

/// A damaged history stops posting (no journal, no post) with a message that names the way out;
/// `history repair` keeps the damaged file under a dated name, starts a new history, says what
/// was lost, and posting works again.
final class HistoryRepairTests: XCTestCase {
    func testADamagedHistoryIsRepairedAndPostingWorksAgain() async throws {
        let sandbox = try await SandboxHome.start([TestAccount(name: "shop", provider: .zapi, instance: "shop", tokenEnv: "T", token: "zapi-token-4242")])
        let env = sandbox.environment()
        let post = ["post", "--account", "shop", "--type", "text", "--text", "oferta"]
        XCTAssertEqual(try CLIRunner.run(post, environment: env).exitCode, 0)
        XCTAssertEqual(try CLIRunner.run(post, environment: env).exitCode, 0)

        let folder = sandbox.home.path + "/.local/state/status-composer"
        let history = folder + "/history.sqlite"
        let garbage = Data(String(repeating: "not a database at all; ", count: 400).utf8)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: history + suffix) }
        try garbage.write(to: URL(fileURLWithPath: history))

        // Refused, nothing sent, and the message names the repair.
        let refused = try CLIRunner.run(post, environment: env)
        XCTAssertEqual(refused.exitCode, 2, refused.all)
        XCTAssertTrue(refused.stderr.contains("Cannot open the history at \(history)"), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("Run: status-composer history repair"), refused.stderr)
        XCTAssertEqual(sandbox.server.recordedRequests().count, 2, "nothing is posted without a journal")
        let composer = try CLIRunner.run(["compose"], environment: env)
        XCTAssertEqual(composer.exitCode, 2)
        XCTAssertTrue(composer.stderr.contains("status-composer history repair"), composer.stderr)

        let repair = try CLIRunner.run(["history", "repair"], environment: env)
        XCTAssertEqual(repair.exitCode, 0, repair.all)
        let stamp = ISO8601DateFormatter.string(from: Date(), timeZone: .current, formatOptions: [.withFullDate])
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        let kept = files.filter { $0.hasPrefix("history.damaged-\(stamp)-") && $0.hasSuffix(".sqlite") }
        XCTAssertEqual(kept.count, 1, "\(files)")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + kept[0])), garbage, "the damaged file is kept as it was")
        XCTAssertTrue(repair.stdout.contains("is kept at \(folder)/\(kept[0])"), repair.stdout)
        XCTAssertTrue(repair.stdout.contains("Lost: the recorded post attempts and the saved draft"), repair.stdout)
        XCTAssertTrue(repair.stdout.contains("posting works again"), repair.stdout)

        XCTAssertEqual(try CLIRunner.run(post, environment: env).exitCode, 0)
        XCTAssertEqual(sandbox.server.recordedRequests().count, 3)
        let list = try CLIRunner.run(["history", "--json"], environment: env)
        XCTAssertEqual(list.exitCode, 0, list.all)
        XCTAssertEqual(list.stdoutLines.count, 1, "the new history holds the post made after the repair")
        XCTAssertTrue(list.stdout.contains(#""state":"sent""#), list.stdout)

        let again = try CLIRunner.run(["history", "repair"], environment: env)
        XCTAssertEqual(again.exitCode, 0)
        XCTAssertTrue(again.stdout.contains("opens; nothing to repair"), again.stdout)
        await sandbox.stop()
    }
}
