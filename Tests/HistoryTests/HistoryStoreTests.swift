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
        XCTAssertEqual(records.map(\.state), [.sent, .failed])
        XCTAssertEqual(records[0].messageId, "M1")
        XCTAssertEqual(records[0].text, "Promo 🎉")
        XCTAssertNotNil(records[0].timeLeft())
        XCTAssertTrue(records[1].error?.contains("no answer within 5 s") ?? false)
        XCTAssertEqual(try store.attempts(account: "other"), [])
        XCTAssertEqual(try store.attempts(since: Date().addingTimeInterval(60)), [])
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
}
