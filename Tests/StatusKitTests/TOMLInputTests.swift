import Foundation
import FuzzSupport
import StatusKit
import TOMLKit
import XCTest

/// The one door to the TOML parser: every input toml++ 3.4.0 would abort on comes back as an
/// error naming the line, the column and the fix; valid TOML of every kind goes through.
final class TOMLInputTests: XCTestCase {
    private func failure(_ text: String) -> TOMLFileError? { failure(Data(text.utf8)) }

    private func failure(_ bytes: Data) -> TOMLFileError? {
        do {
            _ = try TOMLInput.parse(bytes, origin: "f.toml")
            return nil
        } catch {
            return error
        }
    }

    func testATableNameStartingWithAnAccentedLetterIsAnErrorWithItsQuotedForm() throws {
        let error = try XCTUnwrap(failure("theme = \"dark\"\n[ótica-centro]\nx = 1\n"))
        XCTAssertEqual(error.line, 2)
        XCTAssertEqual(error.column, 2)
        XCTAssertTrue(error.description.hasPrefix("f.toml: line 2, column 2: the table name 'ótica-centro' starts with 'ó'"), error.description)
        XCTAssertTrue(error.description.hasSuffix("put the name in quotes: [\"ótica-centro\"]"), error.description)
        XCTAssertEqual(try XCTUnwrap(failure("[[área]]\n")).fix, "put the name in quotes: [[\"área\"]]")
        XCTAssertEqual(try XCTUnwrap(failure("[é]")).fix, "put the name in quotes: [\"é\"]")
        let later = try XCTUnwrap(failure("[são-paulo]\n"))
        XCTAssertEqual(later.column, 3)
        XCTAssertEqual(later.fix, "put the name in quotes: [\"são-paulo\"]")
        XCTAssertEqual(try XCTUnwrap(failure("ótica = 1\n")).fix, "put the key in quotes: \"ótica\" = …")
        // Quoted, the same names are fine.
        let table = try TOMLInput.parse("[\"ótica-centro\"]\nx = 1\n[[\"área\"]]\n", origin: "f.toml")
        XCTAssertEqual(table["ótica-centro"]?.table?["x"]?.int, 1)
    }

    /// Every class of input found to reach an assertion in toml++ 3.4.0's parser.
    func testInputsThatAbortTheBundledParserAreErrors() throws {
        let cases: [(String, Int, Int)] = [
            ("[!x]\n", 1, 2), ("[ .a]\n", 1, 3), ("[=]\n", 1, 2), ("[[[1]]]\n", 1, 3), ("[ [a]]\n", 1, 3),
            ("a = [}]\n", 1, 6), ("a = [1, }]\n", 1, 9), ("a = [\n# c\n}]\n", 3, 1), ("a = {b = [}]}\n", 1, 11),
            ("d = 1979-05-27 0\n", 1, 5), ("d = [1979-05-27 0]\n", 1, 6), ("d = 1979-05-27T:\n", 1, 5), ("d = 1979-05-27t:", 1, 5),
        ]
        for (text, line, column) in cases {
            let error = try XCTUnwrap(failure(text), text)
            XCTAssertEqual([error.line, error.column], [line, column], "\(text): \(error)")
            XCTAssertNotNil(error.fix, text)
        }
    }

    func testDeepNestingAndHugeFilesAreRefusedBeforeTheParser() throws {
        let dotted = String(repeating: "a.", count: 100_000) + "b = 1\n"
        XCTAssertTrue(try XCTUnwrap(failure(dotted)).problem.contains("more than 128 parts"))
        let lists = "a = " + String(repeating: "[", count: 100_000)
        XCTAssertTrue(try XCTUnwrap(failure(lists)).problem.contains("nested more than 128 levels"))
        let huge = String(repeating: "# padding\n", count: 200_000)
        XCTAssertTrue(try XCTUnwrap(failure(huge)).problem.contains("more than this file may hold"))
    }

