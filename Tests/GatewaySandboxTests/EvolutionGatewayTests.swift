import Foundation
import GatewaySandbox
import XCTest

final class EvolutionGatewayTests: SandboxTestCase {
    private let path = "/message/sendStatus/evo"
    private let audience = ["5511999999999@s.whatsapp.net"]

    private func messages(_ reply: HTTPResult) -> [Any] {
        (reply.object["response"] as? [String: Any])?["message"] as? [Any] ?? []
    }

    func testTextStatusAnswers201WithMessageKey() async throws {
        let reply = try await client.postJSON(
            path, ["type": "text", "content": "Hello", "backgroundColor": "#008000", "font": 1, "statusJidList": audience],
            headers: Fixture.evolutionHeaders)
        XCTAssertEqual(reply.status, 201, reply.text)
        XCTAssertTrue(reply.header("Content-Type")?.hasPrefix("application/json") ?? false)
        let key = try XCTUnwrap(reply.object["key"] as? [String: Any])
        XCTAssertEqual(key["remoteJid"] as? String, "status@broadcast")
        XCTAssertEqual(key["fromMe"] as? Bool, true)
        let id = try XCTUnwrap(key["id"] as? String)
        XCTAssertTrue(id.hasPrefix("BAE5") && isUppercaseHex(String(id.dropFirst(4)), count: 12), id)
        XCTAssertEqual(reply.object["status"] as? String, "PENDING")
        XCTAssertEqual(reply.object["messageType"] as? String, "conversation")
        XCTAssertNotNil(reply.object["messageTimestamp"] as? Int)

        let second = try await client.postJSON(
            path, ["type": "image", "content": "https://example.com/a.jpg", "caption": "c", "allContacts": true],
            headers: Fixture.evolutionHeaders)
        XCTAssertEqual(second.status, 201, second.text)
        XCTAssertEqual(second.object["messageType"] as? String, "imageMessage")
        XCTAssertNotEqual((second.object["key"] as? [String: Any])?["id"] as? String, id)
    }

    func testRuntimeRulesInOrder() async throws {
        let cases: [([String: Any], String)] = [
            (["type": "text", "statusJidList": audience], "Content is required"),
            (["type": "text", "content": "x"], "StatusJidList is required"),
            (["type": "text", "content": "x", "statusJidList": audience], "Background color is required"),
            (["type": "text", "content": "x", "statusJidList": audience, "backgroundColor": "#000000"], "Font is required"),
            (["type": "text", "content": "x", "statusJidList": audience, "backgroundColor": "#000000", "font": 0], "Font is required"),
        ]
        for (body, expected) in cases {
            let reply = try await client.postJSON(path, body, headers: Fixture.evolutionHeaders)
            XCTAssertEqual(reply.status, 400, "\(body)")
            XCTAssertEqual(reply.object["status"] as? Int, 400)
            XCTAssertEqual(reply.object["error"] as? String, "Bad Request")
            XCTAssertEqual(messages(reply) as? [String], [expected])
        }
        let videoByPath = try await client.postJSON(
            path, ["type": "video", "content": "clip.mp4", "statusJidList": audience], headers: Fixture.evolutionHeaders)
        XCTAssertEqual(videoByPath.status, 400)
        let audioBase64 = try await client.postJSON(
            path, ["type": "audio", "content": Data([1, 2, 3, 4, 5, 6]).base64EncodedString(), "statusJidList": audience],
            headers: Fixture.evolutionHeaders)
        XCTAssertEqual(audioBase64.status, 201, audioBase64.text)
        XCTAssertEqual(audioBase64.object["messageType"] as? String, "audioMessage")
    }

    func testSchemaErrorsAreListedTogether() async throws {
        let reply = try await client.postJSON(
            path, ["type": "story", "font": 9, "statusJidList": ["abc"]], headers: Fixture.evolutionHeaders)
        XCTAssertEqual(reply.status, 400)
        let list = try XCTUnwrap(messages(reply).first as? [String], reply.text)
        XCTAssertEqual(
            list,
            [
                "type is not one of enum values: text,image,audio,video",
                "font must be less than or equal to 5",
                "\"statusJidList\" must be an array of numeric strings",
            ])
        let missingType = try await client.postJSON(path, ["content": "x"], headers: Fixture.evolutionHeaders)
        XCTAssertEqual(messages(missingType).first as? [String], ["instance requires property \"type\""])
    }

    func testMalformedJSONKeepsExpressErrorShape() async throws {
        let reply = try await client.send(
            "POST", path, headers: Fixture.evolutionHeaders.merging(["Content-Type": "application/json"]) { $1 },
            body: Data(#"{"type": "text""#.utf8))
        XCTAssertEqual(reply.status, 400)
        XCTAssertEqual(reply.object["status"] as? Int, 400)
        let response = reply.object["response"] as? [String: Any]
        XCTAssertEqual(response?["message"] as? String, "Request body is not valid JSON")
    }

    func testAuthAndInstanceErrors() async throws {
        let body: [String: Any] = ["type": "text", "content": "x"]
        let missingKey = try await client.postJSON(path, body)
        XCTAssertEqual(missingKey.status, 401)
        XCTAssertEqual((missingKey.object["response"] as? [String: Any])?["message"] as? String, "Unauthorized")
        let wrongKey = try await client.postJSON(path, body, headers: ["apikey": "nope"])
        XCTAssertEqual(wrongKey.status, 401)
        XCTAssertEqual(wrongKey.object["error"] as? String, "Unauthorized")
        let unknown = try await client.postJSON("/message/sendStatus/ghost", body, headers: Fixture.evolutionHeaders)
        XCTAssertEqual(unknown.status, 404)
        XCTAssertEqual(messages(unknown) as? [String], ["The \"ghost\" instance does not exist"])
    }

    func testDeleteForEveryone() async throws {
        let sent = try await client.postJSON(
            path, ["type": "text", "content": "x", "backgroundColor": "#000000", "font": 2, "statusJidList": audience],
            headers: Fixture.evolutionHeaders)
        let id = try XCTUnwrap((sent.object["key"] as? [String: Any])?["id"] as? String)
        let body: [String: Any] = ["id": id, "remoteJid": "status@broadcast", "fromMe": true]
        let deleted = try await client.postJSON(
            "/chat/deleteMessageForEveryone/evo", body, headers: Fixture.evolutionHeaders, method: "DELETE")
        XCTAssertEqual(deleted.status, 201, deleted.text)
        XCTAssertEqual((deleted.object["key"] as? [String: Any])?["id"] as? String, id)
        XCTAssertEqual(deleted.object["status"] as? String, "PENDING")
        let again = try await client.postJSON(
            "/chat/deleteMessageForEveryone/evo", body, headers: Fixture.evolutionHeaders, method: "DELETE")
        XCTAssertEqual(again.status, 400)
    }

    func testConnectionState() async throws {
        let open = try await client.send("GET", "/instance/connectionState/evo", headers: Fixture.evolutionHeaders)
        XCTAssertEqual((open.object["instance"] as? [String: Any])?["state"] as? String, "open")
        server.inject(.disconnected, instance: "evo", count: 1)
        let closed = try await client.send("GET", "/instance/connectionState/evo", headers: Fixture.evolutionHeaders)
        XCTAssertEqual((closed.object["instance"] as? [String: Any])?["state"] as? String, "close")
    }
}
