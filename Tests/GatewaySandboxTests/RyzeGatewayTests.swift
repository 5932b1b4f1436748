import Foundation
import GatewaySandbox
import XCTest

final class RyzeGatewayTests: SandboxTestCase {
    private let path = "/api/message/status/shop"

    private func errorMessage(_ reply: HTTPResult) -> String? {
        XCTAssertEqual(reply.object["success"] as? Bool, false)
        return (reply.object["error"] as? [String: Any])?["message"] as? String
    }

    func testTextStatusUnderDataByDefault() async throws {
        let reply = try await client.postJSON(
            path, ["type": "text", "message": "Promo!", "backgroundColor": "#FF6600", "font": "serif"],
            headers: Fixture.ryzeHeaders)
        XCTAssertEqual(reply.status, 200, reply.text)
        XCTAssertEqual(reply.object["success"] as? Bool, true)
        XCTAssertEqual(reply.object["status"] as? String, "sent")
        let data = try XCTUnwrap(reply.object["data"] as? [String: Any])
        let messageId = try XCTUnwrap(data["messageId"] as? String)
        XCTAssertTrue(messageId.hasPrefix("3EB0"))
        XCTAssertTrue(isUppercaseHex(String(messageId.dropFirst(4)), count: 16), messageId)
        XCTAssertEqual(data["messageType"] as? String, "text")
        XCTAssertEqual((data["chat"] as? [String: Any])?["jid"] as? String, "status@broadcast")
        XCTAssertNil(reply.object["messageId"])

        let second = try await client.postJSON(path, ["type": "text", "message": "again"], headers: Fixture.ryzeHeaders)
        XCTAssertNotEqual((second.object["data"] as? [String: Any])?["messageId"] as? String, messageId)
    }

    func testTopLevelPlacementAndBearerAuth() async throws {
        server.setRyzeMessageIdPlacement(.topLevel)
        let reply = try await client.postJSON(
            path, ["type": "image", "message": "caption", "mediaUrl": "https://example.com/a.jpg"],
            headers: ["Authorization": "Bearer rtoken"])
        XCTAssertEqual(reply.status, 200, reply.text)
        XCTAssertTrue((reply.object["messageId"] as? String)?.hasPrefix("3EB0") ?? false)
        XCTAssertEqual(reply.object["messageType"] as? String, "image")
        XCTAssertNil(reply.object["data"])
    }

    func testValidationMessages() async throws {
        let cases: [([String: Any], String)] = [
            (["type": "gif", "message": "x"], "Type must be one of: text, image, video, audio"),
            (["message": "x"], "Type must be one of: text, image, video, audio"),
            (["type": "text"], "Message is required"),
            (["type": "video", "message": "x"], "MediaURL is required for type: video"),
            (["type": "audio", "mediaUrl": "not a url"], "Failed to download media from URL"),
            (["type": "text", "message": 12], "Invalid request body: json: cannot unmarshal number into Go struct field SendStatusRequest.message of type string"),
            (["type": "audio", "mediaUrl": "https://a.b/v.ogg", "isVoice": "yes"], "Invalid request body: json: cannot unmarshal string into Go struct field SendStatusRequest.isVoice of type bool"),
        ]
        for (body, expected) in cases {
            let reply = try await client.postJSON(path, body, headers: Fixture.ryzeHeaders)
            XCTAssertEqual(reply.status, 400, "\(body)")
            XCTAssertEqual(errorMessage(reply), expected)
        }
        let malformed = try await client.send(
            "POST", path, headers: Fixture.ryzeHeaders.merging(["Content-Type": "application/json"]) { $1 },
            body: Data("{type: 1}".utf8))
        XCTAssertEqual(malformed.status, 400)
        XCTAssertEqual(errorMessage(malformed), "Invalid request body: Request body is not valid JSON")
    }

    func testAuthErrors() async throws {
        let missing = try await client.postJSON(path, ["type": "text", "message": "x"])
        XCTAssertEqual(missing.status, 401)
        XCTAssertEqual(errorMessage(missing), "Missing token in header")
        let wrong = try await client.postJSON(path, ["type": "text", "message": "x"], headers: ["token": "nope"])
        XCTAssertEqual(wrong.status, 401)
        XCTAssertEqual(errorMessage(wrong), "Invalid token")
        let unknown = try await client.postJSON(
            "/api/message/status/other", ["type": "text", "message": "x"], headers: Fixture.ryzeHeaders)
        XCTAssertEqual(unknown.status, 404)
        XCTAssertEqual(errorMessage(unknown), "Instance not found")
    }

    func testEveryResponseCarriesRateHeaders() async throws {
        let first = try await client.postJSON(path, ["type": "text", "message": "x"], headers: Fixture.ryzeHeaders)
        let failed = try await client.postJSON(path, ["type": "text"], headers: Fixture.ryzeHeaders)
        for (reply, remaining) in [(first, "99"), (failed, "98")] {
            XCTAssertEqual(reply.header("X-RateLimit-Limit"), "100")
            XCTAssertEqual(reply.header("X-RateLimit-Remaining"), remaining)
            let reset = try XCTUnwrap(Int(reply.header("X-RateLimit-Reset") ?? ""))
            let now = Int(Date().timeIntervalSince1970)
            XCTAssertTrue((now...(now + 61)).contains(reset), "reset \(reset) now \(now)")
        }
    }

    func testMoreThanOneHundredRequestsPerMinuteAreRejected() async throws {
        for _ in 0..<100 {
            let reply = try await client.postJSON(path, ["type": "text"], headers: Fixture.ryzeHeaders)
            XCTAssertEqual(reply.status, 400)
        }
        let limited = try await client.postJSON(path, ["type": "text", "message": "x"], headers: Fixture.ryzeHeaders)
        XCTAssertEqual(limited.status, 429)
        XCTAssertEqual(errorMessage(limited), "Rate limit exceeded. Try again later.")
        XCTAssertEqual(limited.header("X-RateLimit-Remaining"), "0")
        XCTAssertNotNil(limited.header("Retry-After"))
    }

    func testDeleteMessage() async throws {
        let sent = try await client.postJSON(path, ["type": "text", "message": "x"], headers: Fixture.ryzeHeaders)
        let id = try XCTUnwrap((sent.object["data"] as? [String: Any])?["messageId"] as? String)
        let deleted = try await client.postJSON(
            "/api/chat/delete/shop", ["messageId": id, "deleteForEveryone": true], headers: Fixture.ryzeHeaders,
            method: "DELETE")
        XCTAssertEqual(deleted.status, 200, deleted.text)
        let data = deleted.object["data"] as? [String: Any]
        XCTAssertEqual(data?["messageId"] as? String, id)
        XCTAssertEqual(data?["delete_type"] as? String, "revoke")
        let again = try await client.postJSON(
            "/api/chat/delete/shop", ["messageId": id], headers: Fixture.ryzeHeaders, method: "DELETE")
        XCTAssertEqual(again.status, 404)
        XCTAssertEqual(errorMessage(again), "message not found")
    }
}
