import Foundation
import GRDB
@testable import History
import XCTest

/// The store compares dates as text: its own formatting must be exactly GRDB's.
final class StoredDateTests: XCTestCase {
    func testTextIsGRDBsStorageFormat() throws {
        var random = SystemRandomNumberGenerator()
        var dates = [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: 1_750_000_000.999),
                     Date(timeIntervalSince1970: 1_763_779_200.0005), Date(timeIntervalSince1970: 951_782_400)]
        for _ in 0..<500 { dates.append(Date(timeIntervalSince1970: Double.random(in: 0...4_102_444_800, using: &random))) }
        for date in dates {
            let grdb = try XCTUnwrap(String.fromDatabaseValue(date.databaseValue))
            XCTAssertEqual(StoredDate.text(of: date), grdb, "\(date.timeIntervalSince1970)")
        }
    }
}
