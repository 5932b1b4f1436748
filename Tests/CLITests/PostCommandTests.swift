import Foundation
import GatewaySandbox
import Synchronization
import XCTest

/// The `post` command end to end: the real binary, a real sandbox on 127.0.0.1, a config file
/// and tokens from the environment. Asserts exit codes, output and what reached the sandbox.
final class PostCommandTests: XCTestCase {
    var sandbox: SandboxHome!
    var server: GatewaySandboxServer { sandbox.server }
    var home: TempHome { sandbox.home }
    var tokens: [String: String] { sandbox.tokens }

    override func setUp() async throws {
        sandbox = try await SandboxHome.start([
            TestAccount(name: "shop-zapi", provider: .zapi, instance: "z1", tokenEnv: "ZAPI_TOKEN", token: "zapi-token-1111"),
            TestAccount(name: "shop-green", provider: .greenAPI, instance: "1101", tokenEnv: "GREEN_TOKEN", token: "green-token-2222", extra: ["media_url = \"{sandbox}\""]),
            TestAccount(name: "shop-ryze", provider: .ryze, instance: "shop", tokenEnv: "RYZE_TOKEN", token: "ryze-token-3333"),
            TestAccount(name: "shop-evo", provider: .evolution, instance: "loja", tokenEnv: "EVO_TOKEN", token: "evo-token-4444"),
        ])
    }

    override func tearDown() async throws {
        await sandbox.stop()
    }

    private func run(_ args: [String], env: [String: String]? = nil, stdin: String? = nil) throws -> CLIResult {
        let result = try CLIRunner.run(args, environment: CLIRunner.environment(env ?? tokens, home: home.path), stdin: stdin)
        for token in tokens.values { XCTAssertFalse(result.all.contains(token), "a token was printed:\n\(result.all)") }
        return result
    }

    func testPostsToTwoAccountsConcurrentlyWithJSONReceipts() throws {
        let result = try run(["post", "--account", "shop-zapi", "--account", "shop-ryze", "--type", "text", "--text", "Promoção 🎉", "--json"])
        XCTAssertEqual(result.exitCode, 0, result.all)
        let objects = result.stdoutLines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        XCTAssertEqual(objects.count, 2, result.stdout)
        let byAccount = Dictionary(uniqueKeysWithValues: objects.map { ($0["account"] as! String, $0) })
        XCTAssertEqual(byAccount["shop-zapi"]?["provider"] as? String, "zapi")
        XCTAssertEqual(byAccount["shop-zapi"]?["ok"] as? Bool, true)
        XCTAssertNotNil(byAccount["shop-zapi"]?["zaapId"] as? String)
        XCTAssertEqual(byAccount["shop-zapi"]?["httpStatus"] as? Int, 200)
        XCTAssertNotNil(byAccount["shop-ryze"]?["messageId"] as? String)
        XCTAssertTrue(byAccount["shop-ryze"]?["error"] is NSNull)
        XCTAssertEqual(server.recordedRequests().count, 2)
    }

    func testHumanOutputNamesAccountGatewayAndIds() throws {
        let result = try run(["post", "--account", "shop-evo", "--type", "text", "--text", "Oi", "--color", "#1E8449", "--font", "serif"])
        XCTAssertEqual(result.exitCode, 0, result.all)
        XCTAssertTrue(result.stdout.hasPrefix("✓ shop-evo (Evolution API): posted — messageId BAE5"), result.stdout)
        XCTAssertFalse(result.stderr.contains("SANDBOX"), "a configured account is not the built-in sandbox")
    }

    func testInvalidForOneAccountSendsNothingToAny() throws {
        let caption = String(repeating: "x", count: 1210)
        let result = try run(["post", "--account", "shop-zapi", "--account", "shop-green", "--type", "image", "--media", "https://cdn.example.com/a.jpg", "--text", caption])
        XCTAssertEqual(result.exitCode, 2, result.all)
        XCTAssertTrue(result.stderr.contains("Nothing was sent"), result.stderr)
        XCTAssertTrue(result.stderr.contains("shop-green (Green API): caption: 1,210 characters; Green API allows 1,024"), result.stderr)
        XCTAssertEqual(server.recordedRequests().count, 0)
    }

