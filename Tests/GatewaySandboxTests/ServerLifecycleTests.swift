import Foundation
import GatewaySandbox
import XCTest

final class ServerLifecycleTests: SandboxTestCase {
    func testEphemeralPortAndBaseURL() async throws {
        XCTAssertGreaterThan(server.port, 0)
        XCTAssertEqual(server.baseURL, "http://127.0.0.1:\(server.port)")
        let other = try await GatewaySandboxServer.start(credentials: [])
        XCTAssertNotEqual(other.port, server.port)
        await other.shutdown()
    }

    func testRegisterAddsACredential() async throws {
        server.register(SandboxCredential(provider: .sandbox, instance: "late", token: "t"))
        let reply = try await client.postJSON(
            "/sandbox/late/status", ["type": "text", "text": "x"], headers: ["Authorization": "Bearer t"])
        XCTAssertEqual(reply.status, 200)
    }

    func testFortyMegabyteBodyIsAcceptedAndRecordedExactly() async throws {
        let media = "data:video/mp4;base64," + Data(count: 30 * 1024 * 1024).base64EncodedString()
        // Built by hand: JSONSerialization takes seconds on a string this size.
        let body = Data(#"{"type":"video","media":"\#(media)"}"#.utf8)
        XCTAssertGreaterThan(body.count, 40 * 1024 * 1024)
        var patient = client!
        patient.timeout = 30
        let reply = try await patient.send(
            "POST", "/sandbox/demo/status",
            headers: Fixture.sandboxHeaders.merging(["Content-Type": "application/json"]) { $1 }, body: body)
        XCTAssertEqual(reply.status, 200, reply.text)
        XCTAssertEqual(server.recordedRequests().first?.body.count, body.count)
    }

    func testExpectContinueIsAnsweredBeforeTheBodyIsSent() async throws {
        let connection = try RawHTTPConnection(port: server.port)
        let body = #"{"type":"text","text":"hi"}"#
        connection.send(
            "POST /sandbox/demo/status HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer stoken\r\n"
                + "Content-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: \(body.utf8.count)\r\n"
                + "Connection: close\r\n\r\n")
        let interim = connection.readUntil(containing: "\r\n\r\n", timeout: 5)
        XCTAssertTrue(interim.text.hasPrefix("HTTP/1.1 100 Continue"), interim.text)
        connection.send(body)
        let final = connection.readUntilClosed(timeout: 5)
        XCTAssertTrue(final.text.hasPrefix("HTTP/1.1 200 OK"), final.text)
    }

    func testStartingOnABusyPortThrows() async throws {
        do {
            let second = try await GatewaySandboxServer.start(port: server.port, credentials: [])
            await second.shutdown()
            XCTFail("binding a port in use must fail")
        } catch {}
    }

    func testShutdownStopsListeningAndIsIdempotent() async throws {
        let port = server.port
        await server.shutdown()
        await server.shutdown()
        XCTAssertThrowsError(try RawHTTPConnection(port: port))
    }
}
