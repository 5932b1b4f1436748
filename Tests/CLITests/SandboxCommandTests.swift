import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import XCTest

/// `status-composer sandbox` serves the config's accounts on 127.0.0.1 until stopped.
final class SandboxCommandTests: XCTestCase {
    func testServesConfiguredAccountsAndStopsOnSIGTERM() throws {
        let home = try TempHome()
        defer { home.remove() }
        try home.writeConfig("[[account]]\nname = \"a\"\nprovider = \"ryze\"\nbase_url = \"http://127.0.0.1:1\"\ninstance = \"i\"\ntoken_env = \"T\"\n")
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["sandbox", "--port", "0"]
        process.environment = CLIRunner.environment(["T": "sandbox-token-55"], home: home.path)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        // The first line names the address.
        var buffer = Data()
        let deadline = Date().addingTimeInterval(20)
        while !buffer.contains(UInt8(ascii: "\n")), Date() < deadline {
            buffer += out.fileHandleForReading.availableData
        }
        let first = String(decoding: buffer, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
        XCTAssertTrue(first.hasPrefix("Sandbox gateway listening on http://127.0.0.1:"), first)
        let base = String(first.dropFirst("Sandbox gateway listening on ".count))

        var request = URLRequest(url: URL(string: base + "/api/message/status/i")!)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("sandbox-token-55", forHTTPHeaderField: "token")
        request.httpBody = Data(##"{"type":"text","message":"hi"}"##.utf8)
        let (status, body) = try Self.send(request)
        XCTAssertEqual(status, 200, body)
        XCTAssertTrue(body.contains("messageId"), body)

        process.terminate()
        let stopDeadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < stopDeadline { usleep(20_000) }
        XCTAssertFalse(process.isRunning, "the sandbox did not stop on SIGTERM")
    }

    static func send(_ request: URLRequest) throws -> (Int, String) {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: (Int, String) = (0, "")
        URLSession.shared.dataTask(with: request) { data, response, _ in
            result = ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data ?? Data(), as: UTF8.self))
            done.signal()
        }.resume()
        _ = done.wait(timeout: .now() + 10)
        return result
    }
}
