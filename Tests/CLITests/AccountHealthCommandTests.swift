import Foundation
import GatewaySandbox
import XCTest

/// `accounts check`, and `post` asking first: the real binary against a real sandbox whose
/// instances are put in each state.
final class AccountHealthCommandTests: XCTestCase {
    var sandbox: SandboxHome!
    var server: GatewaySandboxServer { sandbox.server }

    override func setUp() async throws {
        sandbox = try await SandboxHome.start([
            TestAccount(name: "shop-zapi", provider: .zapi, instance: "z1", tokenEnv: "ZAPI_TOKEN", token: "zapi-token-1111"),
            TestAccount(name: "shop-green", provider: .greenAPI, instance: "1101", tokenEnv: "GREEN_TOKEN", token: "green-token-2222"),
            TestAccount(name: "shop-ryze", provider: .ryze, instance: "shop", tokenEnv: "RYZE_TOKEN", token: "ryze-token-3333"),
            TestAccount(name: "shop-evo", provider: .evolution, instance: "loja", tokenEnv: "EVO_TOKEN", token: "evo-token-4444"),
        ])
    }

    override func tearDown() async throws {
        await sandbox.stop()
    }

    private func run(_ args: [String]) throws -> CLIResult {
        let result = try CLIRunner.run(args, environment: sandbox.environment())
        for token in sandbox.tokens.values { XCTAssertFalse(result.all.contains(token), "a token was printed:\n\(result.all)") }
        return result
    }

    private func objects(_ result: CLIResult) -> [String: [String: Any]] {
        let list = result.stdoutLines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        return Dictionary(list.map { ($0["account"] as? String ?? "", $0) }) { first, _ in first }
    }

    func testAllConnectedExitsZeroWithOneJSONObjectPerAccount() throws {
        let result = try run(["accounts", "check", "--json"])
        XCTAssertEqual(result.exitCode, 0, result.all)
        let byAccount = objects(result)
        XCTAssertEqual(Set(byAccount.keys), ["shop-zapi", "shop-green", "shop-ryze", "shop-evo"])
        XCTAssertEqual(byAccount["shop-green"]?["provider"] as? String, "green-api")
        XCTAssertEqual(byAccount["shop-green"]?["state"] as? String, "connected")
        XCTAssertEqual(byAccount["shop-green"]?["detail"] as? String, "stateInstance: authorized")
        XCTAssertEqual(byAccount["shop-evo"]?["detail"] as? String, "state: open")
    }

    func testADisconnectedAccountExitsOneAndSaysWhatToDo() throws {
        server.setCondition(.notAuthorized, provider: .greenAPI, instance: "1101")
        server.setCondition(.phoneOffline, provider: .zapi, instance: "z1")
        let result = try run(["accounts", "check", "--account", "shop-green", "--account", "shop-zapi"])
        XCTAssertEqual(result.exitCode, 1, result.all)
        XCTAssertEqual(result.stdoutLines, [
            "shop-green (Green API): not authorised — stateInstance: notAuthorized (scan the QR code in the gateway's panel)",
            "shop-zapi (Z-API): phone offline — connected: true, smartphoneConnected: false (the phone is off or offline; a status may wait until it is back)",
        ])
    }

    func testUnknownAccountIsBadInput() throws {
        let result = try run(["accounts", "check", "--account", "nope"])
        XCTAssertEqual(result.exitCode, 2, result.all)
        XCTAssertTrue(result.stderr.contains("--account: 'nope' is not one of"), result.stderr)
    }

    func testPostRefusesANotConnectedAccountAndSendsNothing() throws {
        server.setCondition(.blocked, provider: .greenAPI, instance: "1101")
        let result = try run(["post", "--account", "shop-green", "--account", "shop-ryze", "--type", "text", "--text", "Promo"])
        XCTAssertEqual(result.exitCode, 1, result.all)
        XCTAssertTrue(result.stderr.contains("Nothing was sent: this account is not connected"), result.stderr)
        XCTAssertTrue(result.stderr.contains("shop-green (Green API): blocked — stateInstance: blocked"), result.stderr)
        XCTAssertTrue(result.stderr.contains("--no-check"), result.stderr)
        XCTAssertTrue(server.recordedRequests().isEmpty, "nothing was posted to any account")

        let anyway = try run(["post", "--account", "shop-green", "--type", "text", "--text", "Promo", "--no-check"])
        XCTAssertEqual(anyway.exitCode, 0, anyway.all)
        XCTAssertEqual(server.recordedRequests().filter { $0.path.contains("sendTextStatus") }.count, 1)
    }

