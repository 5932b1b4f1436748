import Foundation
import TerminalTestSupport
import XCTest

/// The real backend in a real terminal: this test binary runs `TerminalSelfTest` in a tmux
/// pane (through `TerminalSelfTestDriver`) and the tests type, paste and resize at it and read
/// the pane back. Skipped when tmux is missing.
final class TerminalSelfTestTmuxTests: XCTestCase {
    private var scratch: URL!

    override func setUpWithError() throws {
        #if !os(Linux)
        throw XCTSkip("needs /proc/self/exe to start the test binary again")
        #endif
        guard TmuxSession.executable != nil else { throw XCTSkip("tmux is not installed") }
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let scratch { try? FileManager.default.removeItem(at: scratch) }
    }

    /// Starts the self-test in a pane. `environment` entries are `NAME=value` or `-u NAME`.
    private func startSelfTest(_ environment: [String], redirect: String = "", width: Int = 100, height: Int = 30) throws -> TmuxSession {
        let binary = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        // env takes its -u options before the assignments.
        let unset = environment.filter { $0.hasPrefix("-u ") }
        let assignments = ["TERMINALUI_SELFTEST_DRIVER=1"] + environment.filter { !$0.hasPrefix("-u ") }
        let settings = (unset + assignments).map(quote).joined(separator: " ")
        // `timeout` ends a self-test that a failed test left waiting for Ctrl-Q (SIGTERM: it
        // restores the terminal and exits).
        let command = "env \(settings) timeout --foreground 120 \(quote(binary)) \(TerminalSelfTestDriver.filter) \(redirect); echo EXITED; sleep 60"
        let session = try TmuxSession(command: command, width: width, height: height)
        guard session.waitFor(timeout: 30, { $0.contains("\nready") }) else {
            let screen = session.screen()
            session.kill()
            throw TmuxError(message: "self-test did not start:\n\(screen)")
        }
        return session
    }

