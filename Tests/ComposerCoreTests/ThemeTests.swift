@testable import ComposerCore
import Foundation
import TerminalCells
import XCTest

final class ThemeTests: XCTestCase {
    static let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../themes").standardized.path

    /// The shipped files' contents (the test reads them; the parser reads nothing). Finding
    /// them and reading them is the program's: CLITests' ThemeFileTests.
    func testShippedThemesParseAndDarkMatchesTheBuiltIn() throws {
        for name in ["dark", "light", "high-contrast"] {
            let path = "\(Self.themesFolder)/\(name).toml"
            let theme = try ThemeParser.parse(Data(contentsOf: URL(fileURLWithPath: path)), origin: path).get()
            XCTAssertEqual(theme.name, name)
            XCTAssertEqual(Set(theme.styles.keys), Set(ThemeRole.allCases))
            if name == "dark" { XCTAssertEqual(theme, Theme.dark) }
        }
    }

    func testBrokenThemesSayWhatIsWrong() {
        XCTAssertEqual(messageFor("name = \"x\"\n[styles]\ntext = \"fg=#12\"\n"), "t.toml: styles.text: 'fg=#12': a colour is #RRGGBB, 0–255 or default")
        XCTAssertEqual(messageFor("name = \"x\"\n[styles]\nbogus = \"bold\"\n")?.hasPrefix("t.toml: styles.bogus: not a role"), true)
        XCTAssertEqual(messageFor("name = \"x\"\n[styles]\ntext = \"blink\"\n"), "t.toml: styles.text: 'blink': expected fg=, bg=, bold, dim, underline or reverse")
        XCTAssertEqual(messageFor("[styles\n")?.hasPrefix("t.toml: line 1"), true)
        if case .failure(let error) = ThemeParser.parse(Data("name = \"x\"\n\0".utf8), origin: "t.toml") {
            XCTAssertEqual(error.description, "t.toml: line 2, column 1: a NUL byte; is this a text file? remove it")
        } else {
            XCTFail("bytes go through TOMLInput's checks")
        }
    }

    func testMonochromeKeepsFocusAndErrorsVisible() {
        let focus = Theme.dark.style(.inputFocus, profile: .monochrome)
        XCTAssertTrue(focus.reverse)
        XCTAssertEqual(focus.bg, .default)
        let error = Theme.dark.style(.error, profile: .monochrome)
        XCTAssertTrue(error.bold && error.underline)
    }

    private func messageFor(_ text: String) -> String? {
        if case .failure(let error) = ThemeParser.parse(text, origin: "t.toml") { return error.description }
        return nil
    }
}
