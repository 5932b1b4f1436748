import Foundation
import GatewaySandbox
@testable import StatusKit
import XCTest

/// Faults and gateway errors over real HTTP become one clear `GatewayFailure`, and a request
/// that may have reached the gateway is never sent twice.
final class GatewayFailureTests: XCTestCase {
    var fixture: SandboxFixture!

    override func setUp() async throws { fixture = try await SandboxFixture.start() }
    override func tearDown() async throws { await fixture.stop() }

    private let text = StatusDraft(kind: .text, text: "Oi", color: "#1E8449", font: "serif")

    private func failure(_ gateway: GatewayKind, timeout: Duration = .seconds(5), file: StaticString = #filePath, line: UInt = #line) async -> GatewayFailure? {
        let outcome = await fixture.post(text, via: gateway, timeout: timeout, file: file, line: line)
        guard let failure = outcome?.failure else {
            XCTFail("expected a failure, got \(String(describing: outcome?.receipt))", file: file, line: line)
            return nil
        }
        return failure
    }

    func testWrongTokenIsExplainedForEveryGateway() async throws {
        for gateway in GatewayKind.allCases {
            var account = fixture.account(gateway)
            account.token = Secret("wrong-token")
            let valid = try XCTUnwrap(DraftValidator.check(text, for: gateway).valid)
            let outcome = await StatusPoster(client: fixture.client, timeout: .seconds(5)).post(valid, to: account)
            guard let failure = outcome.failure, case .refused(let status, _, _) = failure else {
                XCTFail("\(gateway): \(String(describing: outcome.failure))")
                continue
            }
            XCTAssertEqual(status, 401, "\(gateway)")
            XCTAssertFalse(failure.message.contains("wrong-token"), "\(gateway): \(failure.message)")
            let hint = failure.hint?.text(in: .english).lowercased() ?? ""
            XCTAssertTrue(hint.contains("token") || hint.contains("apikey"), "\(gateway): \(failure.message)")
        }
    }

    func testAClientThatWasShutDownSendsNothing() async throws {
        let client = GatewayHTTPClient()
        await client.shutdown()
        let valid = try XCTUnwrap(DraftValidator.check(text, for: .zapi).valid)
        let outcome = await StatusPoster(client: client, timeout: .seconds(5)).post(valid, to: fixture.account(.zapi))
        // Nothing left, so the outcome is known: not posted (a lost answer would be unknown).
        guard case .couldNotConnect(_, .cancelled)? = outcome.failure else { return XCTFail("\(String(describing: outcome.failure))") }
        XCTAssertFalse(outcome.outcomeUnknown)
        XCTAssertTrue(outcome.failure!.message.contains("nothing was sent"), outcome.failure!.message)
        XCTAssertEqual(fixture.server.recordedRequests().count, 0)
    }

    func testZAPIMissingClientTokenSaysHowToFixIt() async throws {
        await fixture.server.shutdown()
        let server = try await GatewaySandboxServer.start(credentials: [SandboxCredential(provider: .zapi, instance: "i", token: "tok-1234", clientToken: "ct-5678")])
        defer { Task { await server.shutdown() } }
        let account = Account(name: "z", gateway: .zapi, baseURL: URL(string: server.baseURL)!, instance: "i", token: Secret("tok-1234"))
        let valid = try XCTUnwrap(DraftValidator.check(text, for: .zapi).valid)
        let outcome = await StatusPoster(client: fixture.client).post(valid, to: account)
        guard case .refused(_, let reason, let hint)? = outcome.failure else { return XCTFail("\(String(describing: outcome.failure))") }
        XCTAssertTrue(reason.description.contains("null not allowed"), reason.description)
        XCTAssertEqual(hint, .zapiClientTokenEnabled)
        XCTAssertTrue(outcome.failure!.message.contains("client_token"), outcome.failure!.message)
        await server.shutdown()
    }

    func testHangTimesOutAndIsNotRetried() async throws {
        fixture.server.inject(.hang, count: 1)
        let failure = await failure(.ryze, timeout: .seconds(1))
        XCTAssertEqual(failure, .timedOut(seconds: 1))
        XCTAssertTrue(failure?.mayHavePosted ?? false)
        XCTAssertTrue(failure?.message.contains("check the phone before posting again") ?? false)
        XCTAssertEqual(fixture.server.recordedRequests().count, 1)
    }

    func testDroppedConnectionIsNotRetried() async throws {
        fixture.server.inject(.dropConnection, count: 1)
        let failure = await failure(.greenAPI)
        guard case .connectionLost? = failure else { return XCTFail("\(String(describing: failure))") }
        XCTAssertEqual(fixture.server.recordedRequests().count, 1)
    }

