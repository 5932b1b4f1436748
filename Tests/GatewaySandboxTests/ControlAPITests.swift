import Foundation
import GatewaySandbox
import XCTest

final class ControlAPITests: SandboxTestCase {
    func testFaultInjectionOverHTTP() async throws {
        let injected = try await client.postJSON(
            "/_sandbox/faults", ["fault": "429", "instance": "shop", "count": 1, "retryAfter": 2])
        XCTAssertEqual(injected.status, 204)
        let limited = try await client.postJSON(
            "/api/message/status/shop", ["type": "text", "message": "x"], headers: Fixture.ryzeHeaders)
        XCTAssertEqual(limited.status, 429)
        XCTAssertEqual(limited.header("Retry-After"), "2")
        let normal = try await client.postJSON(
            "/api/message/status/shop", ["type": "text", "message": "x"], headers: Fixture.ryzeHeaders)
        XCTAssertEqual(normal.status, 200)

        let reply1 = try await client.postJSON("/_sandbox/faults", ["fault": "500"])
        XCTAssertEqual(reply1.status, 204)
        let reply2 = try await client.postJSON("/sandbox/demo/status", ["type": "text", "text": "x"], headers: Fixture.sandboxHeaders)
        XCTAssertEqual(reply2.status, 500)
        let reply3 = try await client.send("DELETE", "/_sandbox/faults")
        XCTAssertEqual(reply3.status, 204)
        let reply4 = try await client.postJSON("/sandbox/demo/status", ["type": "text", "text": "x"], headers: Fixture.sandboxHeaders)
        XCTAssertEqual(reply4.status, 200)

        let reply5 = try await client.postJSON("/_sandbox/faults", ["fault": "latency", "milliseconds": 200, "count": 1])
        XCTAssertEqual(reply5.status, 204)
        let start = Date()
        _ = try await client.postJSON("/sandbox/demo/status", ["type": "text", "text": "x"], headers: Fixture.sandboxHeaders)
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(start), 0.2)

        let unknown = try await client.postJSON("/_sandbox/faults", ["fault": "explode"])
        XCTAssertEqual(unknown.status, 400)
        XCTAssertNotNil(unknown.object["error"] as? String)
    }

    func testEveryFaultNameIsAccepted() async throws {
        for name in SandboxFault.controlNames {
            let reply = try await client.postJSON("/_sandbox/faults", ["fault": name, "instance": "nobody", "count": 1, "seed": 5])
            XCTAssertEqual(reply.status, 204, name)
            XCTAssertEqual(SandboxFault(controlName: name)?.controlName, name)
        }
        XCTAssertEqual(SandboxFault(controlName: "drop"), .dropConnection)
        XCTAssertEqual(SandboxFault(controlName: "429", retryAfterSeconds: 3), .tooManyRequests(retryAfterSeconds: 3))
        XCTAssertEqual(SandboxFault.truncatedBody.controlName, "truncated")
        XCTAssertEqual(SandboxFault(controlName: "random-bytes", seed: 9, bytes: 10), .randomBytes(seed: 9, length: 10))
        XCTAssertEqual(SandboxFault(controlName: "huge", megabytes: 3), .hugeBody(megabytes: 3))
        XCTAssertEqual(SandboxFault(controlName: "trickle", milliseconds: 20), .trickle(milliseconds: 20))
        let negative = try await client.postJSON("/_sandbox/faults", ["fault": "wrong-types", "seed": -1])
        XCTAssertEqual(negative.status, 400)
    }

    func testRecordedRequestsOverHTTP() async throws {
        _ = try await client.postJSON(
            "/sandbox/demo/status?x=1", ["type": "text", "text": "hi"], headers: Fixture.sandboxHeaders)
        let binary = Data([0xFF, 0x00, 0xFE])
        _ = try await client.send(
            "POST", "\(Fixture.greenBase)/uploadFile/gtoken", headers: ["Content-Type": "image/png"], body: binary)
        let listed = try await client.send("GET", "/_sandbox/requests")
        XCTAssertEqual(listed.status, 200)
        XCTAssertTrue(listed.header("Content-Type")?.hasPrefix("application/json") ?? false)
        let entries = try XCTUnwrap(listed.json as? [[String: Any]])
        XCTAssertEqual(entries.count, 2)
        XCTAssertEqual(entries[0]["method"] as? String, "POST")
        XCTAssertEqual(entries[0]["path"] as? String, "/sandbox/demo/status?x=1")
        let headers = try XCTUnwrap(entries[0]["headers"] as? [String: String])
        XCTAssertEqual(headers.first { $0.key.lowercased() == "authorization" }?.value, "Bearer stoken")
        let text = try XCTUnwrap(entries[0]["body"] as? String)
        XCTAssertEqual((try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])?["text"] as? String, "hi")
        XCTAssertEqual(entries[1]["bodyEncoding"] as? String, "base64")
        XCTAssertEqual(entries[1]["body"] as? String, binary.base64EncodedString())

        let reply6 = try await client.send("DELETE", "/_sandbox/requests")
        XCTAssertEqual(reply6.status, 204)
        let emptied = try await client.send("GET", "/_sandbox/requests")
        XCTAssertEqual((emptied.json as? [Any])?.count, 0)
    }

    func testCredentialsOverHTTP() async throws {
        let before = try await client.postJSON(
            "/api/message/status/newshop", ["type": "text", "message": "x"], headers: ["token": "fresh"])
        XCTAssertEqual(before.status, 404)
        let registered = try await client.postJSON(
            "/_sandbox/credentials", ["provider": "ryze", "instance": "newshop", "token": "fresh"])
        XCTAssertEqual(registered.status, 204)
        let after = try await client.postJSON(
            "/api/message/status/newshop", ["type": "text", "message": "x"], headers: ["token": "fresh"])
        XCTAssertEqual(after.status, 200)

        let withClientToken = try await client.postJSON(
            "/_sandbox/credentials", ["provider": "zapi", "instance": "Z2", "token": "t", "clientToken": "ct"])
        XCTAssertEqual(withClientToken.status, 204)
        let zapi = try await client.postJSON("/instances/Z2/token/t/send-text-status", ["message": "x"])
        XCTAssertEqual(zapi.object["error"] as? String, "null not allowed")

        let bad = try await client.postJSON("/_sandbox/credentials", ["provider": "whatsapp", "instance": "a", "token": "b"])
        XCTAssertEqual(bad.status, 400)
    }

    func testSettingsAndHealth() async throws {
        let reply7 = try await client.send("GET", "/_sandbox/health")
        XCTAssertEqual(reply7.status, 200)
        let set = try await client.postJSON("/_sandbox/settings", ["ryzeMessageIdPlacement": "topLevel"])
        XCTAssertEqual(set.status, 204)
        let reply = try await client.postJSON(
            "/api/message/status/shop", ["type": "text", "message": "x"], headers: Fixture.ryzeHeaders)
        XCTAssertNotNil(reply.object["messageId"] as? String)
        XCTAssertTrue(server.recordedRequests().allSatisfy { !$0.path.hasPrefix("/_sandbox") })
    }
}
