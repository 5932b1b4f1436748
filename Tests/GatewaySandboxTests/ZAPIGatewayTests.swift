import Foundation
import GatewaySandbox
import XCTest

final class ZAPIGatewayTests: SandboxTestCase {
    func testTextStatusReturnsFreshIds() async throws {
        let first = try await client.postJSON(
            Fixture.zapiBase + "/send-text-status", ["message": "Bom dia"], headers: Fixture.zapiHeaders)
        let second = try await client.postJSON(
            Fixture.zapiBase + "/send-text-status", ["message": "Boa noite"], headers: Fixture.zapiHeaders)
        XCTAssertEqual(first.status, 200)
        XCTAssertTrue(first.header("Content-Type")?.hasPrefix("application/json") ?? false)
        let zaapId = try XCTUnwrap(first.object["zaapId"] as? String)
        let messageId = try XCTUnwrap(first.object["messageId"] as? String)
        XCTAssertTrue(isUppercaseHex(zaapId, count: 32), zaapId)
        XCTAssertTrue(isUppercaseHex(messageId, count: 20), messageId)
        XCTAssertNil(first.object["id"], "status routes answer only zaapId and messageId")
        XCTAssertNotEqual(messageId, second.object["messageId"] as? String)
        XCTAssertNotEqual(zaapId, second.object["zaapId"] as? String)
    }

    func testImageAndVideoStatusAcceptLinksAndDataURIs() async throws {
        let png = "data:image/png;base64," + Data([0x89, 0x50, 0x4E, 0x47]).base64EncodedString()
        for body in [["image": "https://example.com/a.png", "caption": "hi"], ["image": png]] {
            let reply = try await client.postJSON(Fixture.zapiBase + "/send-image-status", body, headers: Fixture.zapiHeaders)
            XCTAssertEqual(reply.status, 200, reply.text)
        }
        let video = try await client.postJSON(
            Fixture.zapiBase + "/send-video-status", ["video": "https://example.com/v.mp4", "caption": "c"],
            headers: Fixture.zapiHeaders)
        XCTAssertEqual(video.status, 200, video.text)
    }

    func testMediaValidation() async throws {
        let rawBase64 = try await client.postJSON(
            Fixture.zapiBase + "/send-image-status", ["image": Data([1, 2, 3, 4]).base64EncodedString()],
            headers: Fixture.zapiHeaders)
        XCTAssertEqual(rawBase64.status, 400)
        XCTAssertNotNil(rawBase64.object["error"] as? String)

        let oversized = "data:video/mp4;base64," + Data(count: 10 * 1024 * 1024 + 1).base64EncodedString()
        let tooBig = try await postVideo(oversized)
        XCTAssertEqual(tooBig.status, 400)
        XCTAssertTrue((tooBig.object["error"] as? String ?? "").contains("10 MB"), tooBig.text)

        let exactLimit = "data:video/mp4;base64," + Data(count: 10 * 1024 * 1024).base64EncodedString()
        let fits = try await postVideo(exactLimit)
        XCTAssertEqual(fits.status, 200)
    }