    func testTooManyRequestsCarriesRetryAfter() async throws {
        // Longer than the poster waits on its own: reported, not retried.
        fixture.server.inject(.tooManyRequests(retryAfterSeconds: 600), count: 1)
        let failure = await failure(.ryze)
        XCTAssertEqual(fixture.server.recordedRequests().count, 1)
        guard case .rateLimited(429, 600, _, .ryzeRateLimit)? = failure else { return XCTFail("\(String(describing: failure))") }
        XCTAssertTrue(failure!.message.contains("100 requests a minute"), failure!.message)
        XCTAssertTrue(failure!.message.contains("not accepted"))
    }

    func testServerErrorAndDisconnected() async throws {
        fixture.server.inject(.serverError, count: 1)
        let serverError = await failure(.evolution)
        XCTAssertEqual(serverError?.httpStatus, 500)
        fixture.server.inject(.disconnected, count: 1)
        let disconnected = await failure(.ryze)
        guard case .refused(503, let reason, .ryzePhoneDisconnected)? = disconnected else { return XCTFail("\(String(describing: disconnected))") }
        XCTAssertTrue(reason.description.contains("Instance is not connected to WhatsApp"), reason.description)
        XCTAssertTrue(disconnected!.message.contains("reconnect"), disconnected!.message)
    }

    func testNonJSONAndTruncatedAnswers() async throws {
        fixture.server.inject(.nonJSONBody, count: 1)
        let nonJSON = await failure(.zapi)
        guard case .unreadableAnswer(200, let detail)? = nonJSON else { return XCTFail("\(String(describing: nonJSON))") }
        XCTAssertTrue(detail.description.contains("not JSON"), detail.description)
        XCTAssertTrue(nonJSON!.mayHavePosted)
        fixture.server.inject(.truncatedBody, count: 1)
        let truncated = await failure(.evolution)
        XCTAssertNotNil(truncated)
        XCTAssertTrue(truncated?.mayHavePosted ?? false, "\(String(describing: truncated))")
    }

    func testLatencyStillSucceeds() async throws {
        fixture.server.inject(.latency(milliseconds: 300), count: 1)
        let outcome = await fixture.post(text, via: .sandbox)
        XCTAssertNotNil(outcome?.receipt)
    }

    func testRefusedConnectionSaysNothingWasSent() async throws {
        var account = fixture.account(.zapi)
        account.baseURL = URL(string: "http://127.0.0.1:1")!
        let valid = try XCTUnwrap(DraftValidator.check(text, for: .zapi).valid)
        let outcome = await StatusPoster(client: fixture.client, timeout: .seconds(5)).post(valid, to: account)
        guard case .couldNotConnect(let host, _)? = outcome.failure else { return XCTFail("\(String(describing: outcome.failure))") }
        XCTAssertEqual(host, "127.0.0.1:1")
        XCTAssertTrue(outcome.failure!.message.contains("nothing was sent"))
        XCTAssertFalse(outcome.failure!.message.contains(account.token.exposedValue))
    }

    func testGatewayValidationErrorsComeBackInPlainWords() async throws {
        // Bypass local validation to see how the gateway's own 400 reads.
        let draft = ValidDraft(kind: .text, text: "Oi", media: nil, color: HexColor("#1E8449"), fontWireName: nil, audience: [], voice: true, source: nil)
        let outcome = await StatusPoster(client: fixture.client).post(draft, to: fixture.account(.evolution))
        XCTAssertEqual(outcome.failure, .refused(status: 400, reason: "Font is required", hint: nil))
    }

    // Whether an outcome is unknown or failed is decided by where the exchange broke: before
    // the request left (failed: nothing can have been published) or after (unknown).

    func testAnswerDroppedAfterPublishingIsUnknownAndWasPublished() async throws {
        fixture.server.inject(.dropAnswer, count: 1)
        let posted = await fixture.post(text, via: .ryze)
        let outcome = try XCTUnwrap(posted)
        guard case .connectionLost? = outcome.failure else { return XCTFail("\(String(describing: outcome.failure))") }
        XCTAssertTrue(outcome.outcomeUnknown)
        XCTAssertTrue(outcome.failure!.message.contains("may have been published"), outcome.failure!.message)
        XCTAssertEqual(fixture.server.publishedMessageIds(provider: .ryze, instance: "inst-ryze").count, 1)
        XCTAssertEqual(fixture.server.recordedRequests().count, 1, "a lost answer is never retried")
    }

