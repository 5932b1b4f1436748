import Foundation
import XCTest

/// Finding and reading theme files, which the program does before the terminal is checked
/// (ComposerCore only parses the bytes it is given): run without a terminal, `compose` tells
/// on stderr why the theme asked for is not in use, or nothing when it was found and is valid.
final class ThemeFileTests: XCTestCase {
    private var home: TempHome!

    override func setUp() async throws {
        home = try TempHome()
        try home.writeConfig("""
            [[account]]
            name = "loja"
            provider = "sandbox"
            base_url = "http://127.0.0.1:9"
            instance = "loja"
            token_env = "LOJA_TOKEN"

            """)
    }

    override func tearDown() async throws { home?.remove() }

    private func compose(theme: String, _ extra: [String: String] = [:]) throws -> CLIResult {
        let environment = CLIRunner.environment(["LOJA_TOKEN": "loja-token-1"].merging(extra) { $1 }, home: home.path)
        let result = try CLIRunner.run(["compose", "--theme", theme], environment: environment, limit: 30)
        XCTAssertEqual(result.exitCode, 2, result.stderr)
        XCTAssertTrue(result.stderr.contains("The composer needs a terminal"), result.stderr)
        return result
    }

    func testShippedThemesAreFoundByName() throws {
        for name in ["light", "high-contrast"] {
            let result = try compose(theme: name)
            XCTAssertFalse(result.stderr.contains("Theme:"), "\(name): \(result.stderr)")
        }
    }

    func testAMissingThemeSaysWhereItWasLookedFor() throws {
        let result = try compose(theme: "nope", ["STATUS_COMPOSER_THEMES": home.path + "/mine"])
        XCTAssertTrue(result.stderr.contains("Theme: default theme in use — theme 'nope': not found (looked in \(home.path)/mine, \(home.path)/config/status-composer/themes, "), result.stderr)
    }

    func testThemesFolderFromTheEnvironmentAndAPathToAFile() throws {
        let folder = home.path + "/mine"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: folder + "/shop.toml", contents: Data("name = \"shop\"\n[styles]\ntext = \"fg=#2E3440\"\n".utf8))
        XCTAssertFalse(try compose(theme: "shop", ["STATUS_COMPOSER_THEMES": folder]).stderr.contains("Theme:"))
        XCTAssertTrue(try compose(theme: "shop").stderr.contains("theme 'shop': not found"), "only in the folder named")

        _ = FileManager.default.createFile(atPath: home.path + "/broken.toml", contents: Data("name = \"x\"\n[styles]\ntext = \"blink\"\n".utf8))
        let broken = try compose(theme: home.path + "/broken.toml")
        XCTAssertTrue(broken.stderr.contains("Theme: default theme in use — \(home.path)/broken.toml: styles.text: 'blink': expected fg=, bg="), broken.stderr)
    }

    func testAThemeTooLargeIsRefusedByTheBoundedRead() throws {
        let path = home.path + "/huge.toml"
        _ = FileManager.default.createFile(atPath: path, contents: Data(repeating: UInt8(ascii: "#"), count: (1 << 20) + 1))
        let result = try compose(theme: path)
        XCTAssertTrue(result.stderr.contains("Theme: default theme in use — \(path): cannot read the theme file: "), result.stderr)
    }
}
