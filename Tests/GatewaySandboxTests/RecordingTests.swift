import Foundation
import GatewaySandbox
import XCTest

final class RecordingTests: SandboxTestCase {
    func testRecordsMethodRawPathHeadersAndExactBody() async throws {
        let body = Data(#"{"type":"text","message":"Olá, mundo 🌎","font":"serif"}"#.utf8)
        _ = try await client.send(
            "POST", "/api/message/status/shop?trace=a%20b&x=1",
            headers: ["token": "rtoken", "Content-Type": "application/json", "X-Custom-Header": "Value"], body: body)
        let recorded = try XCTUnwrap(server.recordedRequests().first)
        XCTAssertEqual(recorded.method, "POST")
        XCTAssertEqual(recorded.path, "/api/message/status/shop?trace=a%20b&x=1")
        XCTAssertEqual(recorded.body, Array(body))
        XCTAssertEqual(recorded.header("x-custom-header"), "Value")
        XCTAssertEqual(recorded.header("TOKEN"), "rtoken")
        XCTAssertTrue(recorded.headers.contains { $0.name.lowercased() == "content-type" })
        XCTAssertEqual((recorded.bodyJSON as? [String: Any])?["message"] as? String, "Olá, mundo 🌎")
        XCTAssertLessThan(abs(recorded.receivedAt.timeIntervalSinceNow), 10)
    }

    func testBinaryBodiesAreKeptByteForByte() async throws {
        let bytes = Data([0xFF, 0xD8, 0xFF, 0x00, 0x01, 0x80, 0xFE])
        _ = try await client.send(
            "POST", "\(Fixture.greenBase)/uploadFile/gtoken", headers: ["Content-Type": "image/jpeg", "GA-Filename": "a.jpg"],
            body: bytes)
        let recorded = try XCTUnwrap(server.recordedRequests().first)
        XCTAssertEqual(recorded.body, Array(bytes))
        XCTAssertNil(recorded.bodyJSON)
    }

    func testArrivalOrderFaultedRequestsAndControlRoutes() async throws {
        server.inject(.serverError, count: 1)
        _ = try await client.postJSON("/sandbox/demo/status", ["type": "text", "text": "1"], headers: Fixture.sandboxHeaders)
        _ = try await client.postJSON("/sandbox/demo/status", ["type": "text", "text": "2"], headers: Fixture.sandboxHeaders)
        _ = try await client.send("GET", "/_sandbox/requests")
        _ = try await client.send("GET", "/no/such/route")
        let recorded = server.recordedRequests()
        XCTAssertEqual(recorded.map(\.path), ["/sandbox/demo/status", "/sandbox/demo/status", "/no/such/route"])
        XCTAssertEqual(recorded.compactMap { ($0.bodyJSON as? [String: Any])?["text"] as? String }, ["1", "2"])

        server.clearRecordedRequests()
        XCTAssertTrue(server.recordedRequests().isEmpty)
    }
}
