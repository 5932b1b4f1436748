import Foundation
import XCTest

/// With no config file the app posts to its built-in sandbox and says nothing is published.
final class BuiltInSandboxTests: XCTestCase {
    func testPostWithoutConfigUsesBuiltInSandbox() throws {
        let home = try TempHome()
        defer { home.remove() }
        let result = try CLIRunner.run(["post", "--account", "sandbox", "--account", "sandbox-green", "--type", "text", "--text", "Olá 👋", "--color", "#1E8449", "--font", "serif"], environment: CLIRunner.environment(home: home.path))
        XCTAssertEqual(result.exitCode, 0, result.all)
        XCTAssertTrue(result.stderr.contains("SANDBOX"), result.stderr)
        XCTAssertTrue(result.stderr.contains("nothing is published"), result.stderr)
        XCTAssertTrue(result.stdout.contains("✓ sandbox (Sandbox): posted — messageId SBX"), result.stdout)
        XCTAssertTrue(result.stdout.contains("✓ sandbox-green (Green API): posted — messageId "), result.stdout)
    }

    func testAccountsListsGatewaysAndFonts() throws {
        let home = try TempHome()
        defer { home.remove() }
        let result = try CLIRunner.run(["accounts"], environment: CLIRunner.environment(home: home.path))
        XCTAssertEqual(result.exitCode, 0, result.all)
        XCTAssertTrue(result.stdout.contains("sandbox-evolution — Evolution API"), result.stdout)
        XCTAssertTrue(result.stdout.contains("fonts: serif (1), norican (2), bryndan (3), bebas (4), oswald (5)"), result.stdout)
        XCTAssertTrue(result.stdout.contains("fonts: none (fonts are not supported)"), result.stdout)
    }

    func testMissingExplicitConfigIsAnError() throws {
        let home = try TempHome()
        defer { home.remove() }
        let result = try CLIRunner.run(["post", "--account", "sandbox", "--type", "text", "--text", "x", "--config", home.path + "/nope.toml"], environment: CLIRunner.environment(home: home.path))
        XCTAssertEqual(result.exitCode, 2)
        XCTAssertTrue(result.stderr.contains("nope.toml: no such config file (from --config)"), result.stderr)
    }
}