    func testEveryPostAsksAfresh() throws {
        XCTAssertEqual(try run(["post", "--account", "shop-zapi", "--type", "text", "--text", "um"]).exitCode, 0)
        server.setCondition(.notAuthorized, provider: .zapi, instance: "z1")
        XCTAssertEqual(try run(["post", "--account", "shop-zapi", "--type", "text", "--text", "dois"]).exitCode, 1)
        XCTAssertEqual(server.recordedReads().filter { $0.path.hasSuffix("/status") }.count, 2)
        XCTAssertEqual(server.recordedRequests().count, 1)
    }

    func testDryRunShowsTheOwnNumberInTheEvolutionAudienceUnlessIncludeSelfIsFalse() throws {
        let own = server.ownNumber(provider: .evolution, instance: "loja")
        let args = ["post", "--account", "shop-evo", "--type", "text", "--text", "Oi", "--color", "#1E8449", "--font", "serif", "--to", "+55 21 98888-7777", "--dry-run"]
        let result = try run(args)
        XCTAssertEqual(result.exitCode, 0, result.all)
        XCTAssertTrue(result.stdout.contains("the account's own number \(own) is added to the audience"), result.stdout)
        XCTAssertTrue(result.stdout.contains(#""statusJidList":["5521988887777@s.whatsapp.net","\#(own)@s.whatsapp.net"]"#), result.stdout)
        XCTAssertTrue(server.recordedRequests().isEmpty)

        try sandbox.writeConfig(more: ["shop-evo": ["include_self = false"]])
        let without = try run(args)
        XCTAssertFalse(without.stdout.contains("\(own)@s.whatsapp.net"), without.stdout)
        XCTAssertTrue(without.stdout.contains(#""statusJidList":["5521988887777@s.whatsapp.net"]"#), without.stdout)
    }

    func testViewsForEachGateway() throws {
        let green = try run(["post", "--account", "shop-green", "--type", "text", "--text", "Promo", "--json"])
        let greenId = try XCTUnwrap(objects(green)["shop-green"]?["messageId"] as? String, green.all)
        let empty = try run(["views", "--account", "shop-green", "--message-id", greenId])
        XCTAssertEqual(empty.exitCode, 0, empty.all)
        XCTAssertTrue(empty.stdout.contains("no data yet — Green API lists viewers only while the instance's outgoing-webhook setting"), empty.stdout)
        XCTAssertFalse(empty.stdout.contains("0 read"), empty.stdout)

        server.makeViewsArrive(messageId: greenId, recipients: ["5511911110000@c.us"], step: .zero)
        let seen = try run(["views", "--account", "shop-green", "--message-id", greenId, "--json"])
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(seen.stdout.utf8)) as? [String: Any], seen.all)
        XCTAssertEqual(object["state"] as? String, "recipients")
        XCTAssertEqual(object["read"] as? Int, 1)

        let ryze = try run(["post", "--account", "shop-ryze", "--type", "text", "--text", "Oi", "--json"])
        let ryzeId = try XCTUnwrap(objects(ryze)["shop-ryze"]?["messageId"] as? String, ryze.all)
        let delivery = try run(["views", "--account", "shop-ryze", "--message-id", ryzeId])
        XCTAssertTrue(delivery.stdout.contains("delivery state: sent (code 1)"), delivery.stdout)

        for account in ["shop-zapi", "shop-evo"] {
            let none = try run(["views", "--account", account, "--message-id", "ABC"])
            XCTAssertEqual(none.exitCode, 0, none.all)
            XCTAssertTrue(none.stdout.hasSuffix("ABC: not offered by this gateway\n"), none.stdout)
        }

        let history = try run(["history", "--views"])
        XCTAssertEqual(history.exitCode, 0, history.all)
        XCTAssertTrue(history.stdout.contains("views: 1 recipient: 1 read, 0 delivered, 0 sent"), history.stdout)
        XCTAssertTrue(history.stdout.contains("views: delivery state: sent"), history.stdout)
    }
}