    func testGatewayRefusalExitsOne() throws {
        var env = tokens
        env["RYZE_TOKEN"] = "not-the-right-one"
        let result = try run(["post", "--account", "shop-ryze", "--account", "shop-zapi", "--type", "text", "--text", "Oi", "--json"], env: env)
        XCTAssertEqual(result.exitCode, 1, result.all)
        XCTAssertFalse(result.all.contains("not-the-right-one"))
        let ryze = result.stdoutLines.first { $0.contains("shop-ryze") } ?? ""
        XCTAssertTrue(ryze.contains(#""ok":false"#), ryze)
        XCTAssertTrue(ryze.contains(#""httpStatus":401"#), ryze)
        XCTAssertTrue(ryze.contains("Invalid token"), ryze)
        XCTAssertTrue(result.stdoutLines.contains { $0.contains("shop-zapi") && $0.contains(#""ok":true"#) })
    }

    func testHangingAccountDoesNotHoldBackTheOthers() throws {
        server.inject(.hang, instance: "z1")
        let result = try run(["post", "--account", "shop-zapi", "--account", "shop-evo", "--type", "text", "--text", "Oi", "--color", "#000000", "--font", "serif", "--timeout", "2", "--json"])
        XCTAssertEqual(result.exitCode, 1, result.all)
        XCTAssertEqual(result.stdoutLines.count, 2, result.stdout)
        XCTAssertTrue(result.stdoutLines[0].contains("shop-evo"), "the answering account is reported first:\n\(result.stdout)")
        XCTAssertTrue(result.stdoutLines[1].contains("no answer within 2 s"), result.stdout)
        XCTAssertEqual(server.recordedRequests().filter { $0.path.contains("/z1/") }.count, 1, "a hanging post is not retried")
    }

    func testDryRunPrintsRequestsWithSecretsMaskedAndSendsNothing() throws {
        let result = try run(["post", "--account", "shop-zapi", "--account", "shop-ryze", "--type", "text", "--text", "Oi", "--dry-run"])
        XCTAssertEqual(result.exitCode, 0, result.all)
        XCTAssertTrue(result.stdout.contains("POST \(server.baseURL)/instances/z1/token/••••/send-text-status"), result.stdout)
        XCTAssertTrue(result.stdout.contains("token: ••••"), result.stdout)
        XCTAssertTrue(result.stdout.contains(##"{"message":"Oi"}"##), result.stdout)
        XCTAssertTrue(result.stdout.contains(##"{"type":"text","message":"Oi"}"##), result.stdout)
        XCTAssertEqual(server.recordedRequests().count, 0)
    }

    func testDryRunOfGreenLocalFileShowsUploadThenStatus() throws {
        let file = home.path + "/promo.jpg"
        _ = FileManager.default.createFile(atPath: file, contents: Data([1, 2, 3, 4]))
        let result = try run(["post", "--account", "shop-green", "--type", "image", "--media", file, "--dry-run"])
        XCTAssertEqual(result.exitCode, 0, result.all)
        XCTAssertTrue(result.stdout.contains("upload the media (step 1 of 2)"), result.stdout)
        XCTAssertTrue(result.stdout.contains("/waInstance1101/uploadFile/••••"), result.stdout)
        XCTAssertTrue(result.stdout.contains("<4 bytes of the media file>"), result.stdout)
        XCTAssertTrue(result.stdout.contains(#""urlFile":"<urlFile from the upload's answer>""#), result.stdout)
    }

    func testTextFromStandardInputAndAudienceList() throws {
        let result = try run(["post", "--account", "shop-green", "--type", "text", "--text", "-", "--to", "+55 11 99999-9999, 5521988887777", "--color", "#1E8449"], stdin: "Linha 1\nLinha 2\n")
        XCTAssertEqual(result.exitCode, 0, result.all)
        XCTAssertEqual(server.recordedRequests().last?.bodyText, ##"{"message":"Linha 1\nLinha 2","backgroundColor":"#1E8449","participants":["5511999999999@c.us","5521988887777@c.us"]}"##)
    }

    func testOptionsTheKindDoesNotUseAreRefused() throws {
        let result = try run(["post", "--account", "shop-zapi", "--type", "image", "--media", "https://x.example/a.jpg", "--font", "serif"])
        XCTAssertEqual(result.exitCode, 2)
        XCTAssertTrue(result.stderr.contains("--font: only a text status has a font"), result.stderr)
    }

    func testUsageErrorsExitTwo() throws {
        XCTAssertEqual(try run(["post", "--account", "shop-zapi", "--text", "x"]).exitCode, 2)
        XCTAssertEqual(try run(["post", "--type", "text", "--text", "x"]).exitCode, 2)
        let unknown = try run(["post", "--account", "nope", "--type", "text", "--text", "x"])
        XCTAssertEqual(unknown.exitCode, 2)
        XCTAssertTrue(unknown.stderr.contains("'nope' is not one of"), unknown.stderr)
        XCTAssertTrue(unknown.stderr.contains("shop-zapi, shop-green, shop-ryze, shop-evo"), unknown.stderr)
    }

    func testSendImageToAChat() throws {
        let result = try run(["send-image", "--account", "shop-zapi", "--phone", "5511999999999", "--image", "https://x.example/a.png", "--caption", "Logo", "--delay", "3", "--json"])
        XCTAssertEqual(result.exitCode, 0, result.all)
        XCTAssertTrue(server.recordedRequests().last?.path.hasSuffix("/send-image") ?? false)
        let wrong = try run(["send-image", "--account", "shop-green", "--phone", "5511999999999", "--image", "https://x.example/a.png"])
        XCTAssertEqual(wrong.exitCode, 2)
        XCTAssertTrue(wrong.stderr.contains("send-image is a Z-API method"), wrong.stderr)
        let badDelay = try run(["send-image", "--account", "shop-zapi", "--phone", "5511999999999", "--image", "https://x.example/a.png", "--delay", "20"])
        XCTAssertEqual(badDelay.exitCode, 2)
        XCTAssertTrue(badDelay.stderr.contains("delay: 20 s; Z-API allows 1 to 15 seconds"), badDelay.stderr)
    }

    /// Two `post` commands started together share the pace: the account's minimum gap holds
    /// between them as it does within one.
    func testTwoProgramsPostingAtOnceKeepTheMinimumGap() throws {
        try sandbox.writeConfig(more: ["shop-ryze": ["min_gap = 2"]])
        let finished = Mutex<[CLIResult]>([])
        let env = sandbox.environment()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let result = try? CLIRunner.run(["post", "--account", "shop-ryze", "--type", "text", "--text", "oferta \(index)"], environment: env)
            finished.withLock { if let result { $0.append(result) } }
        }
        let results = finished.withLock { $0 }
        XCTAssertEqual(results.map(\.exitCode), [0, 0], results.map(\.all).joined())
        let times = server.recordedRequests().map(\.receivedAt).sorted()
        XCTAssertEqual(times.count, 2)
        if times.count == 2 { XCTAssertGreaterThanOrEqual(times[1].timeIntervalSince(times[0]), 1.9, "the second program waited for the first one's gap") }
    }
}
