import Foundation
import GatewaySandbox
import XCTest

/// `history reconcile` against Green API's list of posted statuses (the sandbox's
/// `getOutgoingStatuses`): an answer dropped after publishing is found, a post that never
/// arrived is surely absent, and without the outgoing-webhook setting nothing is decided.
final class ReconcileCommandTests: XCTestCase {
    var sandbox: SandboxHome!
    var server: GatewaySandboxServer { sandbox.server }

    override func setUp() async throws {
        sandbox = try await SandboxHome.start([
            TestAccount(name: "loja", provider: .greenAPI, instance: "1101", tokenEnv: "GREEN_TOKEN", token: "green-token-2222"),
            TestAccount(name: "shop", provider: .zapi, instance: "z1", tokenEnv: "ZAPI_TOKEN", token: "zapi-token-1111"),
        ])
    }

    override func tearDown() async throws {
        await sandbox.stop()
    }

    private func post(_ account: String, _ text: String) throws -> CLIResult {
        try CLIRunner.run(["post", "--account", account, "--type", "text", "--text", text, "--timeout", "3", "--json"], environment: sandbox.environment())
    }

    private func reconcile() throws -> (CLIResult, [[String: Any]]) {
        let result = try CLIRunner.run(["history", "reconcile", "--json"], environment: sandbox.environment())
        return (result, result.stdoutLines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] })
    }

    private func history() throws -> [[String: Any]] {
        try CLIRunner.run(["history", "--json"], environment: sandbox.environment()).stdoutLines
            .compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    func testAnAnswerDroppedAfterPublishingIsFoundWithItsRealId() throws {
        server.inject(.dropAnswer, instance: "1101", count: 1)
        XCTAssertEqual(try post("loja", "Promo de sábado").exitCode, 1)
        XCTAssertEqual(try history().first?["state"] as? String, "unknown")
        let published = try XCTUnwrap(server.publishedMessageIds(provider: .greenAPI, instance: "1101").first)

        let (result, decided) = try reconcile()
        XCTAssertEqual(result.exitCode, 0, result.all)
        XCTAssertEqual(decided.first?["state"] as? String, "sent", result.stdout)
        XCTAssertEqual(decided.first?["messageId"] as? String, published)
        let record = try history().first
        XCTAssertEqual(record?["state"] as? String, "sent")
        XCTAssertEqual(record?["messageId"] as? String, published)
    }

    func testAPostThatNeverArrivedIsNotSentOnceLaterPostsAreListed() throws {
        XCTAssertEqual(try post("loja", "Bom dia").exitCode, 0)
        server.inject(.dropConnection, instance: "1101", count: 1)
        XCTAssertEqual(try post("loja", "Promo perdida").exitCode, 1)
        XCTAssertEqual(try post("loja", "Boa noite").exitCode, 0)

        let (result, decided) = try reconcile()
        XCTAssertEqual(result.exitCode, 0, result.all)
        XCTAssertEqual(decided.count, 1, result.stdout)
        XCTAssertEqual(decided.first?["state"] as? String, "not sent", result.stdout)
        let lost = try history().first { $0["text"] as? String == "Promo perdida" }
        XCTAssertEqual(lost?["state"] as? String, "not sent")
    }

    func testWithoutTheWebhookSettingOrAListingGatewayNothingIsDecided() throws {
        XCTAssertEqual(try post("loja", "Bom dia").exitCode, 0)
        server.inject(.dropConnection, instance: "1101", count: 1)
        XCTAssertEqual(try post("loja", "Promo perdida").exitCode, 1)
        server.inject(.dropAnswer, instance: "z1", count: 1)
        XCTAssertEqual(try post("shop", "Oferta").exitCode, 1)
        server.setOutgoingWebhook(false, instance: "1101")

        let (result, decided) = try reconcile()
        XCTAssertEqual(result.exitCode, 1, result.all)
        let byAccount = Dictionary(decided.map { ($0["account"] as? String ?? "", $0) }) { first, _ in first }
        XCTAssertEqual(byAccount["loja"]?["state"] as? String, "unknown")
        XCTAssertTrue((byAccount["loja"]?["reason"] as? String ?? "").contains("outgoing-webhook setting is on, and it is off"), result.stdout)
        XCTAssertEqual(byAccount["shop"]?["state"] as? String, "unknown")
        XCTAssertTrue((byAccount["shop"]?["reason"] as? String ?? "").contains("Z-API cannot list what was posted"), result.stdout)
        XCTAssertEqual(try history().filter { $0["state"] as? String == "unknown" }.count, 2, "both stay unknown")
    }
}
