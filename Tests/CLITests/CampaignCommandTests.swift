import Foundation
import GRDB
import XCTest

/// `campaign import|list|status|export` as an agency runs them, with files saved as
/// spreadsheets save them. Nothing here posts: these commands only write the schedule.
final class CampaignCommandTests: XCTestCase {
    private var sandbox: SandboxHome!

    override func setUp() async throws {
        sandbox = try await SandboxHome.start([
            TestAccount(name: "shop", provider: .sandbox, instance: "shop", tokenEnv: "SHOP_TOKEN", token: "shop-token-1234"),
            TestAccount(name: "bakery", provider: .zapi, instance: "bakery", tokenEnv: "BAKERY_TOKEN", token: "bakery-token-5678"),
        ])
        try sandbox.writeConfig(topLevel: #"timezone = "America/Sao_Paulo""#)
    }

    override func tearDown() async throws {
        await sandbox.stop()
    }

    private func run(_ arguments: [String]) throws -> CLIResult {
        try CLIRunner.run(arguments, environment: sandbox.environment())
    }

    /// Writes `bytes` as a file of the temporary home; its path.
    private func file(_ name: String, _ bytes: Data) throws -> String {
        let path = sandbox.home.path + "/" + name
        try bytes.write(to: URL(fileURLWithPath: path))
        return path
    }

    private func file(_ name: String, _ text: String) throws -> String { try file(name, Data(text.utf8)) }

    private func storedCount() throws -> Int {
        let path = sandbox.home.path + "/.local/state/status-composer/history.sqlite"
        guard FileManager.default.fileExists(atPath: path) else { return 0 }
        return try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM schedule") ?? -1 }
    }

    private func objects(_ result: CLIResult) -> [[String: Any]] {
        result.stdoutLines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    /// As a spreadsheet set to Portuguese saves it: BOM, `;`, CRLF, Portuguese headers, a quoted
    /// text over three lines with emoji and a `;` inside, a colour without `#`.
    static let portuguesePlan = "\u{FEFF}quando;contas;tipo;texto;cor;repetir;ate\r\n"
        + "2030-01-14 08:00;shop bakery;texto;\"Bom dia! ☕\r\nPão quentinho; até 10h\r\n🥐 Promoção\";1E8449;daily;2030-01-20\r\n"
        + "2030-01-14 11:30;shop;texto;Almoço: feijoada 🍲;#C0392B;;\r\n"
        + "2030-01-15 18:00;bakery;texto;\"Noite de \"\"pizza\"\"\";;weekly:mon,thu;\r\n"

    func testImportListStatusAndExportGiveTheSamePlanBack() throws {
        let path = try file("semana.csv", Self.portuguesePlan)
        let imported = try run(["campaign", "import", path, "--json"])
        XCTAssertEqual(imported.exitCode, 0, imported.all)
        let summary = try XCTUnwrap(objects(imported).first, imported.stdout)
        XCTAssertEqual(summary["campaign"] as? String, "semana", "named after the file")
        XCTAssertEqual(summary["imported"] as? Int, 3)
        XCTAssertEqual(summary["next"] as? String, "2030-01-14T08:00:00-03:00")

        let list = try run(["campaign", "list", "--json"])
        XCTAssertEqual(list.exitCode, 0, list.all)
        let campaign = try XCTUnwrap(objects(list).first, list.stdout)
        XCTAssertEqual(campaign["name"] as? String, "semana")
        XCTAssertEqual(campaign["scheduled"] as? Int, 3)
        XCTAssertEqual(campaign["posted"] as? Int, 0)
        XCTAssertEqual(campaign["next"] as? String, "2030-01-14T08:00:00-03:00")

        let items = try run(["schedule", "list", "--campaign", "semana", "--json"])
        let rows = objects(items)
        XCTAssertEqual(rows.count, 3, items.stdout)
        XCTAssertEqual(rows.first?["text"] as? String, "Bom dia! ☕\nPão quentinho; até 10h\n🥐 Promoção", "one cell over three lines")
        XCTAssertEqual(rows.map { $0["campaign"] as? String }, ["semana", "semana", "semana"])
        XCTAssertEqual(rows.last?["text"] as? String, #"Noite de "pizza""#)

        let status = try run(["campaign", "status", "semana"])
        XCTAssertEqual(status.exitCode, 0, status.all)
        XCTAssertTrue(status.stdout.contains("  shop  scheduled 2 · posted 0"), status.stdout)
        XCTAssertTrue(status.stdout.contains("  bakery  scheduled 2 · posted 0"), status.stdout)

        for format in ["csv", "toml"] {
            let exported = try run(["campaign", "export", "semana", "--format", format])
            XCTAssertEqual(exported.exitCode, 0, exported.all)
            let again = try file("again.\(format)", exported.stdout)
            let second = try run(["campaign", "import", again, "--name", "copy-\(format)"])
            XCTAssertEqual(second.exitCode, 0, second.all)
            let reexported = try run(["campaign", "export", "copy-\(format)", "--format", format])
            XCTAssertEqual(reexported.stdout, exported.stdout, "export → import → export gives the same plan (\(format))")
        }
        let exportedCSV = try run(["campaign", "export", "semana"]).stdout
        XCTAssertTrue(exportedCSV.hasPrefix("when,accounts,type,text,color,repeat,until\r\n"), exportedCSV)
        XCTAssertTrue(exportedCSV.contains("\"Bom dia! ☕\nPão quentinho; até 10h\n🥐 Promoção\""), exportedCSV)
        XCTAssertTrue(exportedCSV.contains("#1E8449"), "the colour comes back with its #")
        XCTAssertEqual(try storedCount(), 9)
    }

    func testEveryWrongRowIsNamedAndNothingIsStored() throws {
        let plan = """
            when,accounts,type,text,color,media
            2030-01-14 08:00,shop,text,Bom dia,#1E8449,
            2030-01-14 09:00,nobody,text,Oi,,
            2030-01-14 10:00,shop,text,Cor errada,#12,
            2020-01-01 08:00,shop,text,No passado,,
            2030-01-14 12:00,bakery,image,Foto,,/no/such/photo.jpg
            """
        let result = try run(["campaign", "import", try file("errado.csv", plan)])
        XCTAssertEqual(result.exitCode, 2, result.all)
        XCTAssertTrue(result.stderr.hasPrefix("Nothing was imported. Fix these first:"), result.stderr)
        XCTAssertTrue(result.stderr.contains("row 3, accounts \"nobody\": not an account of the config"), result.stderr)
        XCTAssertTrue(result.stderr.contains("row 4, color"), result.stderr)
        XCTAssertTrue(result.stderr.contains("row 5, when \"2020-01-01 08:00\""), result.stderr)
        XCTAssertTrue(result.stderr.contains("row 6, media"), result.stderr)
        XCTAssertTrue(result.stderr.contains("(Z-API, account bakery)"), "a gateway's rule names the gateway: \(result.stderr)")
        XCTAssertFalse(result.stderr.contains("row 2"), "the good row is not blamed")
        XCTAssertFalse(result.stderr.contains("bakery-token-5678"))
        XCTAssertEqual(try storedCount(), 0)
    }

    func testFilesThatCannotBeReadAreRefusedWhole() throws {
        let header = "when,accounts,type,text\n"
        let cases: [(String, Data, String)] = [
            ("latin1.csv", Data(header.utf8) + Data([0x32, 0x30, 0x33, 0x30, 0x2C, 0x73, 0x68, 0x6F, 0x70, 0x2C, 0x74, 0x2C, 0x50, 0xE3, 0x6F, 0x0A]), "line 2 holds bytes that are not UTF-8"),
            ("vazio.csv", Data(), "the file is empty"),
            ("dupla.csv", Data("when,text,texto\n2030-01-14 08:00,a,b\n".utf8), "text"),
            ("estranha.csv", Data("when,accounts,preço\n2030-01-14 08:00,shop,10\n".utf8), "preço"),
            ("grande.csv", Data((header + String(repeating: "2030-01-14 08:00,shop,text,Oi\n", count: 10_001)).utf8), "10000"),
            ("plano.xlsx", Data("PK".utf8), "neither .csv nor .toml"),
        ]
        for (name, bytes, expected) in cases {
            let result = try run(["campaign", "import", try file(name, bytes)])
            XCTAssertEqual(result.exitCode, 2, "\(name): \(result.all)")
            XCTAssertTrue(result.stderr.contains("Nothing was imported"), "\(name): \(result.stderr)")
            XCTAssertTrue(result.stderr.replacingOccurrences(of: ",", with: "").contains(expected), "\(name): \(result.stderr)")
        }
        XCTAssertEqual(try storedCount(), 0)
    }

    func testTheSameNameIsRefusedUnlessReplaced() throws {
        let path = try file("semana.csv", Self.portuguesePlan)
        XCTAssertEqual(try run(["campaign", "import", path]).exitCode, 0)
        let twice = try run(["campaign", "import", path])
        XCTAssertEqual(twice.exitCode, 2, twice.all)
        XCTAssertTrue(twice.stderr.contains("--name: 'semana': a campaign of this name already exists (3 items"), twice.stderr)
        XCTAssertEqual(try storedCount(), 3)

        let replaced = try run(["campaign", "import", path, "--replace"])
        XCTAssertEqual(replaced.exitCode, 0, replaced.all)
        let campaign = try XCTUnwrap(objects(try run(["campaign", "list", "--json"])).first)
        XCTAssertEqual(campaign["cancelled"] as? Int, 3, "the old items not posted yet are cancelled")
        XCTAssertEqual(campaign["scheduled"] as? Int, 3)
    }

    func testRowsWithoutAccountsTakeTheCommandLineDefaults() throws {
        let plan = "when,accounts,text\n2030-01-14 08:00,,Bom dia\n2030-01-14 09:00,bakery,Oi\n"
        let path = try file("padrao.csv", plan)
        let without = try run(["campaign", "import", path])
        XCTAssertEqual(without.exitCode, 2, without.all)
        XCTAssertTrue(without.stderr.contains("row 2, accounts: missing"), without.stderr)

        let dry = try run(["campaign", "import", path, "--account", "shop", "--dry-run", "--json"])
        XCTAssertEqual(dry.exitCode, 0, dry.all)
        let rows = objects(dry)
        XCTAssertEqual(rows.map { $0["accounts"] as? [String] }, [["shop"], ["bakery"]])
        XCTAssertEqual(rows.map { $0["row"] as? Int }, [2, 3])
        XCTAssertEqual(try storedCount(), 0, "a dry run stores nothing")

        let table = try run(["campaign", "import", path, "--account", "shop", "--dry-run"])
        XCTAssertTrue(table.stdout.contains("row 2  "), table.stdout)
        XCTAssertEqual(try storedCount(), 0)
    }

    /// A campaign paused, its time come (set in the database, as if the week had passed), a
    /// runner started: nothing posts until `campaign resume`, then each status posts once and
    /// the runner's lines name the campaign.
    func testPauseAndResumeACampaignWithTheRunner() throws {
        let plan = "when,accounts,text\n2030-01-14 08:00,shop,Bom dia\n2030-01-14 09:00,bakery,Almoço\n"
        XCTAssertEqual(try run(["campaign", "import", try file("semana.csv", plan)]).exitCode, 0)
        let paused = try run(["campaign", "pause", "semana"])
        XCTAssertEqual(paused.exitCode, 0, paused.all)
        XCTAssertTrue(paused.stdout.contains("Campaign \"semana\": 2 items paused"), paused.stdout)

        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss.SSS"
        let due = formatter.string(from: Date().addingTimeInterval(-1))
        let database = try DatabaseQueue(path: sandbox.home.path + "/.local/state/status-composer/history.sqlite")
        try database.write { db in try db.execute(sql: "UPDATE schedule SET next = ?", arguments: [due]) }

        let runner = try BackgroundCommand(["run", "--timeout", "5"], environment: sandbox.environment())
        defer { runner.stop() }
        XCTAssertTrue(runner.waitUntil { runner.stderr.contains("Runner started") }, runner.stderr)
        // Paused: given a moment, the runner posts nothing.
        XCTAssertFalse(BackgroundCommand.poll(1) { !runner.stdout.isEmpty }, runner.stdout)
        XCTAssertTrue(sandbox.server.recordedRequests().isEmpty)

        let resumed = try run(["campaign", "resume", "semana"])
        XCTAssertEqual(resumed.exitCode, 0, resumed.all)
        XCTAssertTrue(runner.waitUntil { runner.stdoutLines.count >= 2 }, runner.stdout + runner.stderr)
        XCTAssertTrue(runner.stdoutLines.contains { $0.hasPrefix("#1 [semana] ✓ shop") }, runner.stdout)
        XCTAssertTrue(runner.stdoutLines.contains { $0.hasPrefix("#2 [semana] ✓ bakery (Z-API)") }, runner.stdout)

        let status = try run(["campaign", "status", "semana", "--json"])
        let object = try XCTUnwrap(objects(status).first, status.all)
        XCTAssertEqual(object["posted"] as? Int, 2)
        let accounts = try XCTUnwrap(object["accounts"] as? [[String: Any]])
        XCTAssertEqual(accounts.map { $0["account"] as? String }, ["shop", "bakery"])
        XCTAssertEqual(accounts.map { $0["posted"] as? Int }, [1, 1])
        runner.signal(SIGTERM)
        XCTAssertEqual(runner.waitForExit(), 0)
    }

    /// README's sample plans go in on the built-in sandbox accounts (no config at all).
    /// A note that holds for many rows (a colour Z-API does not show) is said once, with the
    /// rows it applies to, not once a row.
    func testANoteOnManyRowsIsSaidOnce() throws {
        var csv = "when,accounts,type,text,color\n"
        for day in 1...11 {
            csv += "2030-02-\(String(format: "%02d", day)) 08:00,bakery,text,Oferta \(day),\(day == 6 ? "#C0392B" : "#1E8449")\n"
        }
        let result = try run(["campaign", "import", try file("notes.csv", csv), "--dry-run"])
        XCTAssertEqual(result.exitCode, 0, result.all)
        let notes = result.stderr.split(separator: "\n").filter { $0.hasPrefix("note:") }
        XCTAssertEqual(notes.count, 2, result.stderr)
        XCTAssertTrue(notes[0].hasPrefix("note: rows 2–6, 8–12 (10 rows): bakery (Z-API): color: #1E8449;"), result.stderr)
        XCTAssertTrue(notes[1].hasPrefix("note: row 7: bakery (Z-API): color: #C0392B;"), result.stderr)
    }

    func testTheSamplePlansImportOnTheBuiltInSandbox() throws {
        let home = try TempHome()
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../examples").standardized.path
        for name in ["campaign-week.csv", "campanha-semana.csv"] {
            let result = try CLIRunner.run(
                ["campaign", "import", examples + "/" + name, "--dry-run", "--json"], environment: CLIRunner.environment(home: home.path))
            XCTAssertEqual(result.exitCode, 0, "\(name): \(result.all)")
            XCTAssertEqual(objects(result).count, name == "campaign-week.csv" ? 4 : 3, result.stdout)
        }
    }
}
