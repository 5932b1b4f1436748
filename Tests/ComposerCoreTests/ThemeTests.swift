@testable import ComposerCore
import Foundation
import TerminalCells
import XCTest

final class ThemeTests: XCTestCase {
    static let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../themes").standardized.path

    func testShippedThemesLoadAndDarkMatchesTheBuiltIn() throws {
        for name in ["dark", "light", "high-contrast"] {
            let theme = try ThemeLoader.load(name, searchPaths: [Self.themesFolder]).get()
            XCTAssertEqual(theme.name, name)
            XCTAssertEqual(Set(theme.styles.keys), Set(ThemeRole.allCases))
        }
        XCTAssertEqual(try ThemeLoader.load("dark", searchPaths: [Self.themesFolder]).get(), Theme.dark)
    }

    func testBrokenThemesSayWhatIsWrong() {
        XCTAssertEqual(messageFor("name = \"x\"\n[styles]\ntext = \"fg=#12\"\n"), "t.toml: styles.text: 'fg=#12': a colour is #RRGGBB, 0–255 or default")
        XCTAssertEqual(messageFor("name = \"x\"\n[styles]\nbogus = \"bold\"\n")?.hasPrefix("t.toml: styles.bogus: not a role"), true)
        XCTAssertEqual(messageFor("name = \"x\"\n[styles]\ntext = \"blink\"\n"), "t.toml: styles.text: 'blink': expected fg=, bg=, bold, dim, underline or reverse")
        XCTAssertEqual(messageFor("[styles\n")?.hasPrefix("t.toml: line 1"), true)
        if case .failure(let error) = ThemeLoader.load("nope", searchPaths: [Self.themesFolder]) {
            XCTAssertTrue(error.description.contains("theme 'nope': not found"))
        } else {
            XCTFail("a missing theme is an error")
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
        if case .failure(let error) = ThemeLoader.parse(text, origin: "t.toml") { return error.description }
        return nil
    }
}