    func testBytesThatAreNotTextAreLocated() throws {
        var bytes = Data("a = 1\nb = \"x".utf8)
        bytes.append(0xFF)
        bytes.append(contentsOf: Data("\"\n".utf8))
        var error = try XCTUnwrap(failure(bytes))
        XCTAssertEqual([error.line, error.column], [2, 7])
        XCTAssertEqual(error.fix, "save the file as UTF-8")
        // A NUL would end the text early where TOMLKit hands it on as a C string.
        error = try XCTUnwrap(failure("a = 1\n\0[é]\n"))
        XCTAssertEqual(error.problem, "a NUL byte")
    }

    func testParserErrorsKeepTheirPlace() throws {
        let error = try XCTUnwrap(failure("a = 1\na = 2\n"))
        XCTAssertEqual(error.line, 2)
        XCTAssertFalse(error.problem.hasPrefix("Error while parsing"), error.problem)
    }

    /// Valid TOML of every kind passes the check unchanged.
    static let everyKindOfValue = #"""
    # every kind of value
    str = "a\tb\u00e9\"c\U0001F600"
    lit = 'C:\x'
    ml = """
    line1 \
      line2 "quoted" ""two"" """
    mll = '''raw
    text '' '''
    int = +1_000
    zero = -0
    hex = 0xDEAD_beef
    oct = 0o755
    bin = 0b1010
    flt = -3.14e+2
    f2 = 6.626e-34
    f3 = 1e06
    inf1 = -inf
    nan1 = nan
    bool = false
    odt = 1979-05-27T07:32:00-08:00
    odt2 = 1979-05-27T00:32:00.999999Z
    ldt = 1979-05-27 07:32:00.999
    ld = 1979-05-27
    lt = 07:32:00
    arr = [ 1, [2, 3], ["x", 'y'], { a = 1, b.c = "d" }, ]
    arr2 = [
      1, # one
      2,
    ]
    nested = { x = [ { y = 1 } ], "quoted key" = true, '' = 2 }
    "" = "empty key"
    site."google.com" = true
    3.14159 = "pi"
    [a.b."c d".'e']
    k = 1
    [ dog . "tater.man" ]
    type.name = "pug"
    [[arr3]]
    x = 1
    [[ arr3 ]]
    x = 2
    """#

    func testValidTOMLOfEveryKindPasses() throws {
        let table = try TOMLInput.parse("crlf = 1\r\n" + Self.everyKindOfValue, origin: "f.toml")
        XCTAssertEqual(table["str"]?.string, "a\tbé\"c😀")
        XCTAssertEqual(table["ml"]?.string, "line1 line2 \"quoted\" \"\"two\"\" ")
        XCTAssertEqual(table["ldt"]?.dateTime?.date.year, 1979)
        XCTAssertEqual(table["arr"]?.array?.count, 4)
        XCTAssertEqual(table["dog"]?.table?["tater.man"]?.table?["type"]?.table?["name"]?.string, "pug")
        XCTAssertEqual(table["crlf"]?.int, 1)
        XCTAssertEqual(table["arr3"]?.array?.count, 2)
    }

    /// Seeded mutations of valid documents, in this process: the check and the parser together
    /// end every case in a table or a located error (an abort would end the test run). The CLI
    /// fuzz test does the same through the real binary, where a crash is seen as a signal.
    func testMutatedDocumentsEndInATableOrAnError() throws {
        let settings = FuzzSettings.fromEnvironment(defaultSeed: 20_260_301)
        var random = settings.generator()
        let seeds = [Self.everyKindOfValue, "theme = \"light\"\n[[account]]\nname = \"loja\"\nprovider = \"zapi\"\ninstance = \"3C\"\ntoken_env = \"T\"\nmin_gap = 2.5\n"]
        for round in 0..<(3_000 * settings.scale) {
            let document = TextMutator.mutate(seeds.randomElement(using: &random)!, using: &random)
            do {
                _ = try TOMLInput.parse(document, origin: "case")
            } catch {
                XCTAssertNotNil(error.line, "round \(round), \(settings.replay): \(error)")
            }
        }
    }
}
