@testable import Campaigns
import Foundation
import XCTest

/// Export writes what import reads back to the same rows, in both formats.
final class PlanWriterTests: XCTestCase {
    private let rows: [[PlanColumn: String]] = [
        [.when: "2026-12-03 08:00", .accounts: "shop bakery", .type: "text", .text: "Bom dia, \"freguês\"; café ☕\nlinha 2 🎉", .color: "#1E8449", .jitter: "30"],
        [.when: "2026-12-03 11:30", .accounts: "shop", .type: "audio", .media: "https://example.com/a.ogg", .voice: "false", .repeat: "weekly:mon,thu", .until: "2026-12-31", .to: "5511999990000 5521988887777"],
    ]

    func testCSVExportReadsBackToTheSameRows() throws {
        let text = PlanWriter.csv(rows)
        XCTAssertTrue(text.hasPrefix("when,accounts,type,text,media,color,to,voice,repeat,until,jitter\r\n"), text)
        let plan = try PlanFile.readCSV(Data(text.utf8), origin: "export.csv")
        XCTAssertEqual(plan.rows.map(\.values), rows)
        XCTAssertEqual(plan.rows.map(\.label), ["row 2", "row 3"])
    }

    func testTOMLExportReadsBackToTheSameRows() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = PlanWriter.toml(rows)
        XCTAssertTrue(text.contains("[[status]]"), text)
        FileManager.default.createFile(atPath: folder + "/export.toml", contents: Data(text.utf8))
        let plan = try PlanFile.read(path: folder + "/export.toml")
        // Lists come back joined by "; "; the plan they make is the same (see PlanValues).
        let expected = rows.map { row in
            row.mapValues { $0 }.merging([.accounts: PlanValues.list(row[.accounts]!).joined(separator: "; ")]) { $1 }
                .merging(row[.to].map { [.to: PlanValues.list($0).joined(separator: "; ")] } ?? [:]) { $1 }
        }
        XCTAssertEqual(plan.rows.map(\.values), expected)
    }

    func testListsSplitOnSemicolonsCommasAndBlanks() {
        XCTAssertEqual(PlanValues.list(" shop;bakery , cafe  deli;"), ["shop", "bakery", "cafe", "deli"])
        XCTAssertEqual(PlanValues.list(PlanValues.cell(["a", "b"])), ["a", "b"])
    }

    /// A number written with blanks, as people write it, is one number; numbers apart are not.
    func testNumbersKeepTheirOwnBlanks() {
        XCTAssertEqual(PlanValues.numbers("+55 11 99999-0001; 5521988887777"), ["+55 11 99999-0001", "5521988887777"])
        XCTAssertEqual(PlanValues.numbers("+55 (21) 98888-7777, +55 31 97777-6666"), ["+55 (21) 98888-7777", "+55 31 97777-6666"])
        XCTAssertEqual(PlanValues.numbers("5511999990000 5521988887777\n5531977776666"), ["5511999990000", "5521988887777", "5531977776666"])
        let numbers = ["+55 11 99999-0001", "5521988887777"]
        XCTAssertEqual(PlanValues.numbers(PlanValues.numbersCell(numbers)), numbers)
    }
}

/// The sample plans in examples/ read as they are shipped.
final class ExamplePlanTests: XCTestCase {
    private let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples").path

    func testTheSamplePlansRead() throws {
        let week = try PlanFile.read(path: examples + "/campaign-week.csv")
        XCTAssertEqual(week.rows.map(\.label), ["row 2", "row 3", "row 4", "row 5"])
        XCTAssertEqual(week.rows[1][.text], "Lunch menu:\n- rice and beans\n- grilled chicken 🍗\nOrder: (11) 99999-0000")
        let semana = try PlanFile.read(path: examples + "/campanha-semana.csv")
        XCTAssertEqual(semana.rows.map(\.label), ["row 2", "row 3", "row 4"])
        XCTAssertEqual(semana.rows[1][.accounts], "sandbox-zapi sandbox-green")
        XCTAssertEqual(week.problems + semana.problems, [])
    }
}
