import Foundation
import XCTest

/// Config problems are refused before anything is sent, each with its fix.
final class ConfigFileTests: XCTestCase {
    private func post(config: String, mode: Int = 0o600, env: [String: String] = [:]) throws -> CLIResult {
        let home = try TempHome()
        defer { home.remove() }
        try home.writeConfig(config, mode: mode)
        return try CLIRunner.run(["post", "--account", "a", "--type", "text", "--text", "x", "--dry-run"], environment: CLIRunner.environment(env, home: home.path))
    }

    func testLiteralTokenInReadableFileIsRefusedWithChmodFix() throws {
        let result = try post(config: "[[account]]\nname = \"a\"\nprovider = \"zapi\"\ninstance = \"i\"\ntoken = \"super-secret-9\"\n", mode: 0o644)
        XCTAssertEqual(result.exitCode, 2)
        XCTAssertTrue(result.stderr.contains("account 'a': token: a token written in a file that other users can read (mode 644); run: chmod 600"), result.stderr)
        XCTAssertFalse(result.all.contains("super-secret-9"))
    }

    func testLiteralTokenInPrivateFileWorks() throws {
        let result = try post(config: "[[account]]\nname = \"a\"\nprovider = \"zapi\"\ninstance = \"i\"\ntoken = \"super-secret-9\"\n")
        XCTAssertEqual(result.exitCode, 0, result.all)
        XCTAssertTrue(result.stdout.contains("POST https://api.z-api.io/instances/i/token/••••/send-text-status"), result.stdout)
        XCTAssertFalse(result.all.contains("super-secret-9"))
    }

    func testPlainHTTPToAnotherMachineIsRefused() throws {
        let result = try post(config: "[[account]]\nname = \"a\"\nprovider = \"evolution\"\nbase_url = \"http://evo.example.com\"\ninstance = \"i\"\ntoken_env = \"T\"\n", env: ["T": "abcd"])
        XCTAssertEqual(result.exitCode, 2)
        XCTAssertTrue(result.stderr.contains("base_url: 'http://evo.example.com' uses plain http to another machine"), result.stderr)
    }

    func testEveryProblemIsListedAtOnce() throws {
        let result = try post(config: "[[account]]\nname = \"a\"\nprovider = \"whatsapp\"\ntokne = \"x\"\ntoken_env = \"MISSING_VAR\"\n")
        XCTAssertEqual(result.exitCode, 2)
        XCTAssertTrue(result.stderr.contains("unknown key 'tokne'"), result.stderr)
        XCTAssertTrue(result.stderr.contains("provider: 'whatsapp'; use one of zapi, green-api, ryze, evolution, sandbox"), result.stderr)
        XCTAssertTrue(result.stderr.contains("instance: missing"), result.stderr)
        XCTAssertTrue(result.stderr.contains("token_env: the environment variable MISSING_VAR is not set or empty"), result.stderr)
    }

    func testTokenFileMustBePrivate() throws {
        let home = try TempHome()
        defer { home.remove() }
        let tokenFile = home.path + "/token"
        _ = FileManager.default.createFile(atPath: tokenFile, contents: Data("file-secret-77\n".utf8))
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: tokenFile)
        try home.writeConfig("[[account]]\nname = \"a\"\nprovider = \"ryze\"\ninstance = \"i\"\ntoken_file = \"\(tokenFile)\"\n", mode: 0o644)
        let env = CLIRunner.environment(home: home.path)
        var result = try CLIRunner.run(["post", "--account", "a", "--type", "text", "--text", "x", "--dry-run"], environment: env)
        XCTAssertEqual(result.exitCode, 2)
        XCTAssertTrue(result.stderr.contains("can be read by other users; run: chmod 600 \(tokenFile)"), result.stderr)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: tokenFile)
        result = try CLIRunner.run(["post", "--account", "a", "--type", "text", "--text", "x", "--dry-run"], environment: env)
        XCTAssertEqual(result.exitCode, 0, result.all)
        XCTAssertTrue(result.stdout.contains("token: ••••"), result.stdout)
        XCTAssertFalse(result.all.contains("file-secret-77"))
    }

    func testComposerSettingsOfTheWrongKindAreNamedWithTheirFix() throws {
        let account = "[[account]]\nname = \"a\"\nprovider = \"zapi\"\ninstance = \"i\"\ntoken_env = \"T\"\n"
        let result = try post(config: "theme = 3\nquiet_screen = \"yes\"\n" + account, env: ["T": "abcd"])
        XCTAssertEqual(result.exitCode, 2)
        XCTAssertTrue(result.stderr.contains("theme: not a name in quotes; write it as theme = \"name\""), result.stderr)
        XCTAssertTrue(result.stderr.contains("quiet_screen: not true or false; write it as quiet_screen = true"), result.stderr)
        XCTAssertEqual(try post(config: "theme = \"dark\"\nquiet_screen = false\n" + account, env: ["T": "abcd"]).exitCode, 0)
    }

    func testBrokenTOMLNamesTheLine() throws {
        let result = try post(config: "[[account]]\nname = \"a\nprovider = \"zapi\"\n")
        XCTAssertEqual(result.exitCode, 2)
        XCTAssertTrue(result.stderr.contains("line 2"), result.stderr)
    }
}
