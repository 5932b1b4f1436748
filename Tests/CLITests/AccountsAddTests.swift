import Foundation
import GatewaySandbox
import XCTest

/// `accounts add` and `accounts remove` by flags, as a script would run them: the config file
/// written (every existing line and comment kept), the token in a private file, and the new
/// account really posting to a sandbox on 127.0.0.1.
final class AccountsAddTests: XCTestCase {
    var server: GatewaySandboxServer!
    var home: TempHome!
    let token = "shop-token-5150"

    override func setUp() async throws {
        server = try await GatewaySandboxServer.start(credentials: [SandboxCredential(provider: .sandbox, instance: "loja1", token: token)])
        home = try TempHome()
    }

    override func tearDown() async throws {
        await server.shutdown()
        home.remove()
    }

    var tokensFolder: String { home.path + "/config/status-composer/tokens" }

    private func run(_ arguments: [String], stdin: String? = nil, env: [String: String] = [:]) throws -> CLIResult {
        let result = try CLIRunner.run(arguments, environment: CLIRunner.environment(env, home: home.path), stdin: stdin)
        XCTAssertFalse(result.all.contains(token), "the token was printed:\n\(result.all)")
        return result
    }

    private func add(_ name: String, base: String? = nil, provider: String = "sandbox", instance: String = "loja1", stdin: String? = nil, check: Bool = true) throws -> CLIResult {
        try run(["accounts", "add", "--provider", provider, "--name", name, "--instance", instance, "--base-url", base ?? server.baseURL, "--token-stdin"] + (check ? [] : ["--no-check"]), stdin: stdin ?? token + "\n")
    }

