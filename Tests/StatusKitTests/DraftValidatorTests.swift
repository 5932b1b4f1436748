import Foundation
@testable import StatusKit
import XCTest

/// Every validation rule: the message names the field, the value, the rule and the gateway.
final class DraftValidatorTests: XCTestCase {
    private func errors(_ draft: StatusDraft, _ gateway: GatewayKind, account: Account? = nil) -> [String] {
        DraftValidator.check(draft, for: gateway, account: account).errors.map(\.message)
    }

    private func warnings(_ draft: StatusDraft, _ gateway: GatewayKind) -> [String] {
        DraftValidator.check(draft, for: gateway).warnings.map(\.message)
    }

    func testAccountsShareOneReadingOfTheMediaFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("promo.jpg").path
        try Data(repeating: 0xFF, count: 1000).write(to: URL(fileURLWithPath: path))
        let draft = StatusDraft(kind: .image, text: "Oi", media: path)
        let read = MediaSource.parse(path)
        // The file changes after it was read: every account is checked against what was read.
        try FileManager.default.removeItem(atPath: path)
        let accounts = [Account(name: "a", gateway: .sandbox, baseURL: URL(string: "http://127.0.0.1:9")!, instance: "a", token: Secret("t")),
                        Account(name: "b", gateway: .zapi, baseURL: URL(string: "http://127.0.0.1:9")!, instance: "b", token: Secret("t"))]
        let checks = AccountCheck.all(draft, accounts: accounts, media: read)
        XCTAssertEqual(checks.map { $0.check.errors.map(\.message) }, [[], []])
        XCTAssertFalse(AccountCheck.all(draft, accounts: accounts).contains { $0.check.errors.isEmpty }, "read again, the file is gone")
    }

    func testCaptionLimitMessageNamesValueRuleAndGateway() {
        let draft = StatusDraft(kind: .image, text: String(repeating: "a", count: 1210), media: "https://x.example/a.jpg")
        XCTAssertEqual(errors(draft, .greenAPI), ["caption: 1,210 characters; Green API allows 1,024"])
        XCTAssertEqual(errors(draft, .zapi), [])
    }

    func testTextLimitCountsCodePoints() {
        XCTAssertEqual(errors(StatusDraft(kind: .text, text: String(repeating: "é", count: 500)), .greenAPI), [])
        XCTAssertEqual(errors(StatusDraft(kind: .text, text: String(repeating: "😀", count: 501)), .greenAPI), ["text: 501 characters; Green API allows 500"])
        XCTAssertEqual(warnings(StatusDraft(kind: .text, text: String(repeating: "a", count: 700)), .ryze).count, 1)
    }

    /// The same looking text in other code points is another draft: it counts otherwise
    /// against a limit, and a saved draft must keep what was typed.
    func testDraftsAreEqualOnlyWithTheSameCodePoints() {
        let composed = StatusDraft(kind: .text, text: "Promoção", audience: ["José"])
        XCTAssertEqual(composed, StatusDraft(kind: .text, text: "Promoção", audience: ["José"]))
        XCTAssertNotEqual(composed, StatusDraft(kind: .text, text: "Promoc\u{327}a\u{303}o", audience: ["José"]))
        XCTAssertNotEqual(composed, StatusDraft(kind: .text, text: "Promoção", audience: ["Jose\u{301}"]))
        XCTAssertNotEqual(composed, StatusDraft(kind: .text, text: "Promoção", audience: ["José", "Ana"]))
    }

    func testEmptyTextAndUnsupportedKind() {
        XCTAssertEqual(errors(StatusDraft(kind: .text, text: "  \n"), .zapi), ["text: empty; a text status needs text"])
        XCTAssertEqual(errors(StatusDraft(kind: .audio, media: "https://x.example/a.mp3"), .zapi), ["type: audio; Z-API has no audio status (it posts text, image, video)"])
    }

    func testColourMustBeSixHexDigits() {
        XCTAssertEqual(errors(StatusDraft(kind: .text, text: "a", color: "#F00"), .greenAPI), ["color: '#F00'; write six hex digits like #1E8449 (the #F00 shorthand is not accepted)"])
        XCTAssertEqual(errors(StatusDraft(kind: .text, text: "a", color: "red"), .ryze).count, 1)
        XCTAssertEqual(HexColor("#1e8449")?.description, "#1E8449")
        XCTAssertNil(HexColor("#1E84491"))
        XCTAssertNil(HexColor("1E8449"))
    }

    func testColourAndFontUnsupportedOnZAPIAreWarningsAndNotSent() {
        let check = DraftValidator.check(StatusDraft(kind: .text, text: "a", color: "#1E8449", font: "serif"), for: .zapi)
        XCTAssertEqual(check.errors, [])
        XCTAssertEqual(check.warnings.map(\.field), [.color, .font])
        XCTAssertTrue(check.warnings[0].message.contains("Z-API does not support a background colour"))
        XCTAssertNil(check.valid?.color)
        XCTAssertNil(check.valid?.fontWireName)
    }

    func testWhiteBackgroundWarns() {
        XCTAssertTrue(warnings(StatusDraft(kind: .text, text: "a", color: "#FFFFFF"), .greenAPI).first?.contains("drawn in white") ?? false)
        XCTAssertEqual(warnings(StatusDraft(kind: .text, text: "a", color: "#1E8449"), .greenAPI), [])
    }

    func testFontsPerGateway() {
        XCTAssertEqual(errors(StatusDraft(kind: .text, text: "a", font: "bebas"), .greenAPI), ["font: bebas; Green API offers serif, sans-serif, norican, bryndan, oswald"])
        XCTAssertEqual(errors(StatusDraft(kind: .text, text: "a", font: "comic"), .ryze).first?.hasPrefix("font: 'comic'; not a font name"), true)
        XCTAssertEqual(DraftValidator.check(StatusDraft(kind: .text, text: "a", color: "#000000", font: "oswald"), for: .evolution).valid?.fontWireName, "5")
        XCTAssertEqual(DraftValidator.check(StatusDraft(kind: .text, text: "a", font: "SANS_SERIF"), for: .ryze).valid?.fontWireName, "sans-serif")
        XCTAssertEqual(errors(StatusDraft(kind: .text, text: "a", color: "#000000", font: "sans-serif"), .evolution), ["font: sans-serif; Evolution API offers serif, norican, bryndan, bebas, oswald"])
        XCTAssertEqual(warnings(StatusDraft(kind: .text, text: "Привет", font: "norican"), .greenAPI).count, 1)
    }

    func testEvolutionTextNeedsColourAndFont() {
        XCTAssertEqual(errors(StatusDraft(kind: .text, text: "a"), .evolution), [
            "color: empty; Evolution API needs a background colour for a text status",
            "font: empty; Evolution API needs a font for a text status (serif, norican, bryndan, bebas, oswald)",
        ])
    }

    func testAudienceIsNormalisedAndCheckedPerGateway() {
        let draft = StatusDraft(kind: .text, text: "a", audience: ["+55 11 99999-9999", "0055 11 99999 9999", "5511999999999@c.us"])
        XCTAssertEqual(DraftValidator.check(draft, for: .greenAPI).valid?.audience.map(\.digits), ["5511999999999"])
        XCTAssertEqual(errors(StatusDraft(kind: .text, text: "a", audience: ["123"]), .greenAPI), ["to: '123'; 3 digits; a number with its country code has 8 to 15"])
        XCTAssertTrue(errors(StatusDraft(kind: .text, text: "a", audience: ["011 9999-9999"]), .greenAPI)[0].contains("country code"))
        XCTAssertTrue(errors(StatusDraft(kind: .text, text: "a", audience: ["120363@g.us"]), .greenAPI)[0].contains("not a person's number"))
        XCTAssertTrue(errors(StatusDraft(kind: .text, text: "a", audience: ["abc"]), .greenAPI)[0].contains("only digits"))
        XCTAssertTrue(errors(StatusDraft(kind: .text, text: "a", audience: ["5511999999999"]), .ryze)[0].contains("RyzeAPI cannot limit who sees a status"))
        XCTAssertTrue(errors(StatusDraft(kind: .text, text: "a", audience: ["5511999999999"]), .zapi)[0].contains("Z-API cannot limit"))
    }

    func testMediaRules() throws {
        XCTAssertEqual(errors(StatusDraft(kind: .image), .zapi), ["media: empty; an image status needs a file, a http(s) link or a data: URI"])
        XCTAssertTrue(errors(StatusDraft(kind: .image, media: "/no/such/file.jpg"), .zapi)[0].contains("no such file"))
        XCTAssertTrue(errors(StatusDraft(kind: .image, media: "data:image/png,abc"), .zapi)[0].contains("data:<type>/<subtype>;base64"))
        XCTAssertTrue(errors(StatusDraft(kind: .image, media: "data:image/png;base64,@@@"), .zapi)[0].contains("base64"))
        XCTAssertEqual(errors(StatusDraft(kind: .image, media: "https://x.example/clip.mp4"), .zapi), ["media: 'clip.mp4' is a video; the type is image"])
        XCTAssertTrue(errors(StatusDraft(kind: .image, media: "data:image/png;base64,iVBORw0KGgo="), .ryze)[0].contains("RyzeAPI takes image only as a public http(s) link"))
        XCTAssertTrue(errors(StatusDraft(kind: .video, media: "data:video/mp4;base64,AAAA"), .evolution)[0].contains("Evolution API takes video only as a public http(s) link"))
        XCTAssertEqual(errors(StatusDraft(kind: .audio, media: "data:audio/ogg;base64,AAAA"), .evolution), [])
        XCTAssertTrue(errors(StatusDraft(kind: .image, media: "https://x.example/download"), .greenAPI)[0].contains("has no file extension"))
        XCTAssertEqual(errors(StatusDraft(kind: .audio, media: "https://x.example/a.ogg"), .greenAPI), ["media: .ogg audio; Green API posts voice statuses only from .mp3 or .wav"])
    }

    func testVideoSizeLimitOnZAPI() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("big-\(UUID().uuidString).mp4").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(count: 10 * 1024 * 1024 + 1))
        defer { try? FileManager.default.removeItem(atPath: path) }
        XCTAssertEqual(errors(StatusDraft(kind: .video, media: path), .zapi), ["media: video of 10.0 MB; Z-API allows 10.0 MB"])
        XCTAssertEqual(errors(StatusDraft(kind: .video, media: path), .sandbox), [])
    }

    func testGreenLocalFileNeedsMediaHost() {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("p-\(UUID().uuidString).jpg").path
        _ = FileManager.default.createFile(atPath: path, contents: Data([1, 2, 3]))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let account = Account(name: "g", gateway: .greenAPI, baseURL: URL(string: "https://api.green-api.com")!, instance: "1", token: Secret("t"))
        XCTAssertTrue(errors(StatusDraft(kind: .image, media: path), .greenAPI, account: account)[0].contains("set media_url for account 'g'"))
    }

    func testVoiceAndSourceNotes() {
        XCTAssertTrue(warnings(StatusDraft(kind: .audio, media: "https://x.example/a.mp3", voice: false), .evolution)[0].contains("always posts audio as a voice note"))
        XCTAssertTrue(warnings(StatusDraft(kind: .text, text: "a", source: "crm"), .greenAPI)[0].contains("only RyzeAPI records a source tag"))
        XCTAssertEqual(DraftValidator.check(StatusDraft(kind: .text, text: "a", source: "crm"), for: .ryze).valid?.source, "crm")
    }

    func testFieldsTheKindDoesNotUseAreIgnored() {
        let check = DraftValidator.check(StatusDraft(kind: .text, text: "a", media: "/no/such", font: "serif"), for: .greenAPI)
        XCTAssertEqual(check.errors, [])
        XCTAssertNil(check.valid?.media)
    }
}
