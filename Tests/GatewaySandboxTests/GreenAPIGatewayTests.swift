import Foundation
import GatewaySandbox
import XCTest

final class GreenAPIGatewayTests: SandboxTestCase {
    private func path(_ method: String, token: String = "gtoken") -> String {
        "\(Fixture.greenBase)/\(method)/\(token)"
    }

    func testSendMethodsReturnFreshIdMessage() async throws {
        let text = try await client.postJSON(
            path("sendTextStatus"),
            ["message": "Olá 👋", "backgroundColor": "#228B22", "font": "SERIF", "participants": ["70000001234@c.us"]])
        let media = try await client.postJSON(
            path("sendMediaStatus"),
            ["urlFile": "https://my.site.com/img/horse.png", "fileName": "horse.png", "caption": "Little horse"])
        let voice = try await client.postJSON(
            path("sendVoiceStatus"), ["urlFile": "https://my.site.com/a.mp3", "fileName": "a.mp3", "backgroundColor": "#000000"])
        var ids: Set<String> = []
        for reply in [text, media, voice] {
            XCTAssertEqual(reply.status, 200, reply.text)
            XCTAssertTrue(reply.header("Content-Type")?.hasPrefix("application/json") ?? false)
            let id = try XCTUnwrap(reply.object["idMessage"] as? String)
            XCTAssertTrue(isUppercaseHex(id, count: 20), id)
            ids.insert(id)
        }
        XCTAssertEqual(ids.count, 3)
    }

    func testMethodNameCaseIsTolerated() async throws {
        let reply = try await client.postJSON(path("SendTextStatus"), ["message": "x"])
        XCTAssertEqual(reply.status, 200)
    }

    func testValidationErrorsUseValidationFailedEnvelope() async throws {
        // Ten sends in a row would trip the 5-per-second limit, which counts rejected bodies too.
        server.setRateLimitsEnforced(false)
        let cases: [(String, [String: Any], String)] = [
            ("sendTextStatus", [:], "\"message\" is required"),
            ("sendTextStatus", ["message": String(repeating: "a", count: 501)], "500"),
            ("sendTextStatus", ["message": "x", "backgroundColor": "#FFF"], "backgroundColor"),
            ("sendTextStatus", ["message": "x", "font": "COMIC_SANS"], "font"),
            ("sendTextStatus", ["message": "x", "participants": ["5511999999999@s.whatsapp.net"]], "participants[0]"),
            ("sendMediaStatus", ["urlFile": "https://a.b/horse", "fileName": "horse"], "extension"),
            ("sendMediaStatus", ["urlFile": "https://a.b/a.mp3", "fileName": "a.mp3"], "mp3"),
            ("sendMediaStatus", ["urlFile": "ftp://a.b/h.png", "fileName": "h.png"], "urlFile"),
            ("sendMediaStatus", ["urlFile": "https://a.b/h.png", "fileName": "h.png", "caption": String(repeating: "c", count: 1025)], "1024"),
            ("sendVoiceStatus", ["urlFile": "https://a.b/a.ogg", "fileName": "a.ogg"], "fileName"),
        ]
        for (method, body, fragment) in cases {
            let reply = try await client.postJSON(path(method), body)
            XCTAssertEqual(reply.status, 400, "\(method) \(body)")
            let message = reply.object["message"] as? String ?? ""
            XCTAssertTrue(message.hasPrefix("Validation failed. Details: "), message)
            XCTAssertTrue(message.contains(fragment), "\(message) should mention \(fragment)")
        }
    }

    func testTextLengthCountsCodePoints() async throws {
        // 500 code points of which many are astral (two UTF-16 units each): accepted.
        let atLimit = String(repeating: "😀", count: 250) + String(repeating: "a", count: 250)
        let accepted = try await client.postJSON(path("sendTextStatus"), ["message": atLimit])
        XCTAssertEqual(accepted.status, 200, accepted.text)
        let overLimit = try await client.postJSON(path("sendTextStatus"), ["message": atLimit + "é"])
        XCTAssertEqual(overLimit.status, 400)
    }

    func testMalformedJSONIsPlainText() async throws {
        let reply = try await client.send(
            "POST", path("sendTextStatus"), headers: ["Content-Type": "application/json"], body: Data("{\"message\": x}".utf8))
        XCTAssertEqual(reply.status, 400)
        XCTAssertEqual(reply.text, "Request body is not valid JSON")
    }

