import Foundation
import GatewaySandbox
@testable import StatusKit
import XCTest

/// A local file in a request body is read while the request is sent, in bounded chunks, and
/// arrives byte for byte as if it had been encoded whole.
final class StreamedBodyTests: XCTestCase {
    var fixture: SandboxFixture!
    var folder: URL!

    override func setUp() async throws {
        fixture = try await SandboxFixture.start()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("streamed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() async throws {
        await fixture.stop()
        try? FileManager.default.removeItem(at: folder)
    }

    /// A file of pseudo-random bytes whose size is no multiple of 3 (so base64 pads).
    private func file(_ name: String, count: Int) throws -> (path: String, data: Data) {
        var generator = SystemRandomNumberGenerator()
        let data = Data((0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let path = folder.appendingPathComponent(name).path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: data))
        return (path, data)
    }

    func testAZAPIVideoBodyIsBuiltWithoutReadingTheFileAndArrivesIdentical() async throws {
        let video = try file("clip.mp4", count: 1_000_003)
        let account = fixture.account(.zapi)
        let valid = try XCTUnwrap(DraftValidator.check(StatusDraft(kind: .video, text: "Oi", media: video.path), for: .zapi, account: account).valid)
        let request = try ZAPIGateway().statusRequest(for: valid, account: account, uploadedLink: nil)
        let payload = try XCTUnwrap(request.payload)
        XCTAssertEqual(payload.parts.count, 3, "JSON before, the file, JSON after")
        XCTAssertEqual(payload.parts[1], .base64OfFile(path: video.path, byteCount: video.data.count))
        let held = payload.parts.reduce(0) { total, part in if case .bytes(let data) = part { total + data.count } else { total } }
        XCTAssertLessThan(held, 100, "only the JSON around the file is in memory")

        let expected = #"{"video":"data:video/mp4;base64,"# + video.data.base64EncodedString() + #"","caption":"Oi"}"#
        XCTAssertEqual(payload.count, expected.utf8.count, "the Content-Length is known before reading")
        let outcome = await StatusPoster(client: fixture.client, timeout: .seconds(30)).post(valid, to: account)
        XCTAssertTrue(outcome.succeeded, outcome.failure?.message ?? "")
        let received = try XCTUnwrap(fixture.lastRequest)
        XCTAssertEqual(received.body.count, expected.utf8.count)
        XCTAssertTrue(received.body.elementsEqual(expected.utf8), "the sandbox received the same bytes")
    }

    func testChunksAreBoundedAndMakeTheWholeBody() async throws {
        let media = try file("song.mp3", count: 700_001)
        let body = RequestBody(parts: [.bytes(Data("[".utf8)), .base64OfFile(path: media.path, byteCount: media.data.count), .bytes(Data(",".utf8)), .file(path: media.path, byteCount: media.data.count), .bytes(Data("]".utf8))])
        var joined = Data()
        var largest = 0
        for try await chunk in body.chunks() {
            largest = max(largest, chunk.readableBytes)
            joined.append(contentsOf: chunk.readableBytesView)
        }
        XCTAssertLessThanOrEqual(largest, BodyChunkReader.fileChunkBytes / 3 * 4)
        XCTAssertEqual(joined, Data("[".utf8) + Data(media.data.base64EncodedString().utf8) + Data(",".utf8) + media.data + Data("]".utf8))
        XCTAssertEqual(joined.count, body.count)
        XCTAssertEqual(body.data(), joined)
    }

    func testAFileThatShrankBeforeSendingFailsAsGoneInsteadOfSendingSomethingElse() async throws {
        let media = try file("clip.mp4", count: 300_000)
        let account = fixture.account(.zapi)
        let valid = try XCTUnwrap(DraftValidator.check(StatusDraft(kind: .video, media: media.path), for: .zapi, account: account).valid)
        let request = try ZAPIGateway().statusRequest(for: valid, account: account, uploadedLink: nil)
        try media.data.prefix(1000).write(to: URL(fileURLWithPath: media.path))
        let result = await fixture.client.send(request, timeout: .seconds(10))
        guard case .failure(.cannotBuildRequest(.fileGone(let path))) = result else {
            return XCTFail("expected the file to be reported gone, got \(result)")
        }
        XCTAssertEqual(path, media.path)
        XCTAssertNil(RequestBody(parts: [.file(path: media.path, byteCount: 300_000)]).data())
    }
}
