import Foundation
import GatewaySandbox
import XCTest

final class FaultInjectionTests: SandboxTestCase {
    private let ryzePath = "/api/message/status/shop"
    private let ryzeBody: [String: Any] = ["type": "text", "message": "x"]

    private func postRyze(_ client: TestHTTPClient? = nil) async throws -> HTTPResult {
        try await (client ?? self.client).postJSON(ryzePath, ryzeBody, headers: Fixture.ryzeHeaders)
    }

    func testLatencyDelaysANormalAnswer() async throws {
        server.inject(.latency(milliseconds: 300), count: 1)
        let start = Date()
        let reply = try await postRyze()
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(start), 0.3)
        XCTAssertEqual(reply.status, 200)
    }

    func testHangLetsTheClientTimeOutAndShutdownStillCompletes() async throws {
        server.inject(.hang)
        var impatient = client!
        impatient.timeout = 1
        let start = Date()
        do {
            _ = try await postRyze(impatient)
            XCTFail("a hung request must not be answered")
        } catch {
            let waited = Date().timeIntervalSince(start)
            XCTAssertGreaterThanOrEqual(waited, 0.9, "the server must not have answered or closed: \(error)")
            XCTAssertLessThan(waited, 4, "the client's own timeout ends the wait")
        }
        XCTAssertEqual(server.recordedRequests().count, 1)
        // A second hung request is still in flight when the server shuts down.
        let connection = try rawRyzeRequest()
        let pending = Task.detached { connection.readUntilClosed(timeout: 8) }
        let server = self.server!
        try await waitUntil { server.recordedRequests().count == 2 }
        let shutdownStart = Date()
        await server.shutdown()
        XCTAssertLessThan(Date().timeIntervalSince(shutdownStart), 3)
        let reply = await pending.value
        XCTAssertTrue(reply.closedByPeer)
        XCTAssertTrue(reply.bytes.isEmpty, "no response was ever written")
    }

    func testDropClosesTheConnectionWithoutAResponse() async throws {
        server.inject(.dropConnection, count: 1)
        let reply = try rawRyzeRequest().readUntilClosed(timeout: 5)
        XCTAssertTrue(reply.closedByPeer)
        XCTAssertTrue(reply.bytes.isEmpty, reply.text)

        server.inject(.dropConnection, count: 1)
        do {
            _ = try await postRyze()
            XCTFail("the client must see the connection close")
        } catch {}
        // The fault was count-limited: the next request is answered.
        let normal = try await postRyze()
        XCTAssertEqual(normal.status, 200)
    }

    func testTruncatedBodyEndsBeforeContentLength() async throws {
        server.inject(.truncatedBody, count: 1)
        let reply = try rawRyzeRequest().readUntilClosed(timeout: 5)
        XCTAssertTrue(reply.closedByPeer)
        XCTAssertEqual(reply.status, 200)
        XCTAssertTrue(reply.header("Content-Type")?.hasPrefix("application/json") ?? false)
        let promised = try XCTUnwrap(Int(reply.header("Content-Length") ?? ""))
        XCTAssertGreaterThan(reply.body.count, 0)
        XCTAssertLessThan(reply.body.count, promised)
        XCTAssertNil(try? JSONSerialization.jsonObject(with: Data(reply.body)))

        server.inject(.truncatedBody, count: 1)
        do {
            let partial = try await postRyze()
            XCTAssertNil(partial.json, "a truncated body must not parse")
        } catch {
            // URLSession reports the short body as an error, which is just as good.
        }
    }

    func testNonJSONBodyIsHTML() async throws {
        server.inject(.nonJSONBody, count: 1)
        let reply = try await postRyze()
        XCTAssertEqual(reply.status, 200)
        XCTAssertTrue(reply.header("Content-Type")?.hasPrefix("text/html") ?? false)
        XCTAssertNil(reply.json)
        XCTAssertTrue(reply.text.contains("<html>"))
    }

    func testTooManyRequestsUsesEachGatewaysShapeAndRetryAfter() async throws {
        server.inject(.tooManyRequests(retryAfterSeconds: 7))
        let zapi = try await client.postJSON(
            Fixture.zapiBase + "/send-text-status", ["message": "x"], headers: Fixture.zapiHeaders)
        let green = try await client.postJSON("\(Fixture.greenBase)/sendTextStatus/gtoken", ["message": "x"])
        let ryze = try await postRyze()
        let evolution = try await client.postJSON("/message/sendStatus/evo", ["type": "text"], headers: Fixture.evolutionHeaders)
        let sandbox = try await client.postJSON("/sandbox/demo/status", ["type": "text"], headers: Fixture.sandboxHeaders)
        for reply in [zapi, green, ryze, evolution, sandbox] {
            XCTAssertEqual(reply.status, 429)
            XCTAssertEqual(reply.header("Retry-After"), "7")
        }
        XCTAssertNotNil(zapi.object["error"] as? String)
        XCTAssertEqual(green.text, "Too Many Requests")
        XCTAssertEqual((ryze.object["error"] as? [String: Any])?["message"] as? String, "Rate limit exceeded. Try again later.")
        XCTAssertEqual(ryze.header("X-RateLimit-Limit"), "100")
        XCTAssertEqual(evolution.object["status"] as? Int, 429)
        XCTAssertNotNil(sandbox.object["error"] as? String)
    }

    func testServerErrorAndDisconnected() async throws {
        server.inject(.serverError, count: 1)
        let failed = try await postRyze()
        XCTAssertEqual(failed.status, 500)
        XCTAssertEqual(failed.object["success"] as? Bool, false)

        server.inject(.disconnected, count: 1)
        let offline = try await postRyze()
        XCTAssertEqual(offline.status, 503)
        XCTAssertEqual((offline.object["error"] as? [String: Any])?["message"] as? String, "Instance is not connected to WhatsApp")

        server.inject(.disconnected, count: 2)
        let evolution = try await client.postJSON("/message/sendStatus/evo", ["type": "text"], headers: Fixture.evolutionHeaders)
        XCTAssertEqual(evolution.status, 503)
        XCTAssertEqual(evolution.object["status"] as? Int, 503)
        let zapiState = try await client.send("GET", Fixture.zapiBase + "/status", headers: Fixture.zapiHeaders)
        XCTAssertEqual(zapiState.object["connected"] as? Bool, false)
    }

    func testCountLimitedFaultsAndInstanceScope() async throws {
        server.inject(.serverError, instance: "shop", count: 2)
        let other = try await client.postJSON("/sandbox/demo/status", ["type": "text", "text": "x"], headers: Fixture.sandboxHeaders)
        XCTAssertEqual(other.status, 200, "another instance is not affected")
        let statuses = [try await postRyze().status, try await postRyze().status, try await postRyze().status]
        XCTAssertEqual(statuses, [500, 500, 200])
    }

    func testFaultsApplyInInjectionOrderAndClear() async throws {
        server.inject(.serverError, count: 1)
        server.inject(.tooManyRequests(retryAfterSeconds: 1), count: 1)
        server.inject(.disconnected)
        let statuses = [try await postRyze().status, try await postRyze().status, try await postRyze().status]
        XCTAssertEqual(statuses, [500, 429, 503])
        server.clearFaults()
        let reply1 = try await postRyze()
        XCTAssertEqual(reply1.status, 200)
    }
}

/// Polls `condition` every 10 ms until it holds, failing after `timeout`.
func waitUntil(timeout: TimeInterval = 5, _ condition: @escaping @Sendable () -> Bool) async throws {
    let deadline = Date().addingTimeInterval(timeout)
    while !condition() {
        guard Date() < deadline else {
            XCTFail("condition not met within \(timeout) s")
            return
        }
        try await Task.sleep(for: .milliseconds(10))
    }
}
