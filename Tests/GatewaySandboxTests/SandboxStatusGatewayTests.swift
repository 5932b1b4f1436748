import Foundation
import GatewaySandbox
import XCTest

final class SandboxStatusGatewayTests: SandboxTestCase {
    private let path = "/sandbox/demo/status"

    func testEveryKindOfStatusIsAccepted() async throws {
        let bodies: [[String: Any]] = [
            ["type": "text", "text": "Olá", "backgroundColor": "#112233", "font": "serif", "audience": ["5511999999999"],
             "source": "tests"],
            ["type": "image", "media": "https://example.com/a.png", "text": "caption"],
            ["type": "video", "media": "data:video/mp4;base64,AAAA"],
            ["type": "audio", "media": "https://example.com/a.ogg", "voice": true],
        ]
        var ids: Set<String> = []
        for body in bodies {
            let reply = try await client.postJSON(path, body, headers: Fixture.sandboxHeaders)
            XCTAssertEqual(reply.status, 200, "\(body): \(reply.text)")
            let id = try XCTUnwrap(reply.object["id"] as? String)
            XCTAssertTrue(id.hasPrefix("SBX") && isUppercaseHex(String(id.dropFirst(3)), count: 16), id)
            ids.insert(id)
        }
        XCTAssertEqual(ids.count, bodies.count)
    }

    func testValidationAndAuthErrors() async throws {
        let cases: [([String: Any], [String: String], Int)] = [
            (["type": "text"], Fixture.sandboxHeaders, 400),
            (["type": "image"], Fixture.sandboxHeaders, 400),
            (["type": "image", "media": "/tmp/a.png"], Fixture.sandboxHeaders, 400),
            (["type": "text", "text": "x", "backgroundColor": "red"], Fixture.sandboxHeaders, 400),
            (["type": "text", "text": "x", "audience": ["+55"]], Fixture.sandboxHeaders, 400),
            (["type": "poll"], Fixture.sandboxHeaders, 400),
            (["type": "text", "text": "x"], [:], 401),
            (["type": "text", "text": "x"], ["Authorization": "Bearer wrong"], 401),
        ]
        for (body, headers, status) in cases {
            let reply = try await client.postJSON(path, body, headers: headers)
            XCTAssertEqual(reply.status, status, "\(body)")
            XCTAssertNotNil(reply.object["error"] as? String, reply.text)
        }
        let unknown = try await client.postJSON("/sandbox/ghost/status", ["type": "text", "text": "x"], headers: Fixture.sandboxHeaders)
        XCTAssertEqual(unknown.status, 404)
    }

    func testDelete() async throws {
        let sent = try await client.postJSON(path, ["type": "text", "text": "x"], headers: Fixture.sandboxHeaders)
        let id = try XCTUnwrap(sent.object["id"] as? String)
        let deleted = try await client.send("DELETE", "\(path)/\(id)", headers: Fixture.sandboxHeaders)
        XCTAssertEqual(deleted.status, 204)
        let again = try await client.send("DELETE", "\(path)/\(id)", headers: Fixture.sandboxHeaders)
        XCTAssertEqual(again.status, 404)
    }
}
