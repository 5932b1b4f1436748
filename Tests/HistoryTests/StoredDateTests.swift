import Foundation
import FuzzSupport
import GRDB
@testable import History
import StatusKit
import XCTest

/// The store compares dates as text: its own formatting must be exactly GRDB's.
final class StoredDateTests: XCTestCase {
    func testTextIsGRDBsStorageFormat() throws {
        var random = SeededGenerator(seed: 2026)
        var dates = [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: 1_750_000_000.999),
                     Date(timeIntervalSince1970: 1_763_779_200.0005), Date(timeIntervalSince1970: 951_782_400)]
        for _ in 0..<500 { dates.append(Date(timeIntervalSince1970: Double.random(in: 0...4_102_444_800, using: &random))) }
        for date in dates {
            let grdb = try XCTUnwrap(String.fromDatabaseValue(date.databaseValue))
            XCTAssertEqual(StoredDate.text(of: date), grdb, "\(date.timeIntervalSince1970)")
        }
    }

    /// Attempts are written with that text and read back as the same dates (to the millisecond).
    func testAttemptDatesAreStoredAsThatText() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dates-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try HistoryStore(path: folder + "/h.sqlite")
        let started = Date(timeIntervalSince1970: 1_763_779_200.123)
        let account = Account(name: "shop", gateway: .zapi, baseURL: URL(string: "https://api.z-api.io")!, instance: "i", token: Secret("t"), clientToken: Secret("c"))
        let draft = try XCTUnwrap(DraftValidator.check(StatusDraft(kind: .text, text: "Oi"), for: .zapi).valid)
        _ = try store.begin(account: account, draft: draft, at: started)
        let stored = try DatabaseQueue(path: folder + "/h.sqlite").read { db in
            try String.fetchOne(db, sql: "SELECT startedAt FROM attempt")
        }
        XCTAssertEqual(stored, "2025-11-22 02:40:00.123")
        let record = try XCTUnwrap(store.attempts().first)
        XCTAssertEqual(record.startedAt.timeIntervalSince1970, started.timeIntervalSince1970, accuracy: 0.0005)
    }
}
