import Foundation
import Synchronization
import XCTest

/// The built binary running in the background (`run`), its output collected as it comes, so a
/// test can wait — polled, with a bound — for a line, signal it and read how it ended.
final class BackgroundCommand: @unchecked Sendable {
    let process = Process()
    private let output = Mutex((stdout: Data(), stderr: Data(), closed: 0))

    init(_ arguments: [String], environment: [String: String]) throws {
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        out.fileHandleForReading.readabilityHandler = { [self] handle in
            let data = handle.availableData
            if data.isEmpty { handle.readabilityHandler = nil }
            self.output.withLock { $0.stdout.append(data); $0.closed += data.isEmpty ? 1 : 0 }
        }
        err.fileHandleForReading.readabilityHandler = { [self] handle in
            let data = handle.availableData
            if data.isEmpty { handle.readabilityHandler = nil }
            self.output.withLock { $0.stderr.append(data); $0.closed += data.isEmpty ? 1 : 0 }
        }
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }
    var stdout: String { output.withLock { String(decoding: $0.stdout, as: UTF8.self) } }
    var stderr: String { output.withLock { String(decoding: $0.stderr, as: UTF8.self) } }
    var stdoutLines: [String] { stdout.split(separator: "\n").map(String.init) }

    /// Standard output's lines parsed as JSON objects (`run --json`).
    var objects: [[String: Any]] {
        stdoutLines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    /// Polls `condition` every 20 ms until it holds or `limit` seconds pass; false then.
    @discardableResult
    func waitUntil(_ limit: TimeInterval = 20, _ condition: () -> Bool) -> Bool {
        Self.poll(limit, condition)
    }

    static func poll(_ limit: TimeInterval, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(limit)
        while Date() < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }

    func signal(_ number: Int32) { kill(pid, number) }

    /// Waits for the process to end (killed after `limit` seconds, failing the test); its exit code.
    func waitForExit(_ limit: TimeInterval = 30, file: StaticString = #filePath, line: UInt = #line) -> Int32 {
        if !Self.poll(limit, { !process.isRunning }) {
            XCTFail("status-composer \(process.arguments?.joined(separator: " ") ?? "") did not end in \(limit) s", file: file, line: line)
            kill(pid, SIGKILL)
        }
        process.waitUntilExit()
        // What was written just before the end: both pipes read to their end.
        _ = Self.poll(5) { output.withLock { $0.closed >= 2 } }
        return process.terminationStatus
    }

    /// Ends the process if a test left it running.
    func stop() {
        guard process.isRunning else { return }
        kill(pid, SIGKILL)
        process.waitUntilExit()
    }
}
