import Foundation
import StatusKit
import XCTest

/// The JSON text the gateways receive and `--json` prints: escapes where JSON needs them, and
/// the same text whether or not a string needs any.
final class JSONValueTests: XCTestCase {
    func testPlainAndEscapedStringsReadBackAsTyped() throws {
        let texts = ["Oferta do dia ☕ 🥐", "Linha 1\nLinha 2\t\"aspas\" \\ barra", "\u{1}\u{1f}", "", "é"]
        for text in texts {
            let json = JSONValue.object([("text", .string(text)), ("n", .int(3)), ("ok", .bool(true)), ("none", .null)]).serialized()
            let read = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            XCTAssertEqual(read["text"] as? String, text, json)
        }
        XCTAssertEqual(JSONValue.string("a\"b\\c\nd\u{1}").serialized(), #""a\"b\\c\nd\u0001""#)
        XCTAssertEqual(JSONValue.array([.string("sem escape"), .int(-2)]).serialized(), #"["sem escape",-2]"#)
    }

    func testAFileIsReadAndEncodedInPlace() throws {
        let path = NSTemporaryDirectory() + "json-value-\(UUID().uuidString).bin"
        try Data([0xff, 0x00, 0x41]).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let json = JSONValue.object([("media", .base64File(prefix: "data:image/png;base64,", path: path, byteCount: 3)), ("after", .string("x"))]).serialized()
        XCTAssertEqual(json, #"{"media":"data:image/png;base64,/wBB","after":"x"}"#)
    }
}