    private func quote(_ text: String) -> String {
        text.hasPrefix("-u ") ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private func quit(_ session: TmuxSession, expectStatus status: Int32 = 0) {
        session.sendKeys("C-q")
        XCTAssertTrue(session.waitFor("self-test status: \(status)"), session.screen())
        XCTAssertEqual(session.format("#{alternate_on}"), "0", "the alternate screen was not left")
    }

    func testKeysPasteResizeAndEditorOnTmux256Color() throws {
        let editor = scratch.appendingPathComponent("editor.sh").path
        try "#!/bin/sh\nfor file; do :; done\nprintf '%s edited\\n' \"$(cat \"$file\")\" > \"$file\"\n"
            .write(toFile: editor, atomically: true, encoding: .utf8)
        XCTAssertEqual(chmod(editor, 0o755), 0)
        let session = try startSelfTest(["TERM=tmux-256color", "EDITOR=\(editor)", "-u NO_COLOR", "-u COLORTERM"])
        defer { session.kill() }

        let lines = session.screen().components(separatedBy: "\n")
        XCTAssertTrue(lines[0].hasPrefix("TerminalUI self-test  TERM tmux-256color  colours ansi256  100x30"), lines[0])
        XCTAssertEqual(lines[1], "Accents: Olá ação café naïve Ñandú é")
        XCTAssertEqual(lines[2], "Emoji: 😀 BR 👍 ❤ 中文|")
        let swatches = session.screen(withEscapes: true).components(separatedBy: "\n")[3]
        XCTAssertTrue(swatches.contains("\u{1B}[48;5;41m"), "#25D366 should be drawn as xterm colour 41: \(swatches)")

        let steps: [(send: () -> Void, expect: String)] = [
            ({ session.type("aé") }, "key:character(é)"),
            ({ session.sendKeys("C-s") }, "key:control(s)"),
            ({ session.sendKeys("Escape") }, "key:escape"),
            ({ session.sendKeys("M-x") }, "key:alt(x)"),
            ({ session.sendKeys("Up") }, "key:up"),
            ({ session.sendKeys("F5") }, "key:function(5)"),
            ({ session.sendKeys("BTab") }, "key:backTab"),
            ({ session.sendKeys("Enter") }, "key:enter"),
            ({ session.sendKeys("DC") }, "key:delete"),
            ({ session.sendKeys("C-c") }, "key:control(c)"),
            ({ session.paste("hello\nwörld") }, #"paste:"hello\nwörld""#),
            ({ session.paste("one\r\ntwo\tthree", rawNewlines: true) }, #"paste:"one\ntwo three""#),
            ({ session.sendKeys("C-e") }, #"editor:"aéhello\nwörldone\ntwo three edited""#),
            ({ session.resize(width: 40, height: 12) }, "resize:40x12"),
        ]
        for step in steps {
            step.send()
            XCTAssertTrue(session.waitFor(step.expect), "expected \(step.expect) on screen:\n\(session.screen())")
        }
        XCTAssertTrue(session.screen().hasPrefix("TerminalUI self-test  TERM tmux-256color\n"), session.screen())
        session.resize(width: 100, height: 30)
        XCTAssertTrue(session.waitFor("resize:100x30"), session.screen())
        XCTAssertEqual(session.screen().components(separatedBy: "\n")[2], "Emoji: 😀 BR 👍 ❤ 中文|")
        quit(session)
    }

    func testProfileAndTermPerEnvironment() throws {
        let table: [(environment: [String], header: String)] = [
            (["TERM=xterm-256color", "-u COLORTERM", "-u NO_COLOR"], "TERM xterm-256color  colours ansi256"),
            (["TERM=xterm-kitty", "-u COLORTERM", "-u NO_COLOR"], "TERM xterm-256color (fallback)  colours ansi256"),
            (["TERM=xterm", "-u COLORTERM", "-u NO_COLOR"], "TERM xterm  colours ansi16"),
            (["TERM=xterm-256color", "COLORTERM=truecolor", "-u NO_COLOR"], "TERM xterm-256color  colours trueColor"),
            (["TERM=tmux-256color", "NO_COLOR=1"], "TERM tmux-256color  colours monochrome"),
        ]
        for (environment, header) in table {
            let session = try startSelfTest(environment)
            defer { session.kill() }
            XCTAssertTrue(session.screen().hasPrefix("TerminalUI self-test  \(header)  100x30"), "\(environment):\n\(session.screen())")
            if environment.contains("NO_COLOR=1") {
                let screen = session.screen(withEscapes: true)
                XCTAssertFalse(screen.contains("48;5;"), "NO_COLOR must draw no colour")
                XCTAssertFalse(screen.contains("\u{1B}[41m"), "NO_COLOR must draw no colour")
                XCTAssertTrue(screen.contains("\u{1B}[1mbold"), "attributes are kept without colour")
            }
            quit(session)
        }
    }

    func testUTF8WithoutLANG() throws {
        let session = try startSelfTest(["TERM=tmux-256color", "-u LANG", "-u LC_ALL", "-u LC_CTYPE"])
        defer { session.kill() }
        let lines = session.screen().components(separatedBy: "\n")
        XCTAssertEqual(lines[1], "Accents: Olá ação café naïve Ñandú é")
        XCTAssertEqual(lines[2], "Emoji: 😀 BR 👍 ❤ 中文|")
        session.type("ç")
        XCTAssertTrue(session.waitFor("key:character(ç)"), session.screen())
        quit(session)
    }

    func testDrawsOnTheTerminalWithStdoutRedirectedAndEndsCleanlyOnSIGTERM() throws {
        let pidFile = scratch.appendingPathComponent("pid").path
        let output = scratch.appendingPathComponent("out").path
        let session = try startSelfTest(
            ["TERM=tmux-256color", "TERMINALUI_SELFTEST_PIDFILE=\(pidFile)"], redirect: "> '\(output)'"
        )
        defer { session.kill() }
        session.paste("via tty")
        XCTAssertTrue(session.waitFor(#"paste:"via tty""#), session.screen())
        let pid = try XCTUnwrap(Int32(String(contentsOfFile: pidFile, encoding: .utf8)))
        XCTAssertEqual(Glibc.kill(pid, SIGTERM), 0)
        XCTAssertTrue(session.waitFor("EXITED"), session.screen())
        XCTAssertEqual(session.format("#{alternate_on}"), "0")
        let printed = try String(contentsOfFile: output, encoding: .utf8)
        XCTAssertTrue(printed.contains("self-test: closed after 1 events (signal 15)"), printed)
        XCTAssertTrue(printed.contains("self-test status: 143"), printed)
    }
}
