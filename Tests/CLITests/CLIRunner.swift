import Foundation
import XCTest

/// Runs the built `status-composer` binary as a user would, with its own environment and
/// standard input, and collects exit code and output. Bounded: a run that does not end in
/// `limit` seconds is killed and fails the test.
struct CLIResult {
    let exitCode: Int32
    let stdout: String
    let stderr: String
    /// `.uncaughtSignal` when the program crashed (then `exitCode` is the signal's number).
    var termination: Process.TerminationReason = .exit
    var all: String { stdout + stderr }
    var stdoutLines: [String] { stdout.split(separator: "\n").map(String.init) }
}

enum CLIRunner {
    static var binary: URL {
        // The test bundle sits in the same products folder as the executable.
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidate = products.appendingPathComponent("status-composer")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        return Bundle.main.bundleURL.appendingPathComponent("status-composer")
    }

    /// An environment with no config and no inherited tokens, plus `extra`.
    static func environment(_ extra: [String: String] = [:], home: String) -> [String: String] {
        var env = ["PATH": "/usr/bin:/bin", "HOME": home, "XDG_CONFIG_HOME": home + "/config", "LANG": "C.UTF-8"]
        for (key, value) in extra { env[key] = value }
        return env
    }

    static func run(_ arguments: [String], environment: [String: String], stdin: String? = nil, limit: TimeInterval = 60) throws -> CLIResult {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        // Read both pipes while the process runs so a full pipe never blocks it.
        let outData = DataReader(out.fileHandleForReading), errData = DataReader(err.fileHandleForReading)
        let deadline = Date().addingTimeInterval(limit)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            XCTFail("status-composer \(arguments.joined(separator: " ")) did not finish in \(limit) s")
        }
        process.waitUntilExit()
        return CLIResult(exitCode: process.terminationStatus, stdout: outData.finish(), stderr: errData.finish(), termination: process.terminationReason)
    }
}

/// Drains a pipe on a background thread.
final class DataReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func finish() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}

/// A temporary home folder with an optional config file.
struct TempHome {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("sc-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path + "/config/status-composer", withIntermediateDirectories: true)
    }

    var configPath: String { path + "/config/status-composer/config.toml" }

    func writeConfig(_ text: String, mode: Int = 0o600) throws {
        _ = FileManager.default.createFile(atPath: configPath, contents: Data(text.utf8))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: configPath)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
