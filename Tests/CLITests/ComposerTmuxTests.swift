import Foundation
import GatewaySandbox
import TerminalTestSupport
import XCTest

/// The composer in a real terminal: tmux runs the binary against a sandbox on 127.0.0.1,
/// `send-keys` types, `capture-pane` reads the screen, and the sandbox counts what arrived.
final class ComposerTmuxTests: XCTestCase {
    var sandbox: SandboxHome!
    var session: TmuxSession?
    var server: GatewaySandboxServer { sandbox.server }
    var home: TempHome { sandbox.home }
    var tokens: [String: String] { sandbox.tokens }

    override func setUp() async throws {
        sandbox = try await SandboxHome.start([
            TestAccount(name: "demo", provider: .sandbox, instance: "demo", tokenEnv: "DEMO_TOKEN", token: "demo-token-8888"),
            TestAccount(name: "green", provider: .greenAPI, instance: "1101", tokenEnv: "GREEN_TOKEN", token: "green-token-9999"),
            TestAccount(name: "evo", provider: .evolution, instance: "loja", tokenEnv: "EVO_TOKEN", token: "evo-token-7777"),
        ])
    }

    override func tearDown() async throws {
        session?.kill()
        await sandbox.stop()
    }

    /// Starts the composer; `shell` wraps it so the test can see what happens after it exits.
    private func start(_ arguments: String, extraEnvironment: [String: String] = [:], afterExit: Bool = false) throws -> TmuxSession {
        let env = sandbox.terminalEnvironment(extraEnvironment)
        let binary = CLIRunner.binary.path
        let command = afterExit
            ? "sh -c '\(binary) \(arguments); echo EXITED:$?; stty -a | tr \" \" \"\\n\" | grep -x -e icanon -e -icanon -e echo -e -echo; sleep 60'"
            : "\(binary) \(arguments)"
        let tmux = try TmuxSession(command: command, environment: env)
        session = tmux
        tmux.expect(text: "Ctrl-Q")
        return tmux
    }

