import Foundation
import XCTest

/// `--version` names the release and the commit the binary was built from.
final class VersionTests: XCTestCase {
    func testVersionNamesTheCommitOfTheCheckout() throws {
        let home = try TempHome()
        defer { home.remove() }
        let result = try CLIRunner.run(["--version"], environment: CLIRunner.environment(home: home.path))
        XCTAssertEqual(result.exitCode, 0, result.all)
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        git.arguments = ["-C", InstallTests.repository, "rev-parse", "--short=12", "HEAD"]
        let out = Pipe()
        git.standardOutput = out
        git.standardError = FileHandle.nullDevice
        guard (try? git.run()) != nil else { throw XCTSkip("git is not installed") }
        git.waitUntilExit()
        let commit = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard git.terminationStatus == 0, !commit.isEmpty else { throw XCTSkip("not built from a git checkout") }
        XCTAssertTrue(result.stdout.hasPrefix("status-composer 0.1.0 (commit \(commit)"), result.stdout)
    }
}
