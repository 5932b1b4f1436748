import Foundation
import GatewaySandbox
import XCTest

/// Wrong verbs and unknown paths get each gateway's own answer, not the router's bare 404.
final class RoutingTests: SandboxTestCase {
    func testWrongVerbsAndUnknownPathsUnderEachGateway() async throws {
        let zapi = try await client.send("POST", Fixture.zapiBase + "/send-text-status/extra", headers: Fixture.zapiHeaders)
        XCTAssertEqual(zapi.status, 404)
        XCTAssertEqual(zapi.object["error"] as? String, "Not Found")

        let greenVerb = try await client.send("GET", "\(Fixture.greenBase)/sendTextStatus/gtoken")
        let greenDeep = try await client.send("POST", "\(Fixture.greenBase)/sendTextStatus/gtoken/more")
        let greenShort = try await client.send("POST", "\(Fixture.greenBase)/sendTextStatus")
        let media = try await client.send("GET", "/media/somekey")
        for reply in [greenVerb, greenDeep, greenShort, media] {
            XCTAssertEqual(reply.status, 404)
            XCTAssertEqual(reply.text, "Not Found")
        }
        let preflight = try await client.send("OPTIONS", "\(Fixture.greenBase)/sendTextStatus/gtoken")
        XCTAssertEqual(preflight.status, 204)

        let ryzeVerb = try await client.send("GET", "/api/message/status/shop", headers: Fixture.ryzeHeaders)
        XCTAssertEqual(ryzeVerb.status, 405)
        XCTAssertEqual(ryzeVerb.header("X-RateLimit-Remaining"), "99")
        let ryzeUnknown = try await client.send("POST", "/api/message/poll/shop", headers: Fixture.ryzeHeaders)
        XCTAssertEqual(ryzeUnknown.status, 404)
        XCTAssertEqual((ryzeUnknown.object["error"] as? [String: Any])?["message"] as? String, "Route not found")
        XCTAssertEqual(ryzeUnknown.header("X-RateLimit-Remaining"), "98")

        let evolution = try await client.send("GET", "/message/sendStatus/evo?x=1", headers: Fixture.evolutionHeaders)
        XCTAssertEqual(evolution.status, 404)
        let messages = (evolution.object["response"] as? [String: Any])?["message"] as? [String]
        XCTAssertEqual(messages, ["Cannot GET /message/sendStatus/evo?x=1"])

        let sandboxVerb = try await client.send("GET", "/sandbox/demo/status", headers: Fixture.sandboxHeaders)
        XCTAssertEqual(sandboxVerb.status, 405)
        XCTAssertEqual(sandboxVerb.header("Allow"), "POST")
        let sandboxUnknown = try await client.send("POST", "/sandbox/demo/story", headers: Fixture.sandboxHeaders)
        XCTAssertEqual(sandboxUnknown.status, 404)
        XCTAssertNotNil(sandboxUnknown.object["error"] as? String)
    }

    func testPathsNoGatewayOwnsAndControlRoutes() async throws {
        let root = try await client.send("GET", "/")
        XCTAssertEqual(root.status, 404)
        XCTAssertEqual(root.object["error"] as? String, "No gateway route for GET /")
        let controlVerb = try await client.send("PUT", "/_sandbox/faults")
        XCTAssertEqual(controlVerb.status, 405)
        let controlUnknown = try await client.send("GET", "/_sandbox/nothing")
        XCTAssertEqual(controlUnknown.status, 404)
        XCTAssertEqual(controlUnknown.object["error"] as? String, "Unknown control route /_sandbox/nothing")
        XCTAssertEqual(server.recordedRequests().map(\.path), ["/"], "control requests are not recorded")
    }

    func testPathParametersArePercentDecodedAndScopeFaults() async throws {
        let encoded = try await client.postJSON(
            "/sandbox/de%6Do/status", ["type": "text", "text": "x"], headers: Fixture.sandboxHeaders)
        XCTAssertEqual(encoded.status, 200, encoded.text)

        server.inject(.serverError, instance: "demo", count: 1)
        let unknownPath = try await client.send("GET", "/sandbox/demo/story")
        XCTAssertEqual(unknownPath.status, 500, "a fault scoped to an instance reaches its unknown paths too")
    }
}
