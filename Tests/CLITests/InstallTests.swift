import Foundation
import XCTest

/// `make install` into a temporary prefix, from the debug binary already built for the tests
/// (`CONFIGURATION=debug BUILD=0`; the default is a release build), then the installed program
/// run from another folder, and `make uninstall` leaving nothing it put there.
final class InstallTests: XCTestCase {
    /// The checkout: this file is Tests/CLITests/InstallTests.swift.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    private func make(_ arguments: [String]) throws -> CLIResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/make")
        process.arguments = ["--no-print-directory", "-C", Self.repository] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = DataReader(out.fileHandleForReading), errData = DataReader(err.fileHandleForReading)
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return CLIResult(exitCode: process.terminationStatus, stdout: outData.finish(), stderr: errData.finish())
    }

    private func files(under folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).sorted()
    }

    func testInstallsRunsFromElsewhereAndUninstallsExactlyItsFiles() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/make") else { throw XCTSkip("make is not installed") }
        let products = CLIRunner.binary.deletingLastPathComponent().path
        guard FileManager.default.isExecutableFile(atPath: products + "/generate-manual") else {
            return XCTFail("\(products)/generate-manual is not built: make test builds it (swift build --product generate-manual) before the tests")
        }
        let home = try TempHome()
        defer { home.remove() }
        let prefix = home.path + "/prefix"
        // Someone else's file in the prefix: uninstall must leave it.
        try FileManager.default.createDirectory(atPath: prefix + "/bin", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: prefix + "/bin/other-tool", contents: Data("x".utf8))

        let install = try make(["install", "PREFIX=\(prefix)", "CONFIGURATION=debug", "BUILD=0"])
        XCTAssertEqual(install.exitCode, 0, install.all)
        let installed = files(under: prefix)
        for path in [
            "bin/status-composer", "share/status-composer/themes/light.toml", "share/status-composer/themes/high-contrast.toml",
            "share/man/man1/status-composer.1", "share/bash-completion/completions/status-composer",
            "share/zsh/site-functions/_status-composer", "share/fish/vendor_completions.d/status-composer.fish",
            "share/status-composer/install-manifest",
        ] {
            XCTAssertTrue(installed.contains(path), "\(path) not installed; installed: \(installed)")
        }
        let manual = try String(contentsOfFile: prefix + "/share/man/man1/status-composer.1", encoding: .utf8)
        XCTAssertTrue(manual.contains(".Dt STATUS-COMPOSER 1"), String(manual.prefix(400)))
        XCTAssertTrue(manual.contains("accounts"), "the man page lists the commands")
        XCTAssertTrue(try String(contentsOfFile: prefix + "/share/bash-completion/completions/status-composer", encoding: .utf8).contains("_status-composer"))
        XCTAssertTrue(try String(contentsOfFile: prefix + "/share/zsh/site-functions/_status-composer", encoding: .utf8).hasPrefix("#compdef status-composer"))

        // Run through PATH from a folder with no themes/, as a user on a server would.
        let elsewhere = home.path + "/elsewhere"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "cd \(elsewhere) && status-composer compose --theme light; status-composer --version"]
        shell.environment = CLIRunner.environment(["PATH": prefix + "/bin:/usr/bin:/bin"], home: home.path)
        let out = Pipe(), err = Pipe()
        shell.standardOutput = out
        shell.standardError = err
        shell.standardInput = FileHandle.nullDevice
        try shell.run()
        let outData = DataReader(out.fileHandleForReading), errData = DataReader(err.fileHandleForReading)
        shell.waitUntilExit()
        let stderr = errData.finish(), stdout = outData.finish()
        XCTAssertFalse(stderr.contains("Theme:"), "the installed themes were not found:\n\(stderr)")
        XCTAssertTrue(stderr.contains("The composer needs a terminal"), stderr)
        XCTAssertTrue(stdout.hasPrefix("status-composer 0.1.0 (commit "), stdout)

        let uninstall = try make(["uninstall", "PREFIX=\(prefix)"])
        XCTAssertEqual(uninstall.exitCode, 0, uninstall.all)
        XCTAssertEqual(files(under: prefix), ["bin", "bin/other-tool"])
    }
}
