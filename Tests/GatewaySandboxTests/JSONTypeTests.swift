import Foundation
@testable import GatewaySandbox
import XCTest

/// `1`, `true` and `"1"` are three different values to every gateway's body rules.
final class JSONTypeTests: SandboxTestCase {
    func testDecodingKeepsNumbersBooleansAndStringsApart() throws {
        let document = try XCTUnwrap(
            JSONDocument.decode(Array(#"{"n":1,"b":true,"s":"1","z":0,"f":false,"x":null,"a":[1,true,"1"]}"#.utf8)))
        XCTAssertEqual(
            document,
            .object([
                "n": .number(1), "b": .bool(true), "s": .string("1"), "z": .number(0), "f": .bool(false), "x": .null,
                "a": .array([.number(1), .bool(true), .string("1")]),
            ]))
        XCTAssertNil(JSONDocument.decode(Array(#"{"n": 1"#.utf8)))
        XCTAssertNil(JSONDocument.decode(Array("{n: 1}".utf8)))
        // Foundation forgives a trailing comma on purpose (swift-corelibs-foundation#4682), and so
        // does the sandbox now; JSON.parse and encoding/json would refuse it.
        XCTAssertEqual(JSONDocument.decode(Array(#"{"n": 1,}"#.utf8)), .object(["n": 1]))
        XCTAssertNil(JSONDocument.decode([]))
        XCTAssertEqual(JSONDocument.parse([]), .object([:]))
        XCTAssertEqual(JSONDocument.decode(Array("true".utf8)), .bool(true))
        XCTAssertEqual(String(decoding: JSONDocument.object(["b": true, "n": 1, "s": "1"]).serializedBytes, as: UTF8.self),
                       #"{"b":true,"n":1,"s":"1"}"#)
    }

    /// Posts `body` as written, so no client-side encoder decides what a `1` or a `true` becomes.
    private func post(_ path: String, _ body: String, headers: [String: String]) async throws -> HTTPResult {
        try await client.send(
            "POST", path, headers: headers.merging(["Content-Type": "application/json"]) { $1 }, body: Data(body.utf8))
    }

    func testBooleanFieldsRefuseOneAndStringOne() async throws {
        let image = #""phone":"5511999999999","image":"https://example.com/a.png""#
        for (viewOnce, status) in [("true", 200), ("1", 400), (#""1""#, 400), ("0", 400)] {
            let reply = try await post(
                Fixture.zapiBase + "/send-image", "{\(image),\"viewOnce\":\(viewOnce)}", headers: Fixture.zapiHeaders)
            XCTAssertEqual(reply.status, status, "viewOnce \(viewOnce): \(reply.text)")
        }
        for (voice, status) in [("false", 200), ("1", 400), (#""true""#, 400)] {
            let reply = try await post(
                "/sandbox/demo/status", #"{"type":"audio","media":"https://a.b/a.ogg","voice":\#(voice)}"#,
                headers: Fixture.sandboxHeaders)
            XCTAssertEqual(reply.status, status, "voice \(voice): \(reply.text)")
        }
        let ryze = try await post(
            "/api/message/status/shop", #"{"type":"audio","mediaUrl":"https://a.b/v.ogg","isVoice":1}"#,
            headers: Fixture.ryzeHeaders)
        XCTAssertEqual(ryze.status, 400)
        XCTAssertEqual(
            (ryze.object["error"] as? [String: Any])?["message"] as? String,
            "Invalid request body: json: cannot unmarshal number into Go struct field SendStatusRequest.isVoice of type bool")
    }

    func testNumberFieldsRefuseStringOneAndTrue() async throws {
        for (delay, status) in [("1", 200), (#""1""#, 400), ("true", 400)] {
            let reply = try await post(
                Fixture.zapiBase + "/send-image",
                #"{"phone":"5511999999999","image":"https://example.com/a.png","delayMessage":\#(delay)}"#,
                headers: Fixture.zapiHeaders)
            XCTAssertEqual(reply.status, status, "delayMessage \(delay): \(reply.text)")
        }
        let base = ##""type":"text","content":"x","statusJidList":["5511999999999"],"backgroundColor":"#000000""##
        for (font, status) in [("1", 201), (#""1""#, 400), ("true", 400)] {
            let reply = try await post("/message/sendStatus/evo", "{\(base),\"font\":\(font)}", headers: Fixture.evolutionHeaders)
            XCTAssertEqual(reply.status, status, "font \(font): \(reply.text)")
        }
    }

    func testStringFieldsRefuseOneAndTrue() async throws {
        for (message, status) in [(#""1""#, 200), ("1", 400), ("true", 400)] {
            let reply = try await post(
                Fixture.zapiBase + "/send-text-status", "{\"message\":\(message)}", headers: Fixture.zapiHeaders)
            XCTAssertEqual(reply.status, status, "message \(message): \(reply.text)")
            let green = try await post(
                "\(Fixture.greenBase)/sendTextStatus/gtoken", "{\"message\":\(message)}", headers: [:])
            XCTAssertEqual(green.status, status, "Green API message \(message): \(green.text)")
        }
    }
}
