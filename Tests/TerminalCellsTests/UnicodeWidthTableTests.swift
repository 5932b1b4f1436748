import Foundation
import XCTest

/// The committed width table is exactly what `scripts/generate-width-table.py` makes from
/// Unicode's data: a table edited by hand, or data changed without running the generator,
/// fails here. (`make test` installs what the generator needs: `scripts/install-deps.sh`.)
final class UnicodeWidthTableTests: XCTestCase {
    func testTheCommittedTableIsWhatTheGeneratorMakes() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("scripts/generate-width-table.py").path, "--check"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, text)
        XCTAssertTrue(text.contains("matches the generator"), text)
    }
}
