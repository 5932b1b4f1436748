import Foundation
import GatewaySandbox
import XCTest

/// `status-composer run`, the real binary against a real loopback sandbox: on time to several
/// gateways, one runner per state folder, SIGTERM while a request is in flight, kill -9 while a
/// post is in flight, and items found late. Every wait is a bounded poll.
final class RunCommandTests: XCTestCase {
    var sandbox: SandboxHome!
    var server: GatewaySandboxServer { sandbox.server }
    private var runners: [BackgroundCommand] = []

    override func setUp() async throws {
        sandbox = try await SandboxHome.start([
            TestAccount(name: "loja", provider: .zapi, instance: "z1", tokenEnv: "ZAPI_TOKEN", token: "zapi-token-1111"),
            TestAccount(name: "verde", provider: .greenAPI, instance: "1101", tokenEnv: "GREEN_TOKEN", token: "green-token-2222"),
            TestAccount(name: "shop", provider: .ryze, instance: "shop", tokenEnv: "RYZE_TOKEN", token: "ryze-token-3333"),
        ])
    }

    override func tearDown() async throws {
        runners.forEach { $0.stop() }
        await sandbox.stop()
    }

    private func startRunner(_ extra: [String] = []) throws -> BackgroundCommand {
        let runner = try BackgroundCommand(["run", "--json", "--timeout", "5"] + extra, environment: sandbox.environment())
        runners.append(runner)
        // Started once the lock names it.
        XCTAssertTrue(BackgroundCommand.poll(20) { lockPid == runner.pid }, "the runner did not take the lock: \(runner.stderr)")
        // Ready for a graceful stop once SIGTERM is no longer the default (its handler is set
        // up after the lock): a signal sent earlier would end it as the default action does.
        XCTAssertTrue(BackgroundCommand.poll(20) { Self.handlesSIGTERM(runner.pid) }, "the runner never took over SIGTERM: \(runner.stderr)")
        return runner
    }

