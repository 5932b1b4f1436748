import Foundation
import GRDB
import GatewaySandbox
import TerminalTestSupport
import XCTest

/// `doctor` on a sound setup (exit 0) and on each broken piece (exit 1, the problem and its
/// fix), outside a terminal and in tmux.
final class DoctorTests: XCTestCase {
    var home: TempHome!
    var server: GatewaySandboxServer!
    var session: TmuxSession?

    override func setUp() async throws {
        server = try await GatewaySandboxServer.start(credentials: [SandboxCredential(provider: .sandbox, instance: "loja1", token: "shop-token-1")])
        home = try TempHome()
        try FileManager.default.createDirectory(atPath: tokens, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try write(tokens + "/shop", "shop-token-1\n", mode: 0o600)
        try home.writeConfig("""
        [[account]]
        name = "shop"
        provider = "sandbox"
        base_url = "\(server.baseURL)"
        instance = "loja1"
        token_file = "\(tokens)/shop"
        """)
    }

    override func tearDown() async throws {
        session?.kill()
        await server.shutdown()
        home.remove()
    }

    var tokens: String { home.path + "/config/status-composer/tokens" }
    var state: String { home.path + "/state/status-composer" }

    private func write(_ path: String, _ text: String, mode: Int) throws {
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    }

    private func doctor(_ extra: [String: String] = [:], json: Bool = false) throws -> CLIResult {
        let env = CLIRunner.environment(["XDG_STATE_HOME": home.path + "/state", "TZ": "America/Sao_Paulo"].merging(extra) { $1 }, home: home.path)
        let result = try CLIRunner.run(["doctor"] + (json ? ["--json"] : []), environment: env)
        XCTAssertFalse(result.all.contains("shop-token-1"), result.all)
        return result
    }

    /// The JSON objects by check name.
    private func checks(_ result: CLIResult) -> [String: [String: Any]] {
        let objects = result.stdoutLines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        return Dictionary(objects.map { ($0["check"] as? String ?? "", $0) }) { first, _ in first }
    }

    func testASoundSetupNeedsNothingAndSkipsTheTerminalOutsideOne() throws {
        let result = try doctor()
        XCTAssertEqual(result.exitCode, 0, result.all)
        XCTAssertTrue(result.stdout.contains("- not run in a terminal: the terminal checks are skipped"), result.stdout)
        XCTAssertTrue(result.stdout.contains("✓ \(home.configPath): 1 account (shop)"), result.stdout)
        XCTAssertTrue(result.stdout.contains("✓ account 'shop': token_file readable and private"), result.stdout)
        XCTAssertTrue(result.stdout.contains("✓ no runner running; none is needed while nothing is scheduled"), result.stdout)
        XCTAssertTrue(result.stdout.contains("✓ schedules use America/Sao_Paulo (from TZ)"), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("Nothing needs fixing.\n"), result.stdout)

        let json = try doctor(json: true)
        XCTAssertEqual(json.exitCode, 0)
        let found = checks(json)
        XCTAssertEqual(found["terminal"]?["status"] as? String, "skipped")
        XCTAssertEqual(found["config.file"]?["status"] as? String, "ok")
        XCTAssertEqual(found["token.shop"]?["status"] as? String, "ok")
        XCTAssertEqual(found["timezone"]?["detail"] as? String, "schedules use America/Sao_Paulo (from TZ)")
        XCTAssertEqual(json.stdoutLines.count, found.count, "one object per check, each on its own line")
    }

    /// Accounts are asked side by side: three accounts on a gateway that hangs are all in
    /// flight at once (asked one after another, the second would wait out the first's 15 s).
    func testAccountsAreAskedSideBySide() throws {
        let hanging = try SilentListener()
        defer { hanging.close() }
        try home.writeConfig(["loja", "centro", "praia"].map { name in
            """
            [[account]]
            name = "\(name)"
            provider = "sandbox"
            base_url = "\(hanging.baseURL)"
            instance = "\(name)1"
            token_file = "\(tokens)/shop"

            """
        }.joined())
        let env = CLIRunner.environment(["XDG_STATE_HOME": home.path + "/state", "TZ": "America/Sao_Paulo"], home: home.path)
        let doctor = try BackgroundCommand(["doctor"], environment: env)
        defer { doctor.stop() }
        let together = BackgroundCommand.poll(10) { hanging.connections >= 3 }
        hanging.close()
        XCTAssertTrue(together, "only \(hanging.connections) of 3 accounts were asked at once")
        XCTAssertEqual(doctor.waitForExit(30), 1, doctor.stdout + doctor.stderr)
        for name in ["loja", "centro", "praia"] {
            XCTAssertTrue(doctor.stdout.contains("✗ \(name) (Sandbox): unreachable"), doctor.stdout)
        }
        XCTAssertFalse(doctor.stdout.contains("shop-token-1"), doctor.stdout)
        let order = ["loja", "centro", "praia"].compactMap { doctor.stdout.range(of: "✗ \($0) (")?.lowerBound }
        XCTAssertEqual(order, order.sorted(), "the accounts in the config's order")
    }

    func testATokenFileOthersCanReadIsAProblemWithItsChmod() throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: tokens + "/shop")
        let result = try doctor(json: true)
        XCTAssertEqual(result.exitCode, 1, result.all)
        let token = try XCTUnwrap(checks(result)["token.shop"])
        XCTAssertEqual(token["status"] as? String, "problem")
        XCTAssertEqual(token["fix"] as? String, "chmod 600 \(tokens)/shop")
        // The config does not load either, for that reason alone: a note, the problem counted once.
        XCTAssertEqual(checks(result)["config.file"]?["status"] as? String, "note")
        XCTAssertEqual(checks(result)["accounts"]?["status"] as? String, "skipped")
        XCTAssertEqual(checks(result).values.filter { $0["status"] as? String == "problem" }.count, 1)
    }

    func testAMissingTokenFileAndAnOpenTokensFolder() throws {
        try FileManager.default.removeItem(atPath: tokens + "/shop")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: tokens)
        let result = try doctor()
        XCTAssertEqual(result.exitCode, 1)
        XCTAssertTrue(result.stdout.contains("✗ account 'shop': token_file \(tokens)/shop does not exist"), result.stdout)
        XCTAssertTrue(result.stdout.contains("fix: chmod 700 \(tokens)"), result.stdout)
        // Said once, as the token file's finding: the config's own line does not repeat it.
        XCTAssertTrue(result.stdout.contains("· \(home.configPath) is read once the token files below are fixed"), result.stdout)
        XCTAssertFalse(result.stdout.contains("no such file"), result.stdout)
        XCTAssertTrue(result.stdout.contains("- not asked: the config is not read (see above)"), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("2 problems to fix.\n"), result.stdout)
    }

    func testAConfigOthersCanChangeOrThatDoesNotParse() throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: home.configPath)
        let writable = try doctor()
        XCTAssertEqual(writable.exitCode, 1)
        XCTAssertTrue(writable.stdout.contains("can be changed by other users (mode 666)"), writable.stdout)
        XCTAssertTrue(writable.stdout.contains("fix: chmod 600 \(home.configPath)"), writable.stdout)

        try home.writeConfig("[[account]\nname = \"x\"\n")
        let broken = try doctor(json: true)
        XCTAssertEqual(broken.exitCode, 1)
        let file = try XCTUnwrap(checks(broken)["config.file"])
        XCTAssertEqual(file["status"] as? String, "problem")
        XCTAssertTrue((file["detail"] as? String ?? "").contains("line 1"), "\(file)")
    }

    func testADamagedHistoryPointsToRepair() throws {
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        try write(state + "/history.sqlite", String(repeating: "not a database ", count: 400), mode: 0o600)
        let result = try doctor()
        XCTAssertEqual(result.exitCode, 1, result.all)
        XCTAssertTrue(result.stdout.contains("\(state)/history.sqlite cannot be read"), result.stdout)
        XCTAssertTrue(result.stdout.contains("fix: status-composer history repair"), result.stdout)
        XCTAssertTrue(FileManager.default.fileExists(atPath: state + "/history.sqlite"), "doctor only looks")
    }

    func testAHistoryThatOpensButIsDamagedInsidePointsToRepair() throws {
        let env = CLIRunner.environment(["XDG_STATE_HOME": home.path + "/state"], home: home.path)
        XCTAssertEqual(try CLIRunner.run(["schedule", "list"], environment: env).exitCode, 0)
        let path = state + "/history.sqlite"
        XCTAssertTrue(FileManager.default.fileExists(atPath: path), "schedule list makes the history")
        // A table of its own, filled past a few pages, whose last page is then overwritten:
        // the history still opens (its own tables are whole) but SQLite's check finds the damage.
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE padding (text TEXT)")
                for _ in 0..<40 { try db.execute(sql: "INSERT INTO padding VALUES (?)", arguments: [String(repeating: "x", count: 1000)]) }
            }
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        }
        let file = try XCTUnwrap(FileHandle(forUpdatingAtPath: path))
        let size = try file.seekToEnd()
        try file.seek(toOffset: size - 2048)
        file.write(Data(repeating: 0xA5, count: 1024))
        try file.close()
        let result = try doctor()
        XCTAssertEqual(result.exitCode, 1, result.all)
        XCTAssertTrue(result.stdout.contains("\(path): the journal is damaged"), result.stdout)
        XCTAssertTrue(result.stdout.contains("fix: status-composer history repair"), result.stdout)
    }

    func testAStateFolderThatIsAFile() throws {
        try FileManager.default.createDirectory(atPath: home.path + "/state", withIntermediateDirectories: true)
        try write(state, "x", mode: 0o600)
        let result = try doctor()
        XCTAssertEqual(result.exitCode, 1)
        XCTAssertTrue(result.stdout.contains("\(state) is a file, not a folder"), result.stdout)
    }

    func testTheRunnerLockAndAWrongTimeZone() throws {
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        // Held as a runner holds it: an exclusive flock, its pid written in the file.
        try write(state + "/runner.lock", "\(getpid())\n", mode: 0o600)
        let held = open(state + "/runner.lock", O_RDWR)
        XCTAssertEqual(flock(held, LOCK_EX | LOCK_NB), 0)
        let running = try doctor()
        close(held)
        XCTAssertTrue(running.stdout.contains("✓ a runner is running (pid \(getpid()))"), running.stdout)
        try write(state + "/runner.lock", "999999999\n", mode: 0o600)
        let stale = try doctor()
        XCTAssertTrue(stale.stdout.contains("names pid 999999999, which is not running: the next run takes it over"), stale.stdout)

        // No runner while something is scheduled: it would never go out.
        let env = CLIRunner.environment(["XDG_STATE_HOME": home.path + "/state", "TZ": "America/Sao_Paulo"], home: home.path)
        let added = try CLIRunner.run(["schedule", "add", "--account", "shop", "--type", "text", "--text", "Bom dia", "--in", "2h"], environment: env)
        XCTAssertEqual(added.exitCode, 0, added.all)
        let waiting = try doctor()
        XCTAssertEqual(waiting.exitCode, 1, waiting.all)
        XCTAssertTrue(waiting.stdout.contains("and 1 status is scheduled: they will not go out"), waiting.stdout)
        XCTAssertTrue(waiting.stdout.contains("fix: start one: status-composer run"), waiting.stdout)

        let zone = try doctor(["TZ": "Mars/Olympus"])
        XCTAssertEqual(zone.exitCode, 1)
        XCTAssertTrue(zone.stdout.contains("✗ TZ=Mars/Olympus is not a time zone name"), zone.stdout)
        XCTAssertTrue(zone.stdout.contains("fix: set the shop's zone in the config: timezone = \"America/Sao_Paulo\""), zone.stdout)
    }

    func testInATerminalItChecksTermTerminfoLocaleAndEmoji() throws {
        var env = CLIRunner.environment(["XDG_STATE_HOME": home.path + "/state", "TZ": "UTC"], home: home.path)
        env["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let binary = CLIRunner.binary.path
        let tmux = try TmuxSession(command: "sh -c '\(binary) doctor; echo EXITED:$?; TERM=no-such-term \(binary) doctor; echo EXITED:$?; sleep 60'", width: 160, height: 60, environment: env)
        session = tmux
        let screen = tmux.expect("both runs") { $0.components(separatedBy: "EXITED:").count == 3 }
        XCTAssertTrue(screen.contains("✓ terminfo entry for"), screen)
        XCTAssertTrue(screen.contains("✓ UTF-8 (LANG=C.UTF-8)"), screen)
        XCTAssertTrue(screen.contains("emoji"), screen)
        XCTAssertTrue(screen.contains("EXITED:0"), screen)
        XCTAssertTrue(screen.contains("✗ no terminfo entry for 'no-such-term' on this machine"), screen)
        XCTAssertTrue(screen.contains("EXITED:1"), screen)
    }
}
