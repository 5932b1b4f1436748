import Foundation
import GatewaySandbox
@testable import StatusKit
import XCTest

/// What the fuzz runs found: answers whose body stalls or trickles must still end at the
/// timeout, and nothing a gateway sends (binary, escapes, huge texts, odd ids, echoed tokens)
/// may reach a message or a receipt as it came.
final class AnswerHygieneTests: XCTestCase {
    private func response(_ status: Int, _ body: [UInt8]) -> GatewayResponse {
        GatewayResponse(status: status, headers: [("Content-Type", "application/json")], body: Data(body))
    }

    private func json(_ status: Int, _ text: String) -> GatewayResponse { response(status, Array(text.utf8)) }

    func testBodiesThatTrickleOrStallEndAtTheTimeout() async throws {
        let fixture = try await SandboxFixture.start()
        for fault in [SandboxFault.trickle(milliseconds: 50), .stalledBody] {
            fixture.server.inject(fault, count: 1)
            let started = Date()
            let outcome = await fixture.post(StatusDraft(kind: .text, text: "x"), via: .ryze, timeout: .seconds(1))
            XCTAssertEqual(outcome?.failure, .timedOut(seconds: 1), "\(fault)")
            XCTAssertLessThan(Date().timeIntervalSince(started), 2.5, "\(fault)")
        }
        fixture.server.inject(.hugeBody(megabytes: 8), count: 1)
        let huge = await fixture.post(StatusDraft(kind: .text, text: "x"), via: .ryze)
        XCTAssertEqual(huge?.failure, .unreadableAnswer(status: 200, detail: .answerTooLarge(megabytes: 4)))
        await fixture.stop()
    }

    func testBinaryBodiesAreDescribedNotShown() {
        let binary = response(200, [0x00, 0xFF, 0x1B, 0x9B, 0x41, 0x07])
        XCTAssertEqual(ZAPIGateway().receipt(from: binary).failure, .unreadableAnswer(status: 200, detail: .binaryAnswer(.zapi, bytes: 6)))
        let refused = RyzeGateway().receipt(from: response(502, [0xC3, 0x28, 0x00]))
        XCTAssertEqual(refused.failure?.message, "refused (HTTP 502): Bad Gateway, with 3 bytes of binary data instead of RyzeAPI's JSON")
    }

    func testGatewayTextLosesEscapesLineBreaksAndLength() throws {
        let escaped = json(400, #"{"error":"\u001b[2J\u001b]0;owned\u0007bad\r\n\u202Etoken  here"}"#)
        let message = try XCTUnwrap(ZAPIGateway().receipt(from: escaped).failure?.message)
        XCTAssertEqual(message, "refused (HTTP 400): [2J ]0;owned bad token here")
        let long = json(500, #"{"error":""# + String(repeating: "é", count: 5000) + #""}"#)
        let cut = try XCTUnwrap(GreenAPIGateway().receipt(from: long).failure?.message)
        XCTAssertLessThan(cut.count, 300)
        XCTAssertTrue(cut.hasSuffix("…"))
    }

    func testOnlyPlainStringsAreReceiptIds() {
        for body in [#"{"messageId":12345}"#, #"{"messageId":true}"#, #"{"messageId":["a"]}"#, #"{"messageId":{"id":"a"}}"#] {
            XCTAssertEqual(ZAPIGateway().receipt(from: json(200, body)).failure?.httpStatus, 200, body)
        }
        let escaped = ZAPIGateway().receipt(from: json(200, #"{"messageId":"\u001b[31mX"}"#))
        XCTAssertEqual(escaped.failure, .unreadableAnswer(status: 200, detail: .unusableReceiptID(.zapi, field: "messageId")))
        let long = ZAPIGateway().receipt(from: json(200, #"{"messageId":""# + String(repeating: "A", count: 5000) + #""}"#))
        XCTAssertEqual(long.failure, .unreadableAnswer(status: 200, detail: .unusableReceiptID(.zapi, field: "messageId")))
        let good = ZAPIGateway().receipt(from: json(200, #"{"zaapId":"\u0007","messageId":"D241"}"#))
        XCTAssertEqual(good.receipt?.messageId, "D241")
        XCTAssertNil(good.receipt?.zaapId, "an unusable zaapId is left out")
    }

    func testAnEchoedTokenIsMaskedBeforeAnyoneSeesIt() {
        let account = Account(name: "shop", gateway: .zapi, baseURL: URL(string: "http://127.0.0.1:9")!, instance: "I", token: Secret("sekret-token"))
        let echo = ZAPIGateway().receipt(from: json(404, #"{"error":"No route for /instances/I/token/sekret-token/send-text-status"}"#))
        let masked = echo.failure!.masking(SecretMasker(accounts: [account]))
        XCTAssertFalse(masked.message.contains("sekret-token"), masked.message)
        XCTAssertTrue(masked.message.contains("/token/\(Secret.mask)/"), masked.message)
    }
}

private extension Result {
    var failure: Failure? { if case .failure(let failure) = self { failure } else { nil } }
    var receipt: Success? { if case .success(let value) = self { value } else { nil } }
}