    /// Whether the process ignores or catches SIGTERM, from /proc/PID/status.
    private static func handlesSIGTERM(_ pid: Int32) -> Bool {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return false }
        let bit = UInt64(1) << UInt64(SIGTERM - 1)
        return status.split(separator: "\n").contains { line in
            guard line.hasPrefix("SigIgn:") || line.hasPrefix("SigCgt:") else { return false }
            let hex = line.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)
            return (UInt64(hex, radix: 16) ?? 0) & bit != 0
        }
    }

    private var lockPid: Int32? {
        let path = sandbox.home.path + "/.local/state/status-composer/runner.lock"
        return (try? String(contentsOfFile: path, encoding: .utf8)).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// Schedules a text status; returns its id and its time.
    private func schedule(_ text: String, accounts: [String] = ["loja"], when: [String] = ["--in", "2s"]) throws -> (id: Int, next: Date) {
        let result = try CLIRunner.run(
            ["schedule", "add"] + accounts.flatMap { ["--account", $0] } + ["--type", "text", "--text", text, "--json"] + when,
            environment: sandbox.environment()
        )
        XCTAssertEqual(result.exitCode, 0, result.all)
        let object = (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]) ?? [:]
        let next = (object["next"] as? String).flatMap { ISO8601DateFormatter().date(from: $0) }
        return (object["id"] as? Int ?? -1, next ?? .distantPast)
    }

    /// The item as `schedule list --all --json` shows it.
    private func show(_ id: Int) throws -> [String: Any] {
        let result = try CLIRunner.run(["schedule", "list", "--all", "--json"], environment: sandbox.environment())
        XCTAssertEqual(result.exitCode, 0, result.all)
        let items = result.stdoutLines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        return items.first { $0["id"] as? Int == id } ?? [:]
    }

    /// The runner's objects by account, failing (not crashing) when an account has two: a
    /// double post.
    static func oneEach(_ objects: [[String: Any]], file: StaticString = #filePath, line: UInt = #line) -> [String: [String: Any]] {
        let grouped = Dictionary(grouping: objects) { $0["account"] as? String ?? "" }
        for (account, lines) in grouped where lines.count > 1 {
            XCTFail("\(account) has \(lines.count) outcomes", file: file, line: line)
        }
        return grouped.compactMapValues(\.first)
    }

    private func requests(withText text: String) -> [RecordedRequest] {
        server.recordedRequests().filter { String(decoding: $0.body, as: UTF8.self).contains(text) }
    }

    func testPostsWithinASecondOfItsTimeToSeveralGateways() throws {
        let runner = try startRunner()
        // `--in 2s` counts from inside `schedule add`: its time is between these two plus 2 s.
        let before = Date()
        let item = try schedule("Bom dia às 8", accounts: ["loja", "verde", "shop"])
        let after = Date()
        XCTAssertTrue(runner.waitUntil { runner.objects.count >= 3 }, runner.stdout + runner.stderr)
        let outcomes = runner.objects
        XCTAssertEqual(Set(outcomes.compactMap { $0["account"] as? String }), ["loja", "verde", "shop"])
        for outcome in outcomes {
            XCTAssertEqual(outcome["scheduleId"] as? Int, item.id, "\(outcome)")
            XCTAssertEqual(outcome["ok"] as? Bool, true, "\(outcome)")
            XCTAssertEqual(outcome["state"] as? String, "sent", "\(outcome)")
            XCTAssertNotNil(outcome["messageId"] as? String, "\(outcome)")
        }
        let arrivals = requests(withText: "Bom dia").map(\.receivedAt)
        XCTAssertEqual(arrivals.count, 3)
        for arrival in arrivals {
            XCTAssertGreaterThanOrEqual(arrival.timeIntervalSince(before.addingTimeInterval(2)), 0, "early: \(arrival)")
            XCTAssertLessThan(arrival.timeIntervalSince(after.addingTimeInterval(2)), 1.0, "late: \(arrival)")
        }
        XCTAssertTrue(BackgroundCommand.poll(10) { (try? self.show(item.id)["state"] as? String) == "posted" })
    }

    /// The runner asks each account's state before posting: one whose phone is offline is not
    /// Two names of one instance share its one answer: neither is posted to while it is down
    /// (the answers once went by name, and the second name found none and was posted to).
    func testTwoNamesOfOneInstanceNotConnectedAreBothLeftOut() throws {
        server.setCondition(.phoneOffline, provider: .greenAPI, instance: "1101")
        let base = server.baseURL
        try sandbox.home.writeConfig(["verde", "verde-promo"].map { name in
            "[[account]]\nname = \"\(name)\"\nprovider = \"green-api\"\nbase_url = \"\(base)\"\ninstance = \"1101\"\ntoken_env = \"GREEN_TOKEN\"\n"
        }.joined(separator: "\n") + "\n[[account]]\nname = \"loja\"\nprovider = \"zapi\"\nbase_url = \"\(base)\"\ninstance = \"z1\"\ntoken_env = \"ZAPI_TOKEN\"\n")
        let runner = try startRunner()
        _ = try schedule("Oferta da noite", accounts: ["loja", "verde", "verde-promo"])
        XCTAssertTrue(runner.waitUntil { runner.objects.count >= 3 }, runner.stdout + runner.stderr)
        let byAccount = Self.oneEach(runner.objects)
        XCTAssertEqual(byAccount["loja"]?["state"] as? String, "sent")
        XCTAssertEqual(byAccount["verde"]?["ok"] as? Bool, false)
        XCTAssertEqual(byAccount["verde-promo"]?["ok"] as? Bool, false)
        XCTAssertEqual(requests(withText: "Oferta da noite").count, 1, "only the connected account's status went out")
    }

    /// posted to (failed, with the state and what to do), the others post.
    func testAnAccountNotConnectedIsNotPostedToByTheRunner() throws {
        server.setCondition(.phoneOffline, provider: .greenAPI, instance: "1101")
        let runner = try startRunner()
        let item = try schedule("Oferta da tarde", accounts: ["loja", "verde"])
        XCTAssertTrue(runner.waitUntil { runner.objects.count >= 2 }, runner.stdout + runner.stderr)
        let byAccount = Self.oneEach(runner.objects)
        XCTAssertEqual(byAccount["loja"]?["state"] as? String, "sent")
        XCTAssertEqual(byAccount["verde"]?["ok"] as? Bool, false)
        let why = byAccount["verde"]?["error"] as? String ?? ""
        XCTAssertTrue(why.contains("not connected") && why.contains("accounts check"), why)
        XCTAssertEqual(requests(withText: "Oferta da tarde").count, 1, "only the connected account's status went out")
        XCTAssertTrue(BackgroundCommand.poll(10) { (try? self.show(item.id)["state"] as? String) == "failed" })
    }

    func testSecondRunnerExitsTwoNamingTheFirstAndAStaleLockIsTakenOver() throws {
        let first = try startRunner()
        let second = try CLIRunner.run(["run"], environment: sandbox.environment(), limit: 20)
        XCTAssertEqual(second.exitCode, 2, second.all)
        XCTAssertTrue(second.stderr.contains("pid \(first.pid)"), second.stderr)

        // A runner killed outright leaves its pid in the lock file; the next one takes over.
        first.signal(SIGKILL)
        _ = first.waitForExit()
        XCTAssertEqual(lockPid, first.pid)
        let third = try startRunner()
        third.signal(SIGTERM)
        XCTAssertEqual(third.waitForExit(), 0, third.stderr)
    }

    func testSIGTERMLetsTheRequestInFlightFinishAndRecordsIt() throws {
        server.inject(.latency(milliseconds: 2500), instance: "z1", count: 1)
        let runner = try startRunner()
        let item = try schedule("Almoco 11h30", when: ["--in", "1s"])
        XCTAssertTrue(runner.waitUntil { !self.requests(withText: "Almoco").isEmpty }, runner.stdout + runner.stderr)
        runner.signal(SIGTERM)
        XCTAssertEqual(runner.waitForExit(), 0, runner.stderr)
        let outcome = runner.objects.first { $0["scheduleId"] as? Int == item.id }
        XCTAssertEqual(outcome?["state"] as? String, "sent", runner.stdout)
        XCTAssertEqual(try show(item.id)["state"] as? String, "posted")
    }

    func testKilledMidPostIsUnknownOnTheNextStartAndNeverResent() throws {
        server.inject(.hang, instance: "z1", count: 1)
        let runner = try startRunner()
        let hung = try schedule("Pendurado", when: ["--in", "1s"])
        XCTAssertTrue(runner.waitUntil { !self.requests(withText: "Pendurado").isEmpty }, runner.stdout + runner.stderr)
        runner.signal(SIGKILL)
        _ = runner.waitForExit()
        server.clearFaults()

        let next = try startRunner()
        // The run left `posting` by a dead process is settled when the store opens.
        XCTAssertTrue(BackgroundCommand.poll(20) { (try? self.show(hung.id)["state"] as? String) == "unknown" }, next.stderr)
        // A later item goes out; the abandoned one is not sent again.
        let later = try schedule("Depois", when: ["--in", "1s"])
        XCTAssertTrue(next.waitUntil { next.objects.contains { $0["scheduleId"] as? Int == later.id && $0["ok"] as? Bool == true } }, next.stdout)
        XCTAssertEqual(requests(withText: "Pendurado").count, 1)
    }

    func testLateItemIsMissedAndCatchUpPostsIt() throws {
        let missed = try schedule("Atrasado", when: ["--in", "1s"])
        let caught = try schedule("Recuperado", accounts: ["verde"], when: ["--in", "1s"])
        // No runner until both are more than the grace (1 s) late (`next` is shown to the second).
        XCTAssertTrue(BackgroundCommand.poll(10) { Date().timeIntervalSince(caught.next) > 2.5 })

        let strict = try startRunner(["--grace", "1s"])
        XCTAssertTrue(strict.waitUntil { strict.objects.filter { $0["state"] as? String == "missed" }.count >= 2 }, strict.stdout)
        XCTAssertTrue(requests(withText: "Atrasado").isEmpty)
        strict.signal(SIGTERM)
        XCTAssertEqual(strict.waitForExit(), 0)
        XCTAssertEqual(try show(missed.id)["state"] as? String, "missed")

        let late = try schedule("Tarde", when: ["--in", "1s"])
        XCTAssertTrue(BackgroundCommand.poll(10) { Date().timeIntervalSince(late.next) > 2.5 })
        let catchUp = try startRunner(["--grace", "1s", "--catch-up"])
        XCTAssertTrue(catchUp.waitUntil { catchUp.objects.contains { $0["scheduleId"] as? Int == late.id && $0["ok"] as? Bool == true } }, catchUp.stdout)
        XCTAssertEqual(requests(withText: "Tarde").count, 1)
        XCTAssertEqual(try show(late.id)["state"] as? String, "posted")
    }

    func testPrintsASystemdUserUnitWithTheAbsolutePath() throws {
        let result = try CLIRunner.run(["run", "--print-systemd-unit", "--grace", "30m"], environment: sandbox.environment())
        XCTAssertEqual(result.exitCode, 0, result.all)
        let execStart = result.stdoutLines.first { $0.hasPrefix("ExecStart=") } ?? ""
        XCTAssertTrue(execStart.hasPrefix("ExecStart=/"), execStart)
        XCTAssertTrue(execStart.hasSuffix("status-composer run --grace 30m"), execStart)
        XCTAssertTrue(result.stdout.contains("Restart=on-failure"))
        XCTAssertTrue(result.stdout.contains("WantedBy=default.target"))
        XCTAssertFalse(result.stdout.contains("token-"), "no token in the unit")
        XCTAssertNil(lockPid, "printing the unit takes no lock")
    }
}
