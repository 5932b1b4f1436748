import Foundation
import GatewaySandbox
import XCTest

/// The credentials every test server accepts.
enum Fixture {
    static let zapi = SandboxCredential(provider: .zapi, instance: "ZINST", token: "ztoken", clientToken: "client-secret")
    static let zapiOpen = SandboxCredential(provider: .zapi, instance: "ZOPEN", token: "ztoken2")
    static let green = SandboxCredential(provider: .greenAPI, instance: "1101000001", token: "gtoken")
    static let ryze = SandboxCredential(provider: .ryze, instance: "shop", token: "rtoken")
    static let evolution = SandboxCredential(provider: .evolution, instance: "evo", token: "evokey")
    static let sandbox = SandboxCredential(provider: .sandbox, instance: "demo", token: "stoken")

    static let all = [zapi, zapiOpen, green, ryze, evolution, sandbox]

    static let zapiBase = "/instances/ZINST/token/ztoken"
    static let zapiHeaders = ["Client-Token": "client-secret"]
    static let greenBase = "/waInstance1101000001"
    static let ryzeHeaders = ["token": "rtoken"]
    static let evolutionHeaders = ["apikey": "evokey"]
    static let sandboxHeaders = ["Authorization": "Bearer stoken"]
}

/// A test case with a fresh server per test.
class SandboxTestCase: XCTestCase {
    var server: GatewaySandboxServer!
    var client: TestHTTPClient!

    override func setUp() async throws {
        server = try await GatewaySandboxServer.start(credentials: Fixture.all)
        client = TestHTTPClient(baseURL: server.baseURL)
    }

    override func tearDown() async throws {
        await server?.shutdown()
        server = nil
    }

    /// A RyzeAPI status post written by hand on a raw socket, to see exactly what comes back.
    func rawRyzeRequest() throws -> RawHTTPConnection {
        let connection = try RawHTTPConnection(port: server.port)
        let body = #"{"type":"text","message":"x"}"#
        connection.send(
            "POST /api/message/status/shop HTTP/1.1\r\nHost: 127.0.0.1\r\ntoken: rtoken\r\nContent-Type: application/json\r\n"
                + "Content-Length: \(body.utf8.count)\r\n\r\n\(body)")
        return connection
    }

    func isUppercaseHex(_ text: String, count: Int) -> Bool {
        text.count == count && text.allSatisfy { "0123456789ABCDEF".contains($0) }
    }
}