    private func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1) & 0o777
    }

    private var config: String { (try? String(contentsOfFile: home.configPath, encoding: .utf8)) ?? "" }

    func testAddsToAnExistingConfigKeepingEveryLineAndPostsThroughIt() throws {
        let existing = """
        # My shops — keep this comment
        theme = "light"   # a trailing comment

        # the old one
        [[account]]
        name = "old"
        provider = "sandbox"
        base_url = "\(server.baseURL)"
        instance = "loja1"
        token_env = "OLD_TOKEN"  # set in ~/.profile
        """
        try home.writeConfig(existing)
        let result = try add("shop")
        XCTAssertEqual(result.exitCode, 0, result.all)
        XCTAssertTrue(result.stdout.contains("Added 'shop' (Sandbox) to \(home.configPath)"), result.stdout)
        let tokenFile = tokensFolder + "/shop"
        XCTAssertEqual(config, existing + "\n\n[[account]]\nname = \"shop\"\nprovider = \"sandbox\"\nbase_url = \"\(server.baseURL)\"\ninstance = \"loja1\"\ntoken_file = \"\(tokenFile)\"\n")
        XCTAssertEqual(try String(contentsOfFile: tokenFile, encoding: .utf8), token + "\n")
        XCTAssertEqual(mode(tokenFile), 0o600)
        XCTAssertEqual(mode(tokensFolder), 0o700)
        XCTAssertEqual(mode(home.configPath), 0o600)

        let posted = try run(["post", "--account", "shop", "--type", "text", "--text", "first post"], env: ["OLD_TOKEN": "x"])
        XCTAssertEqual(posted.exitCode, 0, posted.all)
        XCTAssertEqual(server.recordedRequests().count, 1)
    }

    func testCreatesTheConfigWhenThereIsNone() throws {
        try? FileManager.default.removeItem(atPath: home.path + "/config")
        let result = try add("loja-centro")
        XCTAssertEqual(result.exitCode, 0, result.all)
        XCTAssertTrue(config.hasPrefix("# status-composer config"), config)
        XCTAssertEqual(mode(home.configPath), 0o600)
        let list = try run(["accounts"])
        XCTAssertTrue(list.stdout.contains("loja-centro — Sandbox, instance loja1"), list.stdout)
    }

    func testZAPIClientTokenFromTheSecondLine() throws {
        // Z-API's public address: not asked (tests reach loopback only).
        let result = try add("z", base: "", provider: "zapi", instance: "3C4F", stdin: "\(token)\nclient-5150\n", check: false)
        XCTAssertEqual(result.exitCode, 0, result.all)
        XCTAssertTrue(result.stdout.contains("The connection was not checked (--no-check)"), result.stdout)
        XCTAssertTrue(config.contains("client_token_file = \"\(tokensFolder)/z.client\""), config)
        XCTAssertFalse(config.contains("base_url"), "Z-API's public address is the default")
        XCTAssertEqual(mode(tokensFolder + "/z.client"), 0o600)
        XCTAssertFalse(result.all.contains("client-5150"))
    }

    func testRefusesADuplicateABadNameAndABadURLWritingNothing() throws {
        XCTAssertEqual(try add("shop").exitCode, 0)
        let before = config
        let duplicate = try add("shop")
        XCTAssertEqual(duplicate.exitCode, 2)
        XCTAssertTrue(duplicate.stderr.contains("name: 'shop' is already an account in the config; choose another name, or remove it first with: status-composer accounts remove shop"), duplicate.stderr)
        let badName = try add("my shop!")
        XCTAssertEqual(badName.exitCode, 2)
        XCTAssertTrue(badName.stderr.contains("name: 'my shop!' is not a name: use 1 to 64 letters"), badName.stderr)
        let badURL = try add("evo", base: "http://evo.example.com", provider: "evolution")
        XCTAssertEqual(badURL.exitCode, 2)
        XCTAssertTrue(badURL.stderr.contains("base-url: 'http://evo.example.com' uses plain http to another machine"), badURL.stderr)
        let noURL = try add("evo", base: "", provider: "evolution")
        XCTAssertEqual(noURL.exitCode, 2)
        XCTAssertTrue(noURL.stderr.contains("base-url: empty; Evolution API has no public address"), noURL.stderr)
        let badProvider = try add("x", provider: "whatsapp")
        XCTAssertTrue(badProvider.stderr.contains("provider: 'whatsapp' is not a gateway; use one of zapi, green-api, ryze, evolution, sandbox"), badProvider.stderr)
        let noToken = try run(["accounts", "add", "--provider", "sandbox", "--name", "t", "--instance", "loja1", "--base-url", server.baseURL])
        XCTAssertEqual(noToken.exitCode, 2)
        XCTAssertTrue(noToken.stderr.contains("token: give --token-stdin and the token on standard input, or run in a terminal to be asked (never as an argument)"), noToken.stderr)
        let spaced = try add("t", stdin: "two words\n")
        XCTAssertTrue(spaced.stderr.contains("token: the token has a space, a control character or a non-ASCII letter at character 4"), spaced.stderr)
        XCTAssertEqual(config, before, "nothing written by a refused add")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: tokensFolder), ["shop"])
    }

    func testRemoveTakesOutTheBlockAndItsTokenFileKeepingTheRest() throws {
        let existing = "# top comment\n[[account]]\nname = \"old\"\nprovider = \"sandbox\"\nbase_url = \"\(server.baseURL)\"\ninstance = \"loja1\"\ntoken_env = \"OLD_TOKEN\"\n"
        try home.writeConfig(existing)
        XCTAssertEqual(try add("shop").exitCode, 0)
        try String(contentsOfFile: home.configPath, encoding: .utf8).appending("\n# the last word\n[[account]]\nname = \"last\"\nprovider = \"sandbox\"\nbase_url = \"\(server.baseURL)\"\ninstance = \"loja1\"\ntoken_env = \"OLD_TOKEN\"\n")
            .write(toFile: home.configPath, atomically: true, encoding: .utf8)
        let withLast = config

        let unasked = try run(["accounts", "remove", "shop"])
        XCTAssertEqual(unasked.exitCode, 2)
        XCTAssertTrue(unasked.stderr.contains("confirmation: not a terminal to ask in; give --yes to remove 'shop'"), unasked.stderr)
        XCTAssertEqual(config, withLast)

        let removed = try run(["accounts", "remove", "shop", "--yes"])
        XCTAssertEqual(removed.exitCode, 0, removed.all)
        XCTAssertEqual(config, withLast.replacingOccurrences(of: "[[account]]\nname = \"shop\"\nprovider = \"sandbox\"\nbase_url = \"\(server.baseURL)\"\ninstance = \"loja1\"\ntoken_file = \"\(tokensFolder)/shop\"\n\n", with: ""))
        XCTAssertTrue(config.contains("# the last word\n[[account]]\nname = \"last\""), config)
        XCTAssertFalse(FileManager.default.fileExists(atPath: tokensFolder + "/shop"))

        let unknown = try run(["accounts", "remove", "nope", "--yes"])
        XCTAssertEqual(unknown.exitCode, 2)
        XCTAssertTrue(unknown.stderr.contains("name: 'nope' is not an account in \(home.configPath) (its accounts: old, last)"), unknown.stderr)
    }
}
