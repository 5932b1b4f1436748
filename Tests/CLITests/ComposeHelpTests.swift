import Foundation
import XCTest

/// `compose --help` names the composer's keys from its key map, as the help screen does.
final class ComposeHelpTests: XCTestCase {
    func testHelpListsTheFormKeysFromTheKeyMap() throws {
        let home = try TempHome()
        defer { home.remove() }
        let result = try CLIRunner.run(["compose", "--help"], environment: CLIRunner.environment(home: home.path))
        XCTAssertEqual(result.exitCode, 0, result.all)
        // ArgumentParser wraps the text at 80 columns: read it as one line.
        let text = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for expected in ["F1 in the composer lists every key", "Tab/Shift-Tab next / previous field", "Ctrl-S/F2 post (asks first)",
                         "Ctrl-R/F3 history", "Ctrl-O/F4 quiet screen", "Ctrl-Q/C quit", "Ctrl-O/F4 toggles"] {
            XCTAssertTrue(text.contains(expected), "missing \"\(expected)\" in: \(text)")
        }
    }
}
