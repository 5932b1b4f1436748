import Foundation
import GRDB
import XCTest

/// `schedule add|list|show|pause|resume|cancel` run as a user runs them, against a config whose
/// zone is São Paulo. Nothing here posts: these commands only write the schedule.
final class ScheduleCommandTests: XCTestCase {
    private func start(topLevel: String = "timezone = \"America/Sao_Paulo\"") async throws -> SandboxHome {
        let sandbox = try await SandboxHome.start([
            TestAccount(name: "shop", provider: .sandbox, instance: "shop", tokenEnv: "SHOP_TOKEN", token: "shop-token-1234"),
            TestAccount(name: "bakery", provider: .zapi, instance: "bakery", tokenEnv: "BAKERY_TOKEN", token: "bakery-token-5678"),
        ])
        try sandbox.writeConfig(topLevel: topLevel)
        return sandbox
    }

    private func run(_ arguments: [String], _ sandbox: SandboxHome) throws -> CLIResult {
        try CLIRunner.run(arguments, environment: sandbox.environment())
    }

    private func object(_ line: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], line)
    }

    private func stateFolder(_ sandbox: SandboxHome) -> String { sandbox.home.path + "/.local/state/status-composer" }

    /// How many items the database holds and its schedule revision (every write moves it).
    private func stored(_ sandbox: SandboxHome) throws -> [Int] {
        let queue = try DatabaseQueue(path: stateFolder(sandbox) + "/history.sqlite")
        return try queue.read { db in
            [try Int.fetchOne(db, sql: "SELECT count(*) FROM schedule") ?? -1, try Int.fetchOne(db, sql: "SELECT value FROM schedule_revision") ?? -1]
        }
    }

    func testAddListShowPauseResumeCancel() async throws {
        let sandbox = try await start()
        defer { Task { await sandbox.stop() } }
        let daily = try run([
            "schedule", "add", "--account", "shop", "--account", "bakery", "--type", "text", "--text", "Café da manhã até 10h",
            "--color", "#1E8449", "--at", "08:00", "--repeat", "daily", "--jitter", "30", "--json",
        ], sandbox)
        XCTAssertEqual(daily.exitCode, 0, daily.all)
        let added = try object(daily.stdout)
        XCTAssertEqual(added["accounts"] as? [String], ["shop", "bakery"])
        XCTAssertEqual(added["repeat"] as? String, "daily")
        let next = try XCTUnwrap(added["next"] as? String)
        XCTAssertNotNil(next.range(of: #"^\d{4}-\d\d-\d\dT08:00:00-03:00$"#, options: .regularExpression), next)
        let dailyId = try XCTUnwrap(added["id"] as? Int)

        let soon = try run(["schedule", "add", "--account", "shop", "--type", "text", "--text", "Almoço", "--in", "30m"], sandbox)
        XCTAssertEqual(soon.exitCode, 0, soon.all)
        XCTAssertTrue(soon.stdout.hasPrefix("Scheduled #\(dailyId + 1) for ") && soon.stdout.contains("(America/Sao_Paulo) on shop."), soon.stdout)

        // Soonest first: the one in 30 minutes, then 08:00 (unless 08:00 is within the half hour).
        let list = try run(["schedule", "list", "--json"], sandbox)
        XCTAssertEqual(list.exitCode, 0, list.all)
        let rows = try list.stdoutLines.map(object)
        XCTAssertEqual(rows.count, 2)
        let times = rows.compactMap { $0["next"] as? String }
        XCTAssertEqual(times, times.sorted(), "soonest first")
        XCTAssertEqual(Set(rows.map { $0["state"] as? String }), ["scheduled"])
        let first = try XCTUnwrap(rows.first { $0["id"] as? Int == dailyId })
        XCTAssertEqual(first["type"] as? String, "text")
        XCTAssertEqual(first["text"] as? String, "Café da manhã até 10h")
        let human = try run(["schedule", "list", "--account", "bakery"], sandbox)
        XCTAssertTrue(human.stdout.contains("Times in America/Sao_Paulo"), human.stdout)
        XCTAssertTrue(human.stdout.contains("#\(dailyId)  scheduled  ") && human.stdout.contains("  daily  shop, bakery  text  Café da manhã até 10h"), human.stdout)
        XCTAssertFalse(human.stdout.contains("Almoço"), "only bakery's items")

        let show = try run(["schedule", "show", "\(dailyId)", "--json"], sandbox)
        XCTAssertEqual(show.exitCode, 0, show.all)
        let shown = try object(show.stdout)
        XCTAssertEqual(shown["jitter"] as? Int, 30)
        XCTAssertEqual(shown["zone"] as? String, "America/Sao_Paulo")
        XCTAssertEqual(shown["time"] as? String, "08:00")
        XCTAssertEqual((shown["runs"] as? [Any])?.count, 0)
        XCTAssertTrue(try run(["schedule", "show", "\(dailyId)"], sandbox).stdout.contains("No occurrence yet."))

        XCTAssertEqual(try run(["schedule", "pause", "\(dailyId)"], sandbox).stdout, "#\(dailyId) paused\n")
        XCTAssertTrue(try run(["schedule", "list"], sandbox).stdout.contains("#\(dailyId)  paused  "))
        let twice = try run(["schedule", "pause", "\(dailyId)", "999"], sandbox)
        XCTAssertEqual(twice.exitCode, 2)
        XCTAssertTrue(twice.stderr.contains("id: '\(dailyId)': is paused; only scheduled items can be paused"), twice.stderr)
        XCTAssertTrue(twice.stderr.contains("id: '999': no scheduled item has this id"), twice.stderr)
        // --all leaves the other, still scheduled item alone: nothing refused, exit 0.
        let resumed = try run(["schedule", "resume", "--all"], sandbox)
        XCTAssertEqual(resumed.exitCode, 0, resumed.all)
        XCTAssertEqual(resumed.stdout, "#\(dailyId) scheduled\n")
        XCTAssertEqual(try object(try run(["schedule", "show", "\(dailyId)", "--json"], sandbox).stdout)["next"] as? String, next, "its due time is kept")
        XCTAssertEqual(try run(["schedule", "cancel", "\(dailyId)"], sandbox).stdout, "#\(dailyId) cancelled\n")
        XCTAssertEqual(try run(["schedule", "list", "--json"], sandbox).stdoutLines.count, 1)
        let all = try run(["schedule", "list", "--all", "--json"], sandbox).stdoutLines.map(object)
        XCTAssertEqual(all.map { $0["state"] as? String }, ["scheduled", "cancelled"])
        XCTAssertTrue(all[1]["next"] is NSNull)
        XCTAssertEqual(sandbox.server.recordedRequests().count, 0, "nothing was posted")
    }

    func testEveryBadInputExitsTwoNamingFieldValueAndRuleAndStoresNothing() async throws {
        let sandbox = try await start()
        defer { Task { await sandbox.stop() } }
        XCTAssertEqual(try run(["schedule", "list"], sandbox).exitCode, 0)
        let before = try stored(sandbox)
        let text = ["--account", "shop", "--type", "text", "--text", "Oferta"]
        // A link that answers with a page, not the picture: checked as `post` checks it.
        let page = sandbox.server.serveFile("oferta.jpg.html", bytes: Array("<html>".utf8), contentType: "text/html; charset=utf-8").absoluteString
        let cases: [([String], [String])] = [
            (["--account", "shop", "--type", "image", "--media", page, "--in", "1h"], ["answered 200 with text/html"]),
            (text + ["--at", "2020-01-01 08:00"], ["--at: '2020-01-01 08:00': is in the past", "e.g. --at \""]),
            (text + ["--at", "25:00"], ["--at: '25:00': not a time of day", "e.g. --at"]),
            (text + ["--in", "2w"], ["--in: '2w': give a whole number and a unit", "e.g. --in 90s"]),
            (text, ["--at: '': missing; give exactly one of --at, --in and --next-slot"]),
            (text + ["--at", "08:00", "--in", "2h"], ["--at: '--at --in': give only one of --at, --in and --next-slot"]),
            (text + ["--in", "1h", "--repeat", "hourly"], ["--repeat: 'hourly': give daily, weekdays", "e.g. --repeat daily"]),
            (text + ["--in", "1h", "--repeat", "daily", "--until", "2026-13-01"], ["--until: '2026-13-01': not a day of the calendar"]),
            (text + ["--at", "08:00", "--repeat", "daily", "--until", "2020-01-01"], ["--until: '2020-01-01': is before the first time"]),
            (text + ["--in", "1h", "--jitter", "4000"], ["--jitter: '4000': give 0 to 3600 seconds", "e.g. --jitter 120"]),
            (text + ["--next-slot"], ["--next-slot: '': no posting slots are set for shop", "slots = ["]),
            (["--account", "nobody", "--type", "text", "--text", "x", "--in", "1h"], ["--account: 'nobody': not an account of the config (accounts: shop, bakery)"]),
            (["--account", "bakery", "--type", "text", "--text", "x", "--color", "#12", "--in", "1h"], ["bakery (Z-API): color: ", "e.g. --color \"#1E8449\""]),
            (["--account", "shop", "--type", "image", "--media", "/no/such/offer.jpg", "--in", "1h"], ["shop (Sandbox", "media: ", "e.g. --media"]),
            (["--account", "shop", "--type", "text", "--media", "x.jpg", "--in", "1h"], ["--media: a text status has no media"]),
        ]
        for (arguments, expected) in cases {
            let result = try run(["schedule", "add"] + arguments, sandbox)
            let said = arguments.joined(separator: " ")
            XCTAssertEqual(result.exitCode, 2, "\(said): \(result.all)")
            XCTAssertTrue(result.stderr.contains("Nothing was scheduled."), "\(said): \(result.stderr)")
            for part in expected { XCTAssertTrue(result.stderr.contains(part), "\(said) should say \(part): \(result.stderr)") }
            XCTAssertEqual(try stored(sandbox), before, "\(said) stored nothing")
        }
        XCTAssertEqual(try run(["schedule", "show", "42"], sandbox).exitCode, 2)
        XCTAssertEqual(try run(["schedule", "cancel"], sandbox).exitCode, 2)
        XCTAssertEqual(try stored(sandbox), before)
    }

    func testAnUnknownTimezoneIsAConfigErrorWithItsFix() async throws {
        let sandbox = try await start(topLevel: "timezone = \"America/Sao_Paolo\"")
        defer { Task { await sandbox.stop() } }
        let result = try run(["schedule", "list"], sandbox)
        XCTAssertEqual(result.exitCode, 2)
        XCTAssertTrue(result.stderr.contains("timezone: 'America/Sao_Paolo' is not an IANA time zone name"), result.stderr)
        XCTAssertTrue(result.stderr.contains("timezone = \"America/Sao_Paulo\""), result.stderr)
    }

    func testNextSlotTakesFreeSlotsAndListShowsThem() async throws {
        let sandbox = try await start(topLevel: "timezone = \"America/Sao_Paulo\"\nslots = [\"08:00\", \"11:30\", \"18:00\"]")
        defer { Task { await sandbox.stop() } }
        var taken: [String] = []
        for text in ["um", "dois"] {
            let result = try run(["schedule", "add", "--account", "shop", "--type", "text", "--text", text, "--next-slot", "--json"], sandbox)
            XCTAssertEqual(result.exitCode, 0, result.all)
            taken.append(try XCTUnwrap(try object(result.stdout)["next"] as? String))
        }
        XCTAssertNotEqual(taken[0], taken[1])
        XCTAssertTrue(taken.allSatisfy { $0.contains("T08:00:00") || $0.contains("T11:30:00") || $0.contains("T18:00:00") }, "\(taken)")
        let slots = try run(["schedule", "list", "--slots", "--json"], sandbox)
        XCTAssertEqual(slots.exitCode, 0, slots.all)
        let rows = try slots.stdoutLines.map(object)
        XCTAssertGreaterThanOrEqual(rows.count, 18)
        XCTAssertEqual(rows.filter { $0["free"] as? Bool == false }.compactMap { $0["slot"] as? String }, taken)
        XCTAssertTrue(try run(["schedule", "list", "--slots"], sandbox).stdout.contains("  free"))
    }

    func testAScheduledLocalFileDeletedBeforeItsTimeKeepsItsBytesInTheCopy() async throws {
        let sandbox = try await start()
        defer { Task { await sandbox.stop() } }
        let original = sandbox.home.path + "/offer.png"
        let bytes = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + (0..<200).map { UInt8($0) })
        _ = FileManager.default.createFile(atPath: original, contents: bytes)
        let added = try run(["schedule", "add", "--account", "shop", "--type", "image", "--media", original, "--text", "Oferta", "--in", "1h", "--json"], sandbox)
        XCTAssertEqual(added.exitCode, 0, added.all)
        try FileManager.default.removeItem(atPath: original)
        let folder = stateFolder(sandbox) + "/scheduled-media"
        let copies = try FileManager.default.contentsOfDirectory(atPath: folder)
        XCTAssertEqual(copies.count, 1)
        let copy = folder + "/" + copies[0]
        XCTAssertEqual(FileManager.default.contents(atPath: copy), bytes)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions] as? Int, 0o600)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int, 0o700)
        let id = try XCTUnwrap(try object(added.stdout)["id"] as? Int)
        XCTAssertTrue(try run(["schedule", "show", "\(id)"], sandbox).stdout.contains("copy kept at \(copy)"))
        XCTAssertEqual(try run(["schedule", "cancel", "\(id)"], sandbox).exitCode, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: copy), "the copy goes with the item")
    }
}