    func testAuthAndRoutingErrors() async throws {
        let wrongToken = try await client.postJSON(path("sendTextStatus", token: "nope"), ["message": "x"])
        XCTAssertEqual(wrongToken.status, 401)
        XCTAssertEqual(wrongToken.text, "Unauthorized")
        let unknownInstance = try await client.postJSON("/waInstance999/sendTextStatus/gtoken", ["message": "x"])
        XCTAssertEqual(unknownInstance.status, 403)
        XCTAssertEqual(unknownInstance.text, "Forbidden")
        let unknownMethod = try await client.postJSON(path("sendPoll"), ["message": "x"])
        XCTAssertEqual(unknownMethod.status, 404)
        XCTAssertEqual(unknownMethod.text, "Not Found")
    }

    func testDeleteStatus() async throws {
        let sent = try await client.postJSON(path("sendTextStatus"), ["message": "x"])
        let id = try XCTUnwrap(sent.object["idMessage"] as? String)
        let deleted = try await client.postJSON(path("deleteStatus"), ["idMessage": id])
        XCTAssertEqual(deleted.status, 200)
        XCTAssertTrue(deleted.body.isEmpty)
        let unknown = try await client.postJSON(path("deleteStatus"), ["idMessage": "BAE5F4886F6F2D05"])
        XCTAssertEqual(unknown.status, 400)
        XCTAssertEqual(unknown.text, "ID message notfound")
    }

    func testUploadFileThenDownloadServesSameBytes() async throws {
        let bytes = Data((0..<4096).map { UInt8($0 % 251) })
        let upload = try await client.send(
            "POST", path("uploadFile"), headers: ["Content-Type": "image/png", "GA-Filename": "horse.png"], body: bytes)
        XCTAssertEqual(upload.status, 200, upload.text)
        let link = try XCTUnwrap(upload.object["urlFile"] as? String)
        XCTAssertTrue(link.hasPrefix("http://127.0.0.1:\(server.port)/media/"), link)
        XCTAssertTrue(link.hasSuffix("/horse.png"), link)

        let download = try await client.send("GET", String(link.dropFirst(server.baseURL.count)))
        XCTAssertEqual(download.status, 200)
        XCTAssertEqual(download.header("Content-Type"), "image/png")
        XCTAssertEqual(download.body, bytes)

        // The link is usable as a status media URL.
        let status = try await client.postJSON(path("sendMediaStatus"), ["urlFile": link, "fileName": "horse.png"])
        XCTAssertEqual(status.status, 200)

        let unnamed = try await client.send(
            "POST", path("uploadFile"), headers: ["Content-Type": "audio/mpeg"], body: Data([1, 2, 3]))
        XCTAssertTrue((unnamed.object["urlFile"] as? String)?.hasSuffix(".mp3") ?? false, unnamed.text)

        let spaced = try await client.send(
            "POST", path("uploadFile"), headers: ["Content-Type": "image/png", "GA-Filename": "my horse.png"], body: bytes)
        let spacedLink = try XCTUnwrap(spaced.object["urlFile"] as? String)
        XCTAssertTrue(spacedLink.hasSuffix("/my%20horse.png"), spacedLink)
        let spacedDownload = try await client.send("GET", String(spacedLink.dropFirst(server.baseURL.count)))
        XCTAssertEqual(spacedDownload.body, bytes)

        let missing = try await client.send("GET", "/media/unknown/horse.png")
        XCTAssertEqual(missing.status, 404)
    }

    func testMoreThanFiveSendsPerSecondAreRejected() async throws {
        var statuses: [Int] = []
        for index in 0..<6 {
            statuses.append(try await client.postJSON(path("sendTextStatus"), ["message": "n\(index)"]).status)
        }
        XCTAssertEqual(Array(statuses.prefix(5)), [200, 200, 200, 200, 200])
        XCTAssertEqual(statuses.last, 429)
        let limited = try await client.postJSON(path("sendTextStatus"), ["message": "again"])
        XCTAssertEqual(limited.status, 429)
        XCTAssertEqual(limited.text, "Too Many Requests")

        // Deleting is not a send and is not limited by the send budget.
        let delete = try await client.postJSON(path("deleteStatus"), ["idMessage": "nope"])
        XCTAssertEqual(delete.status, 400)

        server.setRateLimitsEnforced(false)
        let unlimited = try await client.postJSON(path("sendTextStatus"), ["message": "free"])
        XCTAssertEqual(unlimited.status, 200)
    }
}