    /// Posts a video status with the body built by hand (JSONSerialization is slow on megabytes).
    private func postVideo(_ video: String) async throws -> HTTPResult {
        try await client.send(
            "POST", Fixture.zapiBase + "/send-video-status",
            headers: Fixture.zapiHeaders.merging(["Content-Type": "application/json"]) { $1 },
            body: Data(#"{"video":"\#(video)"}"#.utf8))
    }

    func testTextStatusValidation() async throws {
        for body: [String: Any] in [[:], ["message": ""], ["message": 5]] {
            let reply = try await client.postJSON(Fixture.zapiBase + "/send-text-status", body, headers: Fixture.zapiHeaders)
            XCTAssertEqual(reply.status, 400, "\(body)")
            XCTAssertNotNil(reply.object["error"] as? String)
        }
        let extraFieldsIgnored = try await client.postJSON(
            Fixture.zapiBase + "/send-text-status", ["message": "x", "backgroundColor": "#000000"],
            headers: Fixture.zapiHeaders)
        XCTAssertEqual(extraFieldsIgnored.status, 200)
    }

    func testSendImageToChatAnswersWithCompatibilityId() async throws {
        let reply = try await client.postJSON(
            Fixture.zapiBase + "/send-image",
            ["phone": "5511999999999", "image": "https://example.com/a.png", "caption": "Logo", "viewOnce": false,
             "delayMessage": 5],
            headers: Fixture.zapiHeaders)
        XCTAssertEqual(reply.status, 200, reply.text)
        XCTAssertEqual(reply.object["id"] as? String, reply.object["messageId"] as? String)

        let group = try await client.postJSON(
            Fixture.zapiBase + "/send-image", ["phone": "120363019502650977-group", "image": "https://example.com/a.png"],
            headers: Fixture.zapiHeaders)
        XCTAssertEqual(group.status, 200, group.text)

        for body: [String: Any] in [
            ["phone": "+55 11 99999-9999", "image": "https://example.com/a.png"],
            ["phone": "5511999999999", "image": "https://example.com/a.png", "delayMessage": 16],
            ["phone": "5511999999999", "image": "https://example.com/a.png", "viewOnce": "yes"],
        ] {
            let reply = try await client.postJSON(Fixture.zapiBase + "/send-image", body, headers: Fixture.zapiHeaders)
            XCTAssertEqual(reply.status, 400, "\(body)")
        }
    }

    func testAuthFailures() async throws {
        let wrongToken = try await client.postJSON(
            "/instances/ZINST/token/nope/send-text-status", ["message": "x"], headers: Fixture.zapiHeaders)
        XCTAssertEqual(wrongToken.status, 401)
        XCTAssertEqual(wrongToken.object["error"] as? String, "Invalid instance or token")

        let unknownInstance = try await client.postJSON(
            "/instances/NOPE/token/ztoken/send-text-status", ["message": "x"], headers: Fixture.zapiHeaders)
        XCTAssertEqual(unknownInstance.status, 401)

        let missingClientToken = try await client.postJSON(Fixture.zapiBase + "/send-text-status", ["message": "x"])
        XCTAssertEqual(missingClientToken.status, 400)
        XCTAssertEqual(missingClientToken.object["error"] as? String, "null not allowed")

        let wrongClientToken = try await client.postJSON(
            Fixture.zapiBase + "/send-text-status", ["message": "x"], headers: ["Client-Token": "other"])
        XCTAssertEqual(wrongClientToken.status, 403)
        XCTAssertEqual(wrongClientToken.object["error"] as? String, "Client-Token not allowed")

        let noClientTokenConfigured = try await client.postJSON(
            "/instances/ZOPEN/token/ztoken2/send-text-status", ["message": "x"])
        XCTAssertEqual(noClientTokenConfigured.status, 200)
    }

    func testWrongContentTypeIs415() async throws {
        let reply = try await client.send(
            "POST", Fixture.zapiBase + "/send-text-status",
            headers: Fixture.zapiHeaders.merging(["Content-Type": "text/plain"]) { $1 },
            body: Data(#"{"message":"x"}"#.utf8))
        XCTAssertEqual(reply.status, 415)
        XCTAssertNotNil(reply.object["error"] as? String)

        let connection = try RawHTTPConnection(port: server.port)
        let body = #"{"message":"x"}"#
        connection.send(
            "POST \(Fixture.zapiBase)/send-text-status HTTP/1.1\r\nHost: 127.0.0.1\r\nClient-Token: client-secret\r\n"
                + "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)")
        XCTAssertEqual(connection.readUntilClosed(timeout: 5).status, 415)
    }

    func testWrongVerbIs405AndUnknownMethodIs404() async throws {
        let get = try await client.send("GET", Fixture.zapiBase + "/send-text-status", headers: Fixture.zapiHeaders)
        XCTAssertEqual(get.status, 405)
        XCTAssertNotNil(get.object["error"] as? String)
        let unknown = try await client.postJSON(Fixture.zapiBase + "/send-audio-status", ["x": 1], headers: Fixture.zapiHeaders)
        XCTAssertEqual(unknown.status, 404)
    }

    func testConnectionStatusAndDelete() async throws {
        let status = try await client.send("GET", Fixture.zapiBase + "/status", headers: Fixture.zapiHeaders)
        XCTAssertEqual(status.status, 200)
        XCTAssertEqual(status.object["connected"] as? Bool, true)
        XCTAssertEqual(status.object["smartphoneConnected"] as? Bool, true)
        XCTAssertTrue(status.object["error"] is NSNull)

        let sent = try await client.postJSON(Fixture.zapiBase + "/send-text-status", ["message": "x"], headers: Fixture.zapiHeaders)
        let messageId = try XCTUnwrap(sent.object["messageId"] as? String)
        let path = Fixture.zapiBase + "/messages?messageId=\(messageId)&phone=5511999999999&owner=true"
        let deleted = try await client.send("DELETE", path, headers: Fixture.zapiHeaders)
        XCTAssertEqual(deleted.status, 204)
        let again = try await client.send("DELETE", path, headers: Fixture.zapiHeaders)
        XCTAssertEqual(again.status, 404)
        XCTAssertEqual(again.object["error"] as? String, "Message not found")
    }
}