    func testEveryFaultAfterSendingIsUnknownAndEveryAnswerThatSaysNoIsFailed() async throws {
        let cases: [(SandboxFault, Bool)] = [
            (.dropConnection, true), (.hang, true), (.truncatedBody, true), (.stalledBody, true),
            (.trickle(milliseconds: 50), true), (.nonJSONBody, true),
            (.serverError, false), (.disconnected, false), (.tooManyRequests(retryAfterSeconds: 600), false),
        ]
        for (fault, unknown) in cases {
            fixture.server.inject(fault, count: 1)
            let posted = await fixture.post(text, via: .zapi, timeout: .seconds(1))
            let outcome = try XCTUnwrap(posted)
            XCTAssertNil(outcome.receipt, "\(fault)")
            XCTAssertEqual(outcome.outcomeUnknown, unknown, "\(fault): \(String(describing: outcome.failure))")
        }
    }

    func testRequestsThatNeverLeftAreFailed() async throws {
        var account = fixture.account(.zapi)
        account.baseURL = URL(string: "http://127.0.0.1:1")!
        let valid = try XCTUnwrap(DraftValidator.check(text, for: .zapi).valid)
        let refused = await StatusPoster(client: fixture.client, timeout: .seconds(5)).post(valid, to: account)
        XCTAssertFalse(refused.outcomeUnknown, "\(String(describing: refused.failure))")

        let closed = GatewayHTTPClient()
        await closed.shutdown()
        let afterShutdown = await StatusPoster(client: closed, timeout: .seconds(5)).post(valid, to: fixture.account(.zapi))
        guard case .couldNotConnect? = afterShutdown.failure else { return XCTFail("\(String(describing: afterShutdown.failure))") }
        XCTAssertTrue(afterShutdown.failure!.message.contains("nothing was sent"))
        XCTAssertEqual(fixture.server.recordedRequests().count, 0)

        // A name that cannot resolve (RFC 6761 reserves .invalid): nothing left.
        account.baseURL = URL(string: "http://nowhere.invalid")!
        let unresolved = await StatusPoster(client: fixture.client, timeout: .seconds(5)).post(valid, to: account)
        guard case .couldNotConnect? = unresolved.failure else { return XCTFail("\(String(describing: unresolved.failure))") }
    }
}

/// Documented error bodies that the sandbox does not produce, read by each adapter.
final class DocumentedErrorTests: XCTestCase {
    private func response(_ status: Int, _ body: String, headers: [(name: String, value: String)] = []) -> GatewayResponse {
        GatewayResponse(status: status, headers: headers, body: Data(body.utf8))
    }

    private func reason(_ result: Result<StatusReceipt, GatewayFailure>) -> String {
        if case .failure(let failure) = result { return failure.message }
        return "success"
    }

    func testGreenAPIErrors() {
        let green = GreenAPIGateway()
        XCTAssertTrue(reason(green.receipt(from: response(466, ##"{"invokeStatus":{"status":"QUOTE_ALLOWED"},"correspondentsStatus":{"status":"CORRESPONDENTS_QUOTE_EXCEEDED","description":"Monthly quota has been exceeded."}}"##))).contains("monthly quota"))
        XCTAssertTrue(reason(green.receipt(from: response(400, "instance is starting or not authorized"))).contains("scan the QR code"))
        XCTAssertTrue(reason(green.receipt(from: response(403, "Forbidden"))).contains("wrong idInstance"))
        XCTAssertTrue(reason(green.receipt(from: response(502, "Bad Gateway"))).contains("try again"))
        XCTAssertTrue(reason(green.receipt(from: response(500, "File from url exceeded max upload size. Size: 120mb Limit: 100mb"))).contains("Limit: 100mb"))
    }

    func testEvolutionErrors() {
        let evolution = EvolutionGateway()
        XCTAssertTrue(reason(evolution.receipt(from: response(400, ##"{"status":400,"error":"Bad Request","response":{"message":["Contacts not found"]}}"##))).contains("--to"))
        XCTAssertTrue(reason(evolution.receipt(from: response(400, ##"{"status":400,"error":"Bad Request","response":{"message":["SessionError: No sessions"]}}"##))).contains("reconnect"))
        XCTAssertTrue(reason(evolution.receipt(from: response(404, ##"{"status":404,"error":"Not Found","response":{"message":["The \"x\" instance does not exist"]}}"##))).contains("does not exist"))
    }

    func testRyzeAndZAPIErrors() {
        XCTAssertTrue(reason(RyzeGateway().receipt(from: response(403, ##"{"success":false,"error":{"message":"Instance token does not match"}}"##))).contains("does not own"))
        XCTAssertTrue(reason(RyzeGateway().receipt(from: response(200, ##"{"success":false,"error":{"message":"Failed to send status: boom"}}"##))).contains("boom"))
        XCTAssertTrue(reason(ZAPIGateway().receipt(from: response(415, ##"{"error":"Unsupported Media Type"}"##))).contains("415"))
        XCTAssertTrue(reason(ZAPIGateway().receipt(from: response(200, ##"{"zaapId":"1"}"##))).contains("no messageId"))
    }
}
