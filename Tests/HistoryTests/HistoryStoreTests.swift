import Foundation
@testable import History
import StatusKit
import XCTest

final class HistoryStoreTests: XCTestCase {
    var folder: String!

    override func setUp() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("hist-\(UUID().uuidString)").path
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

    private let account = Account(name: "shop", gateway: .zapi, baseURL: URL(string: "https://api.z-api.io")!, instance: "i", token: Secret("very-secret-token-42"), clientToken: Secret("client-secret-77"))

    private func valid(_ text: String) -> ValidDraft {
        DraftValidator.check(StatusDraft(kind: .text, text: text), for: .zapi).valid!
    }

    func testJournalRecordsSendingThenTheAnswer() throws {
        let store = try HistoryStore(path: folder + "/h.sqlite")
        let first = try store.begin(account: account, draft: valid("Promo 🎉"))
        let second = try store.begin(account: account, draft: valid("Outra"))
        XCTAssertEqual(try store.attempts().map(\.state), [.sending, .sending])
        try store.finish(first, outcome: PostOutcome(accountName: "shop", gateway: .zapi, result: .success(StatusReceipt(messageId: "M1", zaapId: "Z1", httpStatus: 200))))
        try store.finish(second, outcome: PostOutcome(accountName: "shop", gateway: .zapi, result: .failure(.timedOut(seconds: 5))))
        let records = try store.attempts(account: "shop")
        // No answer in time: the status may be live, so the outcome is unknown, not failed.
        XCTAssertEqual(records.map(\.state), [.sent, .unknown])
        XCTAssertEqual(records[0].messageId, "M1")
        XCTAssertEqual(records[0].text, "Promo 🎉")
        XCTAssertNotNil(records[0].timeLeft())
        XCTAssertTrue(records[1].error?.contains("no answer within 5 s") ?? false)
        XCTAssertEqual(try store.attempts(account: "other"), [])
        XCTAssertEqual(try store.attempts(since: Date().addingTimeInterval(60)), [])
    }

    func testOnlyAnAnswerThatSaysSoOrARequestThatNeverLeftIsFailed() throws {
        let store = try HistoryStore(path: folder + "/h.sqlite")
        let cases: [(GatewayFailure, AttemptRecord.State)] = [
            (.refused(status: 401, reason: "Invalid token", hint: nil), .failed),
            (.rateLimited(status: 429, retryAfter: 5, reason: "Too many requests", hint: nil), .failed),
            (.couldNotConnect(host: "127.0.0.1:9", reason: .connectionRefused), .failed),
            (.cannotBuildRequest(.fileGone(path: "a.jpg")), .failed),
            (.unreadableAnswer(status: 502, detail: .notJSON(.zapi, snippet: "<html>")), .failed),
            (.timedOut(seconds: 5), .unknown),
            (.connectionLost(reason: .gatewayClosedConnection), .unknown),
            (.connectionLost(reason: .answerCutOff), .unknown),
            (.unreadableAnswer(status: 200, detail: .notJSON(.zapi, snippet: "<html>")), .unknown),
        ]
        for (failure, _) in cases {
            let id = try store.begin(account: account, draft: valid("x"))
            try store.finish(id, outcome: PostOutcome(accountName: "shop", gateway: .zapi, result: .failure(failure)))
        }
        let records = try store.attempts()
        XCTAssertEqual(records.map(\.state), cases.map(\.1))
        for (record, (failure, _)) in zip(records, cases) { XCTAssertEqual(record.error, failure.message) }
    }

    func testSinceKeepsAttemptsFromThatMillisecondOn() throws {
        let store = try HistoryStore(path: folder + "/h.sqlite")
        let cutoff = Date(timeIntervalSince1970: 1_763_779_200.25)
        for (offset, text) in [(-86_400.0, "yesterday"), (-0.001, "just before"), (0, "at"), (0.001, "just after"), (3_600, "later")] {
            _ = try store.begin(account: account, draft: valid(text), at: cutoff.addingTimeInterval(offset))
        }
        XCTAssertEqual(try store.attempts(since: cutoff).map(\.text), ["at", "just after", "later"])
    }

    func testAnAttemptLeftByADeadProcessBecomesUnknown() throws {
        let path = folder + "/h.sqlite"
        let store = try HistoryStore(path: path)
        let id = try store.begin(account: account, draft: valid("x"))
        // Pretend another process wrote it and died: a pid that cannot exist.
        var record = try XCTUnwrap(try store.attempts().first)
        record.pid = Int32.max
        try store.overwrite(record)
        let reopened = try HistoryStore(path: path)
        let after = try XCTUnwrap(try reopened.attempts().first { $0.id == id })
        XCTAssertEqual(after.state, .unknown)
    }

    func testNoSecretReachesTheDatabase() throws {
        let path = folder + "/h.sqlite"
        let store = try HistoryStore(path: path)
        let id = try store.begin(account: account, draft: valid("texto"))
        try store.finish(id, outcome: PostOutcome(accountName: "shop", gateway: .zapi, result: .failure(.refused(status: 401, reason: "Unauthorized", hint: nil))))
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file))
            for secret in account.secrets {
                XCTAssertNil(bytes.range(of: Data(secret.utf8)), "\(file) holds a secret")
            }
        }
    }

    func testTheDraftAsTypedComesBackToPostAgain() throws {
        let store = try HistoryStore(path: folder + "/h.sqlite")
        let green = Account(name: "loja", gateway: .greenAPI, baseURL: URL(string: "https://api.green-api.com")!, instance: "1101", token: Secret("green-secret-55"))
        let typed = StatusDraft(kind: .text, text: "Promo 🎉\nsó hoje", color: "#1e8449", font: "serif")
        let valid = try XCTUnwrap(DraftValidator.check(typed, for: .greenAPI).valid)
        _ = try store.begin(account: green, draft: valid, typed: typed)
        XCTAssertEqual(try store.attempts()[0].draft, typed, "the form comes back exactly as it was filled")

        // A pasted data URI of megabytes is not kept; the form asks for the media again.
        let big = StatusDraft(kind: .image, media: "data:image/png;base64," + String(repeating: "A", count: 8000))
        _ = try store.begin(account: account, draft: try XCTUnwrap(DraftValidator.check(big, for: .zapi).valid), typed: big)
        let kept = try store.attempts()[1]
        XCTAssertEqual(kept.draft.kind, .image)
        XCTAssertEqual(kept.draft.media, "")
        XCTAssertLessThan(kept.typed?.count ?? 0, 1000)

        // Attempts written without the typed draft are rebuilt from what was sent, the font by its app name.
        var older = kept
        older.typed = nil
        older.kind = "text"
        older.gateway = "green-api"
        older.text = "Oi"
        older.font = GatewayKind.greenAPI.capabilities.wireName(of: .serif) ?? ""
        try store.overwrite(older)
        XCTAssertEqual(try store.attempts()[1].draft, StatusDraft(kind: .text, text: "Oi", font: "serif"))
    }
}
