import ComposerCore
import Foundation
import XCTest

/// README's key table is the help in English, written from the key map: this test fails when
/// they part, and `RECORD_SCREENS=1` writes the table again.
final class ReadmeKeyTableTests: XCTestCase {
    static let start = "<!-- keys: written from the key map (KeyMap); ReadmeKeyTableTests checks it -->"
    static let end = "<!-- end of keys -->"

    static func table() -> String {
        let text = UIText(.english)
        var lines = ["| where | keys | does |", "|---|---|---|"]
        for mode in KeyMap.standard.modes {
            for entry in mode.entries {
                lines.append("| \(mode.title(text)) | \(entry.label(text)) | \(entry.description(text)) |")
            }
        }
        return lines.joined(separator: "\n")
    }

    func testReadmeKeyTableMatchesTheKeyMap() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("README.md")
        let readme = try String(contentsOf: url, encoding: .utf8)
        guard let from = readme.range(of: Self.start), let to = readme.range(of: Self.end, range: from.upperBound..<readme.endIndex) else {
            return XCTFail("README.md has no key table between \(Self.start) and \(Self.end)")
        }
        let current = readme[from.upperBound..<to.lowerBound].trimmingCharacters(in: .newlines)
        let wanted = Self.table()
        if ProcessInfo.processInfo.environment["RECORD_SCREENS"] == "1" {
            try readme.replacingCharacters(in: from.upperBound..<to.lowerBound, with: "\n" + wanted + "\n").write(to: url, atomically: true, encoding: .utf8)
            return
        }
        XCTAssertEqual(current, wanted, "README's key table is not the key map's (RECORD_SCREENS=1 writes it)")
    }
}