    func testTextStatusWithEmojiAndColourPostsToTwoAccounts() throws {
        let tmux = try start("--account demo --account green")
        tmux.type("Promoção 🎉 hoje 🇧🇷")
        tmux.sendKeys("Tab")
        tmux.type("1E8449")
        tmux.expect(text: "#1E8449")
        tmux.sendKeys("C-s")
        tmux.expect(text: "Post this text status to 2 accounts?  y/Enter: post · Esc: cancel — demo (Sandbox), green")
        tmux.sendKeys("Enter")
        let screen = tmux.expect("two receipts") { $0.contains("✓ demo (Sandbox): posted — messageId SBX") && $0.contains("✓ green (Green API): posted — idMessage ") }
        XCTAssertTrue(screen.contains("Posted to all 2 accounts"), screen)
        let requests = server.recordedRequests()
        XCTAssertEqual(requests.count, 2)
        let green = try XCTUnwrap(requests.first { $0.path.contains("sendTextStatus") })
        XCTAssertEqual(green.bodyText, ##"{"message":"Promoção 🎉 hoje 🇧🇷","backgroundColor":"#1E8449"}"##)
        for token in tokens.values { XCTAssertFalse(screen.contains(token)) }
    }

    func testValidationErrorBlocksPostingAndSendsNothing() throws {
        let tmux = try start("--account evo")
        tmux.type("Oi")
        tmux.expect(text: "✗ color: empty; Evolution API needs a background")
        tmux.sendKeys("C-s")
        tmux.expect(text: "Nothing was sent")
        XCTAssertFalse(tmux.screen().contains("Post this"))
        XCTAssertEqual(server.recordedRequests().count, 0)
    }

    func testHangingGatewayLeavesTheComposerResponsive() throws {
        server.inject(.hang, instance: "demo")
        let tmux = try start("--account demo")
        tmux.typeAndPost("first")
        tmux.expect(text: "demo (Sandbox): sending…")
        tmux.sendKeys("C-n")
        tmux.type("typed while waiting ✓")
        tmux.expect(text: "typed while waiting ✓")
        tmux.expect(text: "21/700")
        XCTAssertTrue(tmux.screen().contains("sending…"), "the hanging post is still in flight")
        tmux.sendKeys("C-q")
        tmux.expect(text: "still sending")
        XCTAssertEqual(server.recordedRequests().count, 1)
    }

    /// With --no-check (the composer otherwise asks the accounts' states as it opens).
    func testNetworkThreadsStartWithTheFirstPostNotWithTheComposer() throws {
        let tmux = try start("--account demo --no-check")
        tmux.type("Oi")
        tmux.expect(text: "2/700")
        let composer = try XCTUnwrap(composerProcess(in: tmux), "no composer process under the pane")
        XCTAssertEqual(networkThreads(of: composer), [], "event loops running before anything was posted")
        tmux.sendKeys("C-s")
        tmux.expect(text: "Post this")
        tmux.sendKeys("Enter")
        tmux.expect(text: "✓ demo (Sandbox): posted")
        XCTAssertFalse(networkThreads(of: composer).isEmpty, "the post ran without the client's event loops")
    }

    /// The composer's pid: the pane's process, or its child when a shell runs the command.
    private func composerProcess(in tmux: TmuxSession) -> Int? {
        guard let pane = Int(tmux.format("#{pane_pid}")) else { return nil }
        let name = try? String(contentsOfFile: "/proc/\(pane)/comm", encoding: .utf8)
        if name?.hasPrefix("status-compose") == true { return pane }
        let children = (try? String(contentsOfFile: "/proc/\(pane)/task/\(pane)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").compactMap { Int($0) }.first
    }

    /// Names of the process's threads that belong to NIO's event loops.
    private func networkThreads(of pid: Int) -> [String] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return tasks.compactMap { try? String(contentsOfFile: "/proc/\(pid)/task/\($0)/comm", encoding: .utf8) }
            .filter { $0.hasPrefix("NIO-") }
    }

    func testQuietScreenHidesThePreviewAndCounterAndTellsTheCount() throws {
        let tmux = try start("--account demo")
        tmux.type("Oi de novo")
        tmux.expect(text: "10/700")
        XCTAssertTrue(tmux.screen().contains("Preview"), tmux.screen())
        tmux.sendKeys("C-o")
        let quiet = tmux.expect(text: "Quiet screen")
        XCTAssertTrue(quiet.contains("10/700 characters now"), quiet)
        XCTAssertFalse(quiet.contains("Preview"), quiet)
        tmux.type("!")
        tmux.expect(text: "Oi de novo!")
        XCTAssertFalse(tmux.screen().contains("11/700"), tmux.screen())
        tmux.sendKeys("F4")
        tmux.expect(text: "11/700")
        XCTAssertTrue(tmux.screen().contains("Preview"), tmux.screen())
    }

    func testQuietScreenFlagStartsWithoutThePreview() throws {
        let tmux = try start("--account demo --quiet-screen --text 'hello'")
        tmux.expect(text: "hello")
        XCTAssertFalse(tmux.screen().contains("Preview"), tmux.screen())
        XCTAssertFalse(tmux.screen().contains("5/700"), tmux.screen())
    }

    func testQuietScreenFromTheConfig() throws {
        try sandbox.writeConfig(topLevel: "quiet_screen = true")
        let tmux = try start("--config \(home.configPath) --account demo --text 'from the config'")
        tmux.expect(text: "from the config")
        XCTAssertFalse(tmux.screen().contains("Preview"), tmux.screen())
    }

    func testResizeToTinyAndBackKeepsTheDraft() throws {
        let tmux = try start("--account demo --text 'kept across resizes 👍'")
        tmux.resize(width: 30, height: 8)
        tmux.expect(text: "Make the window larger")
        tmux.resize(width: 100, height: 30)
        tmux.expect(text: "kept across resizes 👍")
    }

    func testPasteAddsOneAudienceEntryPerLine() throws {
        let tmux = try start("--account green")
        tmux.type("Oi")
        for _ in 0..<3 { tmux.sendKeys("Tab") }
        tmux.expect(text: "› Audience")
        tmux.paste("5511999999999\n5521988887777\n123")
        let screen = tmux.expect(text: "Added 3 numbers.")
        XCTAssertTrue(screen.contains("5511999999999 ✓"), screen)
        XCTAssertTrue(screen.contains("123 ✗"), screen)
        XCTAssertTrue(screen.contains("to: '123'; 3 digits"), screen)
    }

    func testCtrlQRestoresTheTerminal() throws {
        let tmux = try start("--account demo", afterExit: true)
        tmux.type("bye")
        tmux.sendKeys("C-q")
        let screen = expectModesAfterExit(tmux)
        XCTAssertTrue(screen.contains("EXITED:0"), screen)
        XCTAssertTrue(screen.split(separator: "\n").contains("icanon"), "cooked mode is back:\n\(screen)")
        XCTAssertTrue(screen.split(separator: "\n").contains("echo"), "echo is back:\n\(screen)")
        XCTAssertFalse(screen.contains("Ctrl-S/F2"), "the alternate screen is gone:\n\(screen)")
    }

    func testEscTwiceQuitsAtOnce() throws {
        let tmux = try start("--account demo", afterExit: true)
        tmux.sendKeys("Escape")
        tmux.expect(text: "Press Esc again")
        tmux.sendKeys("Escape")
        tmux.expect(text: "EXITED:0", timeout: 5)
    }

    /// The help opens on the focused field's keys and turns its pages in a real terminal.
    func testHelpTurnsPagesAndCloses() throws {
        let tmux = try start("--account demo")
        tmux.sendKeys("F1")
        let first = tmux.expect(text: "page 1/3")
        XCTAssertTrue(first.contains("edit the text in $EDITOR"), first)
        tmux.sendKeys("NPage")
        tmux.expect(text: "page 2/3")
        tmux.sendKeys("Space")
        tmux.expect(text: "page 3/3")
        tmux.sendKeys("Down")
        tmux.expect(text: "page 3/3")
        tmux.sendKeys("Up")
        tmux.expect(text: "page 2/3")
        tmux.sendKeys("Escape")
        let closed = tmux.expect("the help closed") { !$0.contains("page 2/3") }
        XCTAssertTrue(closed.contains("› Text"), closed)
    }

    func testNoColorAndPortuguese() throws {
        let tmux = try start("--account demo", extraEnvironment: ["NO_COLOR": "1", "LANG": "pt_BR.UTF-8"])
        let screen = tmux.expect(text: "sem cor")
        XCTAssertTrue(screen.contains("› Texto"), screen)
        XCTAssertTrue(screen.contains("Contas"), screen)
        XCTAssertTrue(screen.contains("publicar"), screen)
    }

    func testBrokenThemeFallsBackWithAClearError() throws {
        let theme = home.path + "/broken.toml"
        _ = FileManager.default.createFile(atPath: theme, contents: Data("name = \"x\"\n[styles]\ntext = \"fg=#12\"\n".utf8))
        let tmux = try start("--account demo --theme \(theme)")
        tmux.expect(text: "default theme in use")
        XCTAssertTrue(tmux.screen().contains("styles.text"), tmux.screen())
    }

    func testSIGHUPSavesTheDraftRestoresTheTerminalAndTheNextStartHasIt() throws {
        let tmux = try start("--config \(home.configPath) --account green", afterExit: true)
        tmux.type("não perca isto 🙏")
        tmux.expect(text: "não perca isto 🙏")
        let pid = try XCTUnwrap(Self.pid(withArgument: home.configPath), "the composer's process")
        kill(pid, SIGHUP)
        let screen = expectModesAfterExit(tmux)
        XCTAssertTrue(screen.contains("EXITED:"), screen)
        XCTAssertTrue(screen.split(separator: "\n").contains("icanon"), "cooked mode is back:\n\(screen)")
        tmux.kill()

        let next = try start("")
        next.expect(text: "não perca isto 🙏")
        next.expect(text: "Draft restored")
        XCTAssertTrue(next.screen().contains("green (Green API)"), next.screen())
    }

    /// Emoji as people type them, in tmux 3.3a: the width probe learns how tmux draws each kind,
    /// so the flag, the skin-tone thumb and the family read back from the screen as typed (not
    /// "BR", not a bare 👍), and the Unicode 15 emoji tmux drops show as the stand-in. One
    /// Backspace takes the whole family.
    func testEmojiReadBackFromTheScreenAsTyped() throws {
        let tmux = try start("--account demo")
        tmux.type("Amor 🩷 e 🫨 tremor, 🪿 ganso, 👍🏽 ok, 🇧🇷 Brasil 👨‍👩‍👧")
        let screen = tmux.expect("the caption in the text box") { $0.contains("Brasil 👨‍👩‍👧") }
        for shown in ["Amor \u{FFFD}  e \u{FFFD}  tremor,", "\u{FFFD}  ganso,", "👍🏽 ok,", "🇧🇷 Brasil", "Brasil 👨‍👩‍👧"] {
            XCTAssertTrue(screen.contains(shown), "\(shown):\n\(screen)")
        }
        XCTAssertFalse(screen.contains("BR Brasil"), screen)
        XCTAssertFalse(screen.contains("👍 ok"), screen)
        tmux.sendKeys("BSpace")
        let after = tmux.expect("the family gone with one Backspace") { !$0.contains("👨‍👩‍👧") }
        XCTAssertTrue(after.contains("🇧🇷 Brasil"), after)
    }

    /// The screen once the `afterExit` shell has printed the terminal's modes: stty prints icanon
    /// before echo, so an echo line means both are there (waiting for "EXITED:" alone races stty).
    private func expectModesAfterExit(_ tmux: TmuxSession, file: StaticString = #filePath, line: UInt = #line) -> String {
        tmux.expect("the terminal's modes after exit", file: file, line: line) { screen in
            let lines = screen.split(separator: "\n")
            return lines.contains("echo") || lines.contains("-echo")
        }
    }

    /// The process whose command line holds `argument` (found through /proc, no tools needed).
    static func pid(withArgument argument: String) -> pid_t? {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries {
            guard let pid = pid_t(entry), let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { continue }
            let parts = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            if parts.first?.hasSuffix("/status-composer") == true, parts.contains(argument) { return pid }
        }
        return nil
    }
}
