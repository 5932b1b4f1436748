import Foundation
import GatewaySandbox
@testable import StatusKit
import XCTest

/// Every gateway × kind over real loopback HTTP: the exact request the sandbox received and
/// the receipt read from its answer.
final class GatewayWireTests: XCTestCase {
    var fixture: SandboxFixture!
    let imageLink = "https://cdn.example.com/promo.jpg"

    override func setUp() async throws { fixture = try await SandboxFixture.start(zapiClientToken: "client-secret-123") }
    override func tearDown() async throws { await fixture.stop() }

    private func tempFile(_ name: String, bytes: [UInt8]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    private func assertPosted(_ outcome: PostOutcome?, status: Int = 200, file: StaticString = #filePath, line: UInt = #line) -> StatusReceipt? {
        guard let outcome else { return nil }
        guard let receipt = outcome.receipt else {
            XCTFail("post failed: \(outcome.failure!.message)", file: file, line: line)
            return nil
        }
        XCTAssertEqual(receipt.httpStatus, status, file: file, line: line)
        XCTAssertFalse(receipt.messageId.isEmpty, file: file, line: line)
        return receipt
    }

    // MARK: Z-API

    func testZAPITextSendsOnlyMessageWithClientToken() async throws {
        let token = fixture.account(.zapi).token.exposedValue
        let receipt = assertPosted(await fixture.post(StatusDraft(kind: .text, text: "Promo 🎉 hoje", color: "#1E8449", font: "serif"), via: .zapi))
        XCTAssertNotNil(receipt?.zaapId)
        let request = try XCTUnwrap(fixture.lastRequest)
        XCTAssertEqual(request.method, "POST")
        XCTAssertEqual(request.path, "/instances/inst-zapi/token/\(token)/send-text-status")
        XCTAssertEqual(request.header("Client-Token"), "client-secret-123")
        XCTAssertEqual(request.header("Content-Type"), "application/json")
        XCTAssertEqual(request.bodyText, ##"{"message":"Promo 🎉 hoje"}"##)
    }

    func testZAPIImageLinkWithCaption() async throws {
        _ = assertPosted(await fixture.post(StatusDraft(kind: .image, text: "Oferta", media: imageLink), via: .zapi))
        let request = try XCTUnwrap(fixture.lastRequest)
        XCTAssertTrue(request.path.hasSuffix("/send-image-status"))
        XCTAssertEqual(request.bodyText, ##"{"image":"https://cdn.example.com/promo.jpg","caption":"Oferta"}"##)
    }

    func testZAPIVideoFromLocalFileGoesAsDataURI() async throws {
        let path = try tempFile("clip.mp4", bytes: [0, 1, 2, 3, 250, 251])
        _ = assertPosted(await fixture.post(StatusDraft(kind: .video, media: path), via: .zapi))
        let request = try XCTUnwrap(fixture.lastRequest)
        XCTAssertTrue(request.path.hasSuffix("/send-video-status"))
        XCTAssertEqual(request.bodyText, ##"{"video":"data:video/mp4;base64,AAECA/r7"}"##)
    }

    // MARK: Green API

    func testGreenTextWithColourFontAndParticipants() async throws {
        let token = fixture.account(.greenAPI).token.exposedValue
        let draft = StatusDraft(kind: .text, text: "Olá", color: "#1e8449", font: "serif", audience: ["+55 (11) 99999-9999", "5521988887777@s.whatsapp.net"])
        _ = assertPosted(await fixture.post(draft, via: .greenAPI))
        let request = try XCTUnwrap(fixture.lastRequest)
        XCTAssertEqual(request.path, "/waInstanceinst-green-api/sendTextStatus/\(token)")
        XCTAssertEqual(request.bodyText, ##"{"message":"Olá","backgroundColor":"#1E8449","font":"SERIF","participants":["5511999999999@c.us","5521988887777@c.us"]}"##)
    }

    func testGreenImageLinkUsesSendMediaStatus() async throws {
        _ = assertPosted(await fixture.post(StatusDraft(kind: .image, text: "Oferta", media: imageLink), via: .greenAPI))
        let request = try XCTUnwrap(fixture.lastRequest)
        XCTAssertTrue(request.path.contains("/sendMediaStatus/"))
        XCTAssertEqual(request.bodyText, ##"{"urlFile":"https://cdn.example.com/promo.jpg","fileName":"promo.jpg","caption":"Oferta"}"##)
    }

    func testGreenLocalVideoIsUploadedFirst() async throws {
        let path = try tempFile("promo.mp4", bytes: Array(repeating: 7, count: 300))
        _ = assertPosted(await fixture.post(StatusDraft(kind: .video, text: "Veja", media: path), via: .greenAPI))
        let requests = fixture.server.recordedRequests()
        XCTAssertEqual(requests.count, 2)
        XCTAssertTrue(requests[0].path.contains("/uploadFile/"))
        XCTAssertEqual(requests[0].header("GA-Filename"), "promo.mp4")
        XCTAssertEqual(requests[0].header("Content-Type"), "video/mp4")
        XCTAssertEqual(requests[0].body, Array(repeating: 7, count: 300))
        let body = try XCTUnwrap(requests[1].bodyJSON as? [String: Any])
        let link = try XCTUnwrap(body["urlFile"] as? String)
        XCTAssertTrue(link.hasPrefix(fixture.server.baseURL + "/media/"), link)
        XCTAssertEqual(body["fileName"] as? String, "promo.mp4")
        XCTAssertEqual(body["caption"] as? String, "Veja")
    }

    func testGreenAudioUsesSendVoiceStatus() async throws {
        _ = assertPosted(await fixture.post(StatusDraft(kind: .audio, media: "https://cdn.example.com/jingle.mp3", color: "#000000"), via: .greenAPI))
        let request = try XCTUnwrap(fixture.lastRequest)
        XCTAssertTrue(request.path.contains("/sendVoiceStatus/"))
        XCTAssertEqual(request.bodyText, ##"{"urlFile":"https://cdn.example.com/jingle.mp3","fileName":"jingle.mp3","backgroundColor":"#000000"}"##)
    }

    // MARK: RyzeAPI

    func testRyzeTextWithTokenHeaderAndSource() async throws {
        _ = assertPosted(await fixture.post(StatusDraft(kind: .text, text: "Oi", color: "#FF6600", font: "serif", source: "crm"), via: .ryze))
        let request = try XCTUnwrap(fixture.lastRequest)
        XCTAssertEqual(request.path, "/api/message/status/inst-ryze")
        XCTAssertEqual(request.header("token"), fixture.account(.ryze).token.exposedValue)
        XCTAssertEqual(request.bodyText, ##"{"type":"text","message":"Oi","backgroundColor":"#FF6600","font":"serif","source":"crm"}"##)
    }

    func testRyzeMediaKinds() async throws {
        _ = assertPosted(await fixture.post(StatusDraft(kind: .image, text: "Oferta", media: imageLink), via: .ryze))
        XCTAssertEqual(fixture.lastRequest?.bodyText, ##"{"type":"image","message":"Oferta","mediaUrl":"https://cdn.example.com/promo.jpg","mimeType":"image/jpeg"}"##)
        _ = assertPosted(await fixture.post(StatusDraft(kind: .video, media: "https://cdn.example.com/a.mp4"), via: .ryze))
        XCTAssertEqual(fixture.lastRequest?.bodyText, ##"{"type":"video","mediaUrl":"https://cdn.example.com/a.mp4","mimeType":"video/mp4"}"##)
        _ = assertPosted(await fixture.post(StatusDraft(kind: .audio, media: "https://cdn.example.com/a.mp3", voice: false), via: .ryze))
        XCTAssertEqual(fixture.lastRequest?.bodyText, ##"{"type":"audio","mediaUrl":"https://cdn.example.com/a.mp3","mimeType":"audio/mpeg","isVoice":false}"##)
    }

    func testRyzeMessageIdAtTopLevelOrUnderData() async throws {
        fixture.server.setRyzeMessageIdPlacement(.topLevel)
        let top = assertPosted(await fixture.post(StatusDraft(kind: .text, text: "a"), via: .ryze))
        fixture.server.setRyzeMessageIdPlacement(.underData)
        let nested = assertPosted(await fixture.post(StatusDraft(kind: .text, text: "b"), via: .ryze))
        XCTAssertNotNil(top)
        XCTAssertNotNil(nested)
        XCTAssertNotEqual(top?.messageId, nested?.messageId)
        XCTAssertNotNil(nested?.rateLimitRemaining)
    }

    // MARK: Evolution API

    func testEvolutionTextNeedsColourAndFontAndDefaultsToAllContacts() async throws {
        let receipt = assertPosted(await fixture.post(StatusDraft(kind: .text, text: "Oi", color: "#1E8449", font: "bryndan"), via: .evolution), status: 201)
        XCTAssertTrue(receipt?.messageId.hasPrefix("BAE5") ?? false)
        let request = try XCTUnwrap(fixture.lastRequest)
        XCTAssertEqual(request.path, "/message/sendStatus/inst-evolution")
        XCTAssertEqual(request.header("apikey"), fixture.account(.evolution).token.exposedValue)
        XCTAssertEqual(request.bodyText, ##"{"type":"text","content":"Oi","backgroundColor":"#1E8449","font":3,"allContacts":true}"##)
    }

    func testEvolutionImageWithAudienceAndAudioFromFile() async throws {
        _ = assertPosted(await fixture.post(StatusDraft(kind: .image, text: "x", media: imageLink, audience: ["5511999999999"]), via: .evolution), status: 201)
        XCTAssertEqual(fixture.lastRequest?.bodyText, ##"{"type":"image","content":"https://cdn.example.com/promo.jpg","caption":"x","statusJidList":["5511999999999@s.whatsapp.net"]}"##)
        let path = try tempFile("voice.ogg", bytes: [1, 2, 3])
        _ = assertPosted(await fixture.post(StatusDraft(kind: .audio, media: path), via: .evolution), status: 201)
        XCTAssertEqual(fixture.lastRequest?.bodyText, ##"{"type":"audio","content":"AQID","allContacts":true}"##)
        _ = assertPosted(await fixture.post(StatusDraft(kind: .video, media: "https://cdn.example.com/v.mp4"), via: .evolution), status: 201)
        XCTAssertEqual(fixture.lastRequest?.bodyText, ##"{"type":"video","content":"https://cdn.example.com/v.mp4","allContacts":true}"##)
    }

    // MARK: Sandbox

    func testSandboxGatewayTakesEveryKind() async throws {
        _ = assertPosted(await fixture.post(StatusDraft(kind: .text, text: "Oi", color: "#000080", font: "bebas", audience: ["5511999999999"], source: "n8n"), via: .sandbox))
        XCTAssertEqual(fixture.lastRequest?.bodyText, ##"{"type":"text","text":"Oi","backgroundColor":"#000080","font":"bebas","audience":["5511999999999"],"source":"n8n"}"##)
        XCTAssertEqual(fixture.lastRequest?.header("Authorization"), "Bearer " + fixture.account(.sandbox).token.exposedValue)
        _ = assertPosted(await fixture.post(StatusDraft(kind: .image, media: "data:image/png;base64,iVBORw0KGgo="), via: .sandbox))
        _ = assertPosted(await fixture.post(StatusDraft(kind: .video, media: "https://cdn.example.com/v.mp4"), via: .sandbox))
        _ = assertPosted(await fixture.post(StatusDraft(kind: .audio, media: "https://cdn.example.com/a.mp3", voice: false), via: .sandbox))
        XCTAssertEqual(fixture.lastRequest?.bodyText, ##"{"type":"audio","media":"https://cdn.example.com/a.mp3","voice":false}"##)
    }

    func testZAPISendImageToChat() async throws {
        let message = ZAPIImageMessage(phone: "+55 11 99999-9999", image: imageLink, caption: "Logo", replyToMessageId: "ABC", delaySeconds: 5, viewOnce: true)
        XCTAssertEqual(message.issues(), [])
        let request = try message.request(account: fixture.account(.zapi))
        let response = try await fixture.client.send(request, timeout: .seconds(5)).get()
        let receipt = try ZAPIGateway().receipt(from: response).get()
        XCTAssertFalse(receipt.messageId.isEmpty)
        XCTAssertTrue(fixture.lastRequest!.path.hasSuffix("/send-image"))
        XCTAssertEqual(fixture.lastRequest?.bodyText, ##"{"phone":"5511999999999","image":"https://cdn.example.com/promo.jpg","caption":"Logo","messageId":"ABC","delayMessage":5,"viewOnce":true}"##)
    }
}
