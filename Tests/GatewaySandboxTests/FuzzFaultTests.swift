import Foundation
import GatewaySandbox
import XCTest

/// The faults that feed clients junk: seeded bodies, wrong types, huge, trickled and stalled
/// answers, and a normal answer under the wrong content type.
final class FuzzFaultTests: SandboxTestCase {
    private func postRyze() async throws -> HTTPResult {
        try await client.postJSON("/api/message/status/shop", ["type": "text", "message": "x"], headers: Fixture.ryzeHeaders)
    }

    private func answer(to fault: SandboxFault) async throws -> HTTPResult {
        server.inject(fault, count: 1)
        return try await postRyze()
    }

    func testRandomBytesAndRandomStatusRepeatForTheSameSeed() async throws {
        let first = try await answer(to: .randomBytes(seed: 3, length: 300))
        let again = try await answer(to: .randomBytes(seed: 3, length: 300))
        let other = try await answer(to: .randomBytes(seed: 4, length: 300))
        XCTAssertEqual(first.status, 200)
        XCTAssertTrue(first.header("Content-Type")?.hasPrefix("application/json") ?? false)
        XCTAssertEqual(first.body.count, 300)
        XCTAssertEqual(first.body, again.body)
        XCTAssertNotEqual(first.body, other.body)

        var statuses: Set<Int> = []
        for seed in 1...40 as ClosedRange<UInt64> {
            let reply = try await answer(to: .randomStatus(seed: seed))
            let repeated = try await answer(to: .randomStatus(seed: seed))
            XCTAssertEqual(reply.status, repeated.status)
            XCTAssertNotEqual(reply.status, 429, "a 429 would be retried, not read")
            statuses.insert(reply.status / 100)
        }
        XCTAssertEqual(statuses, [2, 3, 4, 5], "every class of status comes up")
    }

    func testWrongTypesNeverCarryAStringId() async throws {
        for seed in 1...20 as ClosedRange<UInt64> {
            let reply = try await answer(to: .wrongTypes(seed: seed))
            XCTAssertEqual(reply.status, 200)
            let object = try XCTUnwrap(reply.json as? [String: Any], reply.text)
            for field in ["messageId", "idMessage", "id", "zaapId"] {
                let id = object[field] as? String
                XCTAssertTrue(id == nil || id == "", "\(field) in \(reply.text)")
            }
        }
    }

    func testWrongContentTypeKeepsTheNormalAnswer() async throws {
        let reply = try await answer(to: .wrongContentType)
        XCTAssertEqual(reply.status, 200)
        XCTAssertTrue(reply.header("Content-Type")?.hasPrefix("text/html") ?? false)
        let data = try XCTUnwrap(reply.object["data"] as? [String: Any], reply.text)
        XCTAssertNotNil(data["messageId"] as? String)
    }

    func testHugeBodyIsStreamedWhole() async throws {
        server.inject(.hugeBody(megabytes: 2), count: 1)
        let reply = try rawRyzeRequest().readUntil(containing: "\"}\r\n0\r\n\r\n", timeout: 10)
        XCTAssertEqual(reply.status, 200)
        XCTAssertGreaterThan(reply.body.count, 2 * 1024 * 1024)
    }

    func testTrickleAndStallKeepTheConnectionOpenUntilShutdown() async throws {
        server.inject(.trickle(milliseconds: 20), count: 1)
        let trickling = try rawRyzeRequest()
        let start = trickling.readUntil(containing: "{  ", timeout: 5)
        XCTAssertEqual(start.status, 200)
        XCTAssertFalse(start.closedByPeer)

        server.inject(.stalledBody, count: 1)
        let stalled = try rawRyzeRequest()
        let part = stalled.readUntil(containing: "3EB0", timeout: 5)
        XCTAssertEqual(part.status, 200)
        let promised = try XCTUnwrap(Int(part.header("Content-Length") ?? ""))
        XCTAssertLessThan(part.body.count, promised)
        XCTAssertFalse(stalled.readUntilClosed(timeout: 0.3).closedByPeer, "a stalled body is neither finished nor closed")

        let shutdownStart = Date()
        await server.shutdown()
        XCTAssertLessThan(Date().timeIntervalSince(shutdownStart), 3)
        XCTAssertTrue(trickling.readUntilClosed(timeout: 5).closedByPeer)
        XCTAssertTrue(stalled.readUntilClosed(timeout: 5).closedByPeer)
    }
}
