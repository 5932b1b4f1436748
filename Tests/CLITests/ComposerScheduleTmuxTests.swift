import Foundation
import GatewaySandbox
import TerminalTestSupport
import XCTest

/// Scheduling from the composer in a real terminal: When set to a time, Ctrl-S asks with the
/// time, the zone and the account, the item shows in the log and in the Schedule panel, `p`
/// pauses it there, Enter loads it and Ctrl-S updates it, and the real `schedule list` sees
/// the one item, paused, with the new text.
final class ComposerScheduleTmuxTests: XCTestCase {
    func testScheduleWithTheWhenFieldThenPauseItInThePanel() async throws {
        let sandbox = try await SandboxHome.start([
            TestAccount(name: "loja", provider: .greenAPI, instance: "1101", tokenEnv: "GREEN_TOKEN", token: "green-token-5151"),
        ])
        try sandbox.writeConfig(topLevel: #"timezone = "America/Sao_Paulo""#)
        let env = sandbox.terminalEnvironment()
        let tmux = try TmuxSession(command: "\(CLIRunner.binary.path) --account loja", environment: env)
        defer { tmux.kill() }
        tmux.expect(text: "Ctrl-R/F3 history")

        tmux.type("Café da manhã às 8")
        // Text → Background → Font → Audience → When; → chooses "at a time".
        tmux.sendKeys("Tab", "Tab", "Tab", "Tab")
        tmux.expect(text: "› When")
        tmux.sendKeys("Right")
        tmux.expect(text: "‹at a time›")
        tmux.sendKeys("Tab")
        // 15 January of next year: always ahead, and a weekday worked out, not written down.
        let (typed, day) = Self.fifteenthOfJanuaryNextYear()
        tmux.type(typed)
        tmux.sendKeys("C-s")
        tmux.expect(text: "Schedule for \(day) 08:00 (America/Sao_Paulo) on 1 account?  y/Enter: schedule")
        tmux.sendKeys("Enter")
        tmux.expect(text: "⏱ loja (Green API): scheduled #1 for \(day) 08:00 (America/Sao_Paulo)")
        XCTAssertFalse(sandbox.server.recordedRequests().contains { $0.path.contains("sendTextStatus") }, "scheduling posts nothing now")

        tmux.sendKeys("C-t")
        tmux.expect(text: "Schedule · by day")
        // The agenda's own rows (the log beneath also names the time): the day's heading, and
        // the item's row with its time, text and state.
        let panel = tmux.expect("the item in the agenda") { $0.contains("“Café da manhã às 8”") }
        let rows = panel.split(separator: "\n").map(String.init)
        XCTAssertTrue(rows.contains { $0.trimmingCharacters(in: .whitespaces) == day }, panel)
        let row = rows.first { $0.contains("“Café da manhã às 8”") } ?? ""
        XCTAssertTrue(row.contains("08:00") && row.hasSuffix("scheduled"), row)
        tmux.sendKeys("p")
        tmux.expect(text: "Paused #1.")
        tmux.expect("the row paused") { screen in
            screen.split(separator: "\n").contains { $0.contains("“Café da manhã às 8”") && $0.hasSuffix("paused") }
        }

        // Enter loads it into the form; the next Ctrl-S updates that item, not a new one.
        tmux.sendKeys("Enter")
        tmux.expect(text: "Loaded #1 into the form")
        tmux.type(" e pão")
        tmux.sendKeys("C-s")
        tmux.expect(text: "Update #1 to \(day) 08:00 (America/Sao_Paulo) on 1 account?")
        tmux.sendKeys("Enter")
        tmux.expect(text: "Updated #1")

        let list = try CLIRunner.run(["schedule", "list", "--json"], environment: env)
        XCTAssertEqual(list.exitCode, 0, list.all)
        XCTAssertEqual(list.stdoutLines.count, 1, "the item was updated, not added again: \(list.stdout)")
        let line = list.stdoutLines.first ?? ""
        XCTAssertTrue(line.contains(#""text":"Café da manhã às 8 e pão""#), list.stdout)
        XCTAssertTrue(line.contains(#""state":"paused""#), list.stdout)
        XCTAssertTrue(line.contains(#""id":1"#), list.stdout)
        await sandbox.stop()
    }
}

extension ComposerScheduleTmuxTests {
    /// "2027-01-15 08:00" as typed and "Fri 15 Jan" as the composer names it, for the year after
    /// this one in São Paulo.
    static func fifteenthOfJanuaryNextYear() -> (typed: String, day: String) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "America/Sao_Paulo")!
        let year = calendar.component(.year, from: Date()) + 1
        let date = calendar.date(from: DateComponents(year: year, month: 1, day: 15, hour: 8))!
        let weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][calendar.component(.weekday, from: date) - 1]
        return ("\(year)-01-15 08:00", "\(weekday) 15 Jan")
    }
}

/// The composer as the schedule's runner: while it is open and no `run` holds the lock it
/// posts what falls due (an item another program added), shows the post in its log with its
/// item, and gives the lock back when it closes; with a `run` holding the lock it says so.
final class ComposerRunnerTmuxTests: XCTestCase {
    func testTheOpenComposerPostsWhatFallsDueAndLogsIt() async throws {
        let sandbox = try await SandboxHome.start([
            TestAccount(name: "loja", provider: .zapi, instance: "z1", tokenEnv: "ZAPI_TOKEN", token: "zapi-token-4242"),
        ])
        let env = sandbox.terminalEnvironment()
        let tmux = try TmuxSession(command: "\(CLIRunner.binary.path) --account loja", environment: env)
        defer { tmux.kill() }
        tmux.expect(text: "runner: this composer")
        let lockPath = sandbox.home.path + "/.local/state/status-composer/runner.lock"
        let composerPid = (try? String(contentsOfFile: lockPath, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertNotNil(composerPid.flatMap(Int32.init), "the composer holds the runner's lock")
        // Idle as the runner it sleeps: a second of processor time in the 3 s watched would be
        // a runner woken without end (its own idle report once woke it again).
        let pid = try XCTUnwrap(composerPid.flatMap(Int32.init))
        let before = try XCTUnwrap(ProcessTimes.cpuSeconds(pid))
        try await Task.sleep(for: .seconds(3))  // the window measured, not a wait for a state
        let used = try XCTUnwrap(ProcessTimes.cpuSeconds(pid)) - before
        XCTAssertLessThan(used, 1, "the idle composer used \(used) s of processor time in 3 s")

        let added = try CLIRunner.run(["schedule", "add", "--account", "loja", "--type", "text", "--text", "Almoço às 11:30", "--in", "2s"], environment: env)
        XCTAssertEqual(added.exitCode, 0, added.all)
        let line = tmux.expect("the runner's post in the log") { $0.contains("loja (Z-API) · scheduled #1") && $0.contains("✓") }
        XCTAssertTrue(line.contains("messageId"), line)
        XCTAssertTrue(BackgroundCommand.poll(10) {
            sandbox.server.recordedRequests().filter { $0.path.contains("send-text-status") }.count == 1
        }, "one post reached the gateway")
        XCTAssertFalse(tmux.screen().contains("zapi-token-4242"), "no token on screen")

        let show = try CLIRunner.run(["schedule", "show", "1", "--json"], environment: env)
        XCTAssertTrue(show.stdout.contains(#""state":"posted""#), show.all)
        // Recorded as posted, and still one request: the runner did not post it twice.
        XCTAssertEqual(sandbox.server.recordedRequests().filter { $0.path.contains("send-text-status") }.count, 1)

        // A runner cannot start while the composer is it; once the composer closes it can.
        let second = try CLIRunner.run(["run"], environment: sandbox.environment(), limit: 20)
        XCTAssertEqual(second.exitCode, 2, second.all)
        XCTAssertTrue(second.stderr.contains("Another runner (pid \(composerPid ?? "?"))"), second.stderr)
        tmux.sendKeys("C-q")
        XCTAssertTrue(BackgroundCommand.poll(15) { RunnerLookup.isFree(sandbox) }, "the composer gave the lock back")
        await sandbox.stop()
    }

    func testWithARunProcessTheHeaderNamesIt() async throws {
        let sandbox = try await SandboxHome.start([
            TestAccount(name: "loja", provider: .zapi, instance: "z1", tokenEnv: "ZAPI_TOKEN", token: "zapi-token-4343"),
        ])
        let runner = try BackgroundCommand(["run"], environment: sandbox.environment())
        defer { runner.stop() }
        XCTAssertTrue(runner.waitUntil { runner.stderr.contains("Runner started") }, runner.stderr)
        let tmux = try TmuxSession(command: "\(CLIRunner.binary.path) --account loja", environment: sandbox.terminalEnvironment())
        defer { tmux.kill() }
        tmux.expect(text: "runner: `run` (pid \(runner.pid))")
        await sandbox.stop()
    }
}

/// Whether the runner's lock of a sandbox home is free (nobody holds its flock).
enum RunnerLookup {
    static func isFree(_ sandbox: SandboxHome) -> Bool {
        let path = sandbox.home.path + "/.local/state/status-composer/runner.lock"
        let descriptor = open(path, O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else { return true }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { return false }
        flock(descriptor, LOCK_UN)
        return true
    }
}

/// A process's processor time, from `/proc/PID/stat` (user and system, in seconds).
enum ProcessTimes {
    /// Nil when the process's stat cannot be read (it is gone).
    static func cpuSeconds(_ pid: Int32) -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let end = stat.lastIndex(of: ")") else { return nil }
        // Fields after the command name: state is field 3, utime 14, stime 15.
        let fields = stat[stat.index(after: end)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
