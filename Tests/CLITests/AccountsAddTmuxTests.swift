import Foundation
import GatewaySandbox
import TerminalTestSupport
import XCTest

/// `accounts add` asked in a real terminal (tmux): the gateway from a list, the answers typed,
/// the token typed without echo — never on screen, never in any process's arguments.
final class AccountsAddTmuxTests: XCTestCase {
    var server: GatewaySandboxServer!
    var home: TempHome!
    var session: TmuxSession?
    let token = "typed-token-6060"

    override func setUp() async throws {
        server = try await GatewaySandboxServer.start(credentials: [SandboxCredential(provider: .sandbox, instance: "loja1", token: token)])
        home = try TempHome()
    }

    override func tearDown() async throws {
        session?.kill()
        await server.shutdown()
        home.remove()
    }

    func testAsksEveryAnswerAndReadsTheTokenWithoutEcho() throws {
        try home.writeConfig("# kept as it was\ntheme = \"light\"\n")
        var env = CLIRunner.environment(home: home.path)
        env["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let tmux = try TmuxSession(command: "sh -c '\(CLIRunner.binary.path) accounts add; echo EXITED:$?; sleep 60'", environment: env)
        session = tmux
        tmux.expect(text: "Choose 1–5")
        XCTAssertTrue(tmux.screen().contains("5) sandbox    Sandbox"), tmux.screen())
        for (typed, next) in [
            ("9", "'9' is none of them"), ("5", "Name ("), ("bad name", "is not a name"), ("shop", "instance name on the sandbox"),
            ("loja1", "Base URL"), (server.baseURL, "Token (not shown"),
        ] {
            tmux.type(typed)
            tmux.sendKeys("Enter")
            tmux.expect(text: next)
        }
        tmux.type(token)
        // Typed, not yet entered: the program is waiting with the token in its input only.
        let pid = try XCTUnwrap(ComposerTmuxTests.pid(withArgument: "add"))
        XCTAssertFalse(Self.anyCommandLineContains(token), "the token is in a process's arguments")
        XCTAssertFalse(tmux.screen().contains(token), tmux.screen())
        XCTAssertEqual(kill(pid, 0), 0)
        tmux.sendKeys("Enter")
        // Read now: while the program holds it (saving, asking the gateway) and until it ends,
        // no process's arguments carry it.
        let deadline = Date().addingTimeInterval(20)
        while kill(pid, 0) == 0, Date() < deadline {
            XCTAssertFalse(Self.anyCommandLineContains(token), "the token is in a process's arguments")
        }
        let screen = tmux.expect(text: "EXITED:0")
        XCTAssertTrue(screen.contains("Added 'shop' (Sandbox)"), screen)
        XCTAssertFalse(screen.contains(token), screen)
        let config = try String(contentsOfFile: home.configPath, encoding: .utf8)
        XCTAssertTrue(config.hasPrefix("# kept as it was\ntheme = \"light\"\n\n[[account]]\nname = \"shop\""), config)
        let tokenFile = home.path + "/config/status-composer/tokens/shop"
        XCTAssertEqual(try String(contentsOfFile: tokenFile, encoding: .utf8), token + "\n")
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: tokenFile)[.posixPermissions] as? Int).map { $0 & 0o777 }, 0o600)
    }

    /// With no config the composer offers the first account: A opens the form inside it; the
    /// answers are written (config, token file of mode 600), the token never on screen nor in
    /// any process's arguments, and the composer reopens on the new config with the draft kept
    /// and the account chosen.
    func testTheComposerOnTheBuiltInSandboxAddsTheFirstAccountInAForm() throws {
        try? FileManager.default.removeItem(atPath: home.configPath)
        var env = CLIRunner.environment(["NO_COLOR": ""], home: home.path)
        env["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let tmux = try TmuxSession(command: CLIRunner.binary.path, environment: env)
        session = tmux
        tmux.expect(text: "No accounts yet: press A to add your first")
        tmux.sendKeys("Tab")
        tmux.sendKeys("Tab")
        tmux.type("Rascunho guardado")
        tmux.sendKeys("BTab", "BTab")
        tmux.sendKeys("A")
        tmux.expect(text: "Add an account")
        XCTAssertEqual(tmux.format("#{alternate_on}"), "1", "still the composer's screen")
        // Z-API → Green API → RyzeAPI → Evolution API → Sandbox.
        tmux.sendKeys("Left")
        tmux.expect(text: "‹Sandbox›")
        tmux.sendKeys("Tab")
        tmux.type("loja")
        tmux.sendKeys("Tab")
        tmux.type("loja1")
        tmux.sendKeys("Tab")
        tmux.type(server.baseURL)
        tmux.sendKeys("Tab")
        tmux.type(token)
        tmux.expect(text: String(repeating: "•", count: token.count))
        XCTAssertFalse(tmux.screen().contains(token), tmux.screen())
        XCTAssertFalse(Self.anyCommandLineContains(token), "the token is in a process's arguments")
        tmux.sendKeys("C-s")
        // Reopened on the config: the new account chosen, the draft kept, no sandbox badge.
        let reopened = tmux.expect("the composer reopened with the account") { $0.contains("loja (Sandbox)") && !$0.contains("Add an account") }
        XCTAssertTrue(reopened.contains("Rascunho guardado"), reopened)
        XCTAssertFalse(reopened.contains("No accounts yet"), reopened)
        XCTAssertFalse(reopened.contains(token), reopened)
        XCTAssertFalse(Self.anyCommandLineContains(token), "the token is in a process's arguments")
        let config = try String(contentsOfFile: home.configPath, encoding: .utf8)
        XCTAssertTrue(config.contains("[[account]]\nname = \"loja\"\nprovider = \"sandbox\""), config)
        XCTAssertFalse(config.contains(token), config)
        let tokenFile = home.path + "/config/status-composer/tokens/loja"
        XCTAssertEqual(try String(contentsOfFile: tokenFile, encoding: .utf8), token + "\n")
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: tokenFile)[.posixPermissions] as? Int).map { $0 & 0o777 }, 0o600)
    }

    /// A wrong answer is named under its field and nothing is written.
    func testTheFormNamesAWrongAnswerAndWritesNothing() throws {
        try? FileManager.default.removeItem(atPath: home.configPath)
        var env = CLIRunner.environment(["NO_COLOR": ""], home: home.path)
        env["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let tmux = try TmuxSession(command: CLIRunner.binary.path, environment: env)
        session = tmux
        tmux.expect(text: "No accounts yet")
        tmux.sendKeys("A")
        tmux.expect(text: "Add an account")
        tmux.sendKeys("Tab")
        tmux.type("bad name")
        tmux.sendKeys("C-s")
        tmux.expect(text: "'bad name' is not a name")
        tmux.expect(text: "No account was added")
        XCTAssertFalse(FileManager.default.fileExists(atPath: home.configPath), "nothing written")
        tmux.sendKeys("Escape")
        tmux.expect(text: "No account was added.")
    }

    /// Every process's arguments on the machine (what `ps` shows other users).
    static func anyCommandLineContains(_ text: String) -> Bool {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.contains { entry in
            guard pid_t(entry) != nil, let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { return false }
            return String(decoding: data, as: UTF8.self).contains(text)
        }
    }
}
