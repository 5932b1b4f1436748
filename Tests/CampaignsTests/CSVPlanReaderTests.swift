@testable import Campaigns
import Foundation
import XCTest

/// CSV plans as spreadsheets save them: `;` or `,`, BOM or none, CRLF or LF, quoted cells.
final class CSVPlanReaderTests: XCTestCase {
    private func read(_ text: String, bytes: [UInt8] = []) throws -> PlanFile {
        try PlanFile.readCSV(Data(bytes) + Data(text.utf8), origin: "plan.csv")
    }

    private func failure(_ text: String, bytes: [UInt8] = []) -> PlanFileError? {
        do {
            _ = try read(text, bytes: bytes)
            return nil
        } catch {
            return error as? PlanFileError
        }
    }

    func testPortugueseSpreadsheetWithBOMSemicolonsAndCRLF() throws {
        // As LibreOffice set to Portuguese saves it: BOM, `;`, CRLF, a quoted multi-line cell.
        let text = "Quando;CONTAS;Tipo;Texto;Cor\r\n2026-12-03 08:00;loja;text;\"Bom dia; café ☕\";1E8449\r\n"
            + "11:30;loja padaria;text;\"Almoço:\r\n- arroz \"\"da casa\"\" 🍚\r\n- feijão\";#C0392B\r\n"
            + "18:00;loja;text;Até amanhã 👋;\r\n"
        let plan = try read(text, bytes: [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(plan.rows.map(\.label), ["row 2", "row 3", "row 4"])
        XCTAssertEqual(plan.rows[0][.when], "2026-12-03 08:00")
        XCTAssertEqual(plan.rows[0][.text], "Bom dia; café ☕")
        XCTAssertEqual(plan.rows[0][.color], "1E8449")
        XCTAssertEqual(plan.rows[1][.accounts], "loja padaria")
        XCTAssertEqual(plan.rows[1][.text], "Almoço:\n- arroz \"da casa\" 🍚\n- feijão")
        XCTAssertNil(plan.rows[2][.color])
        XCTAssertEqual(plan.problems, [])
    }

    func testCommaFileWithLFAnyColumnOrderAndEnglishHeaders() throws {
        let plan = try read("text,when,Accounts,type\n\"Sale, today\",09:00,shop,text\n")
        XCTAssertEqual(plan.rows.count, 1)
        XCTAssertEqual(plan.rows[0].values, [.text: "Sale, today", .when: "09:00", .accounts: "shop", .type: "text"])
    }

    func testAMultiLineCellDoesNotShiftTheRowNumbersAfterIt() throws {
        let text = "when,accounts,text\n08:00,shop,\"one\ntwo\nthree 🎉\"\n\n10:00,shop,after a blank row\n,,\n12:00,shop,last\n"
        let plan = try read(text)
        // A spreadsheet shows: 1 header, 2 the three-line text, 3 blank, 4, 5 blank, 6.
        XCTAssertEqual(plan.rows.map(\.label), ["row 2", "row 4", "row 6"])
        XCTAssertEqual(plan.rows[0][.text], "one\ntwo\nthree 🎉")
    }

    func testACellUnderNoColumnIsAProblemOfItsRow() throws {
        let plan = try read("when;text;;\n08:00;hi;;\n09:00;there;;stray\n")
        XCTAssertEqual(plan.rows.count, 2)
        XCTAssertEqual(plan.problems.map(\.description), ["row 3, column 4 \"stray\": a cell under no column name; name the column in row 1 or empty the cell"])
    }

    func testBytesThatAreNotUTF8AreRefusedWithTheLine() {
        // "café" as Windows-1252 saves it.
        var bytes = Array("when;text\n08:00;caf".utf8)
        bytes.append(0xE9)
        let bad = failure("", bytes: bytes)
        XCTAssertEqual(bad?.path, "plan.csv")
        XCTAssertEqual(bad?.problem, "line 2 holds bytes that are not UTF-8 text")
        XCTAssertTrue(bad?.fix.contains("UTF-8") ?? false)
    }

    func testAnEmptyFileOrOneWithoutHeaderIsRefused() {
        XCTAssertEqual(failure("")?.problem, "the file is empty")
        XCTAssertEqual(failure("\u{FEFF}\r\n")?.problem, "the file is empty")
        let noHeader = failure("2026-12-03 08:00;shop;text;Hello\n")
        XCTAssertEqual(noHeader?.problem, "no header row: row 1 (\"2026-12-03 08:00\";\"shop\";\"text\";\"Hello\") names no column")
        XCTAssertTrue(noHeader?.fix.contains("when;accounts;type;text") ?? false)
    }

    func testARepeatedColumnIsRefusedEvenAcrossLanguages() {
        let error = failure("when;texto;text\n08:00;a;b\n")
        XCTAssertEqual(error?.problem, "row 1 names the column text twice (\"texto\" in column 2, \"text\" in column 3)")
    }

    func testAnUnknownColumnIsNamed() {
        let error = failure("when;accounts;colour\n08:00;shop;#FFFFFF\n")
        XCTAssertEqual(error?.problem, "row 1 names unknown column \"colour\"")
        XCTAssertTrue(error?.fix.contains("color (cor)") ?? false)
    }

    func testAFileWithoutAWhenColumnIsRefused() {
        XCTAssertEqual(failure("accounts;text\nshop;hi\n")?.problem, "row 1 names no when (quando) column")
    }

    func testAQuoteThatNeverClosesIsRefused() {
        let error = failure("when,text\n08:00,\"never closed\n09:00,next\n")
        XCTAssertEqual(error?.problem, "row 2: a quote (\") opens a cell that never closes")
        // Two such quotes make an even count: still the first one's row.
        XCTAssertEqual(failure("when,text\n08:00,\"never closed\n09:00,12\" pizza\n")?.problem, "row 2: a quote (\") opens a cell that never closes")
    }

    func testAQuoteInsideAnUnquotedCellIsTextAndAStrayOneInAQuotedCellIsRefused() throws {
        let plan = try read("when,text\n08:00,Pizza de 12\" hoje\n09:00,\"Noite de \"\"pizza\"\"\"\n")
        XCTAssertEqual(plan.rows.map { $0[.text] }, ["Pizza de 12\" hoje", "Noite de \"pizza\""])
        let error = failure("when,text\n08:00,ok\n09:00,\"diga \"oi\" agora\"\n")
        XCTAssertEqual(error?.problem, "row 3: a quote (\") inside a quoted cell is not doubled (\"\")")
    }

    func testTenThousandStatusesAreReadAndOneMoreIsRefused() throws {
        var text = "when;text\n"
        for index in 0..<PlanFile.rowLimit { text += "08:00;status \(index)\n" }
        XCTAssertEqual(try read(text).rows.count, PlanFile.rowLimit)
        let error = failure(text + "\n;\n09:00;one too many\n")
        XCTAssertEqual(error?.problem, "more than 10000 statuses")
        XCTAssertTrue(error?.fix.contains("split the plan") ?? false)
    }

    func testSeparatorIsTakenFromTheHeaderLineOnly() {
        XCTAssertEqual(CSVPlanReader.separator(ofHeaderIn: Array("when;text\n1,2,3,4".unicodeScalars)), ";")
        XCTAssertEqual(CSVPlanReader.separator(ofHeaderIn: Array("\"a;b\",when\n".unicodeScalars)), ",")
    }
}
