@testable import Campaigns
import Foundation
import XCTest

final class TOMLPlanReaderTests: XCTestCase {
    var folder: String!

    override func setUp() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

    private func write(_ text: String, name: String = "plan.toml") -> String {
        let path = folder + "/" + name
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    private func failure(_ text: String) -> PlanFileError? {
        do {
            _ = try PlanFile.read(path: write(text))
            return nil
        } catch {
            return error
        }
    }

    func testStatusTablesWithListsDatesAndPortugueseKeys() throws {
        let plan = try PlanFile.read(path: write("""
        [[status]]
        when = "2026-12-03 08:00"
        accounts = ["shop", "bakery"]
        type = "text"
        text = \"\"\"
        Bom dia ☕
        Promo 🎉\"\"\"
        jitter = 30

        [[status]]
        quando = 2026-12-04T11:30:00
        contas = "shop"
        tipo = "audio"
        midia = "https://example.com/a.ogg"
        voz = false
        ate = 2026-12-31
        """))
        XCTAssertEqual(plan.rows.map(\.label), ["[[status]] 1", "[[status]] 2"])
        XCTAssertEqual(plan.rows[0].values, [.when: "2026-12-03 08:00", .accounts: "shop; bakery", .type: "text", .text: "Bom dia ☕\nPromo 🎉", .jitter: "30"])
        XCTAssertEqual(plan.rows[1].values, [
            .when: "2026-12-04 11:30", .accounts: "shop", .type: "audio", .media: "https://example.com/a.ogg", .voice: "false", .until: "2026-12-31",
        ])
    }

    func testBadTOMLPlansAreRefusedNamingTheFile() {
        XCTAssertEqual(failure("")?.problem, "no [[status]] tables")
        XCTAssertEqual(failure("name = \"x\"\n[[status]]\nwhen = \"08:00\"\n")?.problem, "unknown top-level key \"name\"")
        XCTAssertEqual(failure("[[status]]\nwhen = \"08:00\"\ncolour = \"#FFFFFF\"\n")?.problem, "[[status]] 1: unknown key \"colour\"")
        XCTAssertEqual(failure("[[status]]\nwhen = \"08:00\"\nquando = \"09:00\"\n")?.problem, "[[status]] 1: when is given twice")
        XCTAssertEqual(failure("[[status]]\nwhen = 1.5\n")?.problem, "[[status]] 1: when is neither text, a number, true/false nor a list of text")
        let broken = failure("[[status]]\nwhen = \"08:00\n")
        XCTAssertNotNil(broken)
        XCTAssertTrue(broken?.description.hasPrefix(folder + "/plan.toml: line 2") ?? false, broken?.description ?? "")
    }

    func testOtherExtensionsAreRefused() throws {
        let path = write("when\n08:00\n", name: "plan.xlsx")
        XCTAssertThrowsError(try PlanFile.read(path: path)) { error in
            XCTAssertEqual((error as? PlanFileError)?.problem, "neither .csv nor .toml")
        }
    }
}
