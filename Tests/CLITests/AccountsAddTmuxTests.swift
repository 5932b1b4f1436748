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

    /// With no config the composer offers the first account; A leaves it for `accounts add`.
    func testTheComposerOnTheBuiltInSandboxLeavesForAccountsAdd() throws {
        try? FileManager.default.removeItem(atPath: home.configPath)
        var env = CLIRunner.environment(["NO_COLOR": ""], home: home.path)
        env["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let tmux = try TmuxSession(command: CLIRunner.binary.path, environment: env)
        session = tmux
        tmux.expect(text: "No accounts yet: press A to add your first")
        tmux.sendKeys("A")
        tmux.expect(text: "Choose 1–5")
        XCTAssertTrue(tmux.screen().contains("Adding an account to \(home.configPath)"), tmux.screen())
        XCTAssertEqual(tmux.format("#{alternate_on}"), "0", "the composer's screen is closed")
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
