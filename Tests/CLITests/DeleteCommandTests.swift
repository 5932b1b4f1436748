import Foundation
import GatewaySandbox
import XCTest

/// `delete` through every gateway: the request each one takes, the history records it, and a
/// second delete of the same id is refused by the gateway.
final class DeleteCommandTests: XCTestCase {
    func testDeleteThroughEachGatewayIsRecordedInHistory() async throws {
        let providers: [(String, SandboxProvider)] = [("z", .zapi), ("g", .greenAPI), ("r", .ryze), ("e", .evolution), ("s", .sandbox)]
        let sandbox = try await SandboxHome.start(providers.map {
            TestAccount(name: $0.0, provider: $0.1, instance: "inst-\($0.0)", tokenEnv: "T_\($0.0.uppercased())", token: "tok-\($0.0)-123")
        })
        let server = sandbox.server, env = sandbox.environment()

        let posted = try CLIRunner.run(["post"] + providers.flatMap { ["--account", $0.0] } + ["--type", "text", "--text", "Oi", "--color", "#1E8449", "--font", "serif", "--json"], environment: env)
        XCTAssertEqual(posted.exitCode, 0, posted.all)
        var ids: [String: String] = [:]
        for line in posted.stdoutLines {
            let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            ids[object["account"] as! String] = object["messageId"] as? String
        }
        let expectedRoutes = ["z": ("DELETE", "/messages?messageId="), "g": ("POST", "/deleteStatus/"), "r": ("DELETE", "/api/chat/delete/inst-r"), "e": ("DELETE", "/chat/deleteMessageForEveryone/inst-e"), "s": ("DELETE", "/sandbox/inst-s/status/")]
        for (name, _) in providers {
            let id = try XCTUnwrap(ids[name])
            let result = try CLIRunner.run(["delete", "--account", name, "--message-id", id], environment: env)
            XCTAssertEqual(result.exitCode, 0, "\(name): \(result.all)")
            XCTAssertTrue(result.stdout.contains("deleted \(id)"), result.stdout)
            let request = try XCTUnwrap(server.recordedRequests().last)
            XCTAssertEqual(request.method, expectedRoutes[name]!.0, name)
            XCTAssertTrue(request.path.contains(expectedRoutes[name]!.1), "\(name): \(request.path)")
            XCTAssertFalse(result.all.contains("tok-\(name)-123"))
        }
        let history = try CLIRunner.run(["history", "--json"], environment: env)
        XCTAssertEqual(history.stdoutLines.count, providers.count)
        XCTAssertTrue(history.stdoutLines.allSatisfy { $0.contains(#""state":"deleted""#) }, history.stdout)

        let again = try CLIRunner.run(["delete", "--account", "g", "--message-id", ids["g"]!], environment: env)
        XCTAssertEqual(again.exitCode, 1, again.all)
        XCTAssertTrue(again.stdout.contains("ID message notfound"), again.stdout)
        await sandbox.stop()
    }
}
