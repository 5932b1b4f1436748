import Foundation
import Media
import MediaTestSupport
import StatusKit
import Synchronization
import XCTest

/// Each media check with a real file of its kind, written by the test: what the inspector reads
/// from the bytes, and the warning or refusal `post` would print.
final class MediaCheckTests: XCTestCase {
    let sandbox = Account(name: "s", gateway: .sandbox, baseURL: URL(string: "http://127.0.0.1:9")!, instance: "s", token: Secret("t"))
    let green = Account(
        name: "g", gateway: .greenAPI, baseURL: URL(string: "http://127.0.0.1:9")!, instance: "1", token: Secret("t"),
        mediaURL: URL(string: "http://127.0.0.1:9"))

    private func check(_ kind: StatusKind, _ path: String, account: Account? = nil) async -> DraftCheck {
        let draft = StatusDraft(kind: kind, text: "Sale", media: path)
        return await MediaInspector().checkAll(draft, accounts: [account ?? sandbox])[0].check
    }

    func testAPortraitJPEGIsDescribedAndPasses() async throws {
        let path = try TestMediaFiles.write(TestMediaFiles.jpeg(width: 108, height: 192) { _, _ in (200, 30, 30) }, named: "sale.jpg")
        let facts = try XCTUnwrap(MediaInspector.localFacts(for: .file(path: path)))
        XCTAssertEqual(facts.content, .image(.jpeg, width: 108, height: 192))
        let summary = facts.content?.summary(byteCount: facts.byteCount)
        XCTAssertTrue(summary?.hasPrefix("image · JPEG · 108×192 · ") == true, summary ?? "")
        let check = await check(.image, path)
        XCTAssertEqual(check.issues, [])
        XCTAssertNotNil(check.valid)
    }

    func testALandscapeImageGetsTheNineBySixteenHint() async throws {
        let path = try TestMediaFiles.write(TestMediaFiles.png(width: 40, height: 20) { _, _ in (0, 0, 255) }, named: "wide.png")
        let check = await check(.image, path)
        XCTAssertEqual(check.errors, [])
        XCTAssertEqual(check.warnings.map(\.message), ["media: 'wide.png' is landscape (40×20); statuses are shown 9:16, so it shows small with bars"])
    }

    func testGIFAndWebPAreWarnedAbout() async throws {
        var gif = Array("GIF89a".utf8) + [10, 0, 20, 0, 0, 0, 0]
        gif += [0x3B]
        let path = try TestMediaFiles.write(gif, named: "party.gif")
        let check = await check(.image, path)
        XCTAssertEqual(check.warnings.map(\.message), ["media: 'party.gif' is GIF; WhatsApp image statuses take JPEG and PNG — convert it first"])
        XCTAssertNotNil(check.valid, "a warning does not stop the post")

        // VP8X: canvas 90×160 (stored minus one, 24-bit little-endian).
        var webp = Array("RIFF".utf8) + [30, 0, 0, 0] + Array("WEBPVP8X".utf8) + [10, 0, 0, 0, 0, 0, 0, 0]
        webp += [89, 0, 0, 159, 0, 0]
        let webpPath = try TestMediaFiles.write(webp, named: "sticker.webp")
        XCTAssertEqual(MediaInspector.localFacts(for: .file(path: webpPath))?.content, .image(.webp, width: 90, height: 160))
        let webpCheck = await self.check(.image, webpPath)
        XCTAssertEqual(webpCheck.warnings.map(\.message), ["media: 'sticker.webp' is WebP; WhatsApp image statuses take JPEG and PNG — convert it first"])
    }

    func testALongVideoIsWarnedWithItsLength() async throws {
        let path = try TestMediaFiles.write(TestMediaFiles.mp4(seconds: 90), named: "promo.mp4")
        let facts = try XCTUnwrap(MediaInspector.localFacts(for: .file(path: path)))
        XCTAssertEqual(facts.content, .video(container: "MP4", codec: "avc1", seconds: 90, width: 1080, height: 1920))
        XCTAssertTrue(facts.content?.summary(byteCount: nil) == "video · MP4 · H.264 · 1080×1920 · 1:30")
        let check = await check(.video, path)
        XCTAssertEqual(check.warnings.map(\.message), ["media: 'promo.mp4' runs 1:30; WhatsApp cuts a status video at 1:00"])
    }

    func testHEVCAndQuickTimeAreNamed() async throws {
        let hevc = try TestMediaFiles.write(TestMediaFiles.mp4(codec: "hvc1", seconds: 10), named: "hevc.mp4")
        let hevcCheck = await check(.video, hevc)
        XCTAssertEqual(hevcCheck.warnings.map(\.message), ["media: 'hevc.mp4' is HEVC (hvc1) video; statuses play H.264 — it may not play"])
        let mov = try TestMediaFiles.write(TestMediaFiles.mp4(brand: "qt  ", seconds: 10), named: "clip.mp4")
        let movCheck = await check(.video, mov)
        XCTAssertEqual(movCheck.warnings.map(\.message), ["media: 'clip.mp4' is a QuickTime file, not MP4; statuses take MP4 (H.264)"])
    }

    func testAudioHasItsFormatAndLength() async throws {
        let path = try TestMediaFiles.write(TestMediaFiles.mp3(seconds: 30), named: "jingle.mp3")
        guard case .audio(let format, let seconds?)? = MediaInspector.localFacts(for: .file(path: path))?.content else {
            return XCTFail("not read as audio")
        }
        XCTAssertEqual(format, "MP3")
        XCTAssertEqual(seconds, 30, accuracy: 0.5)
        let check = await check(.audio, path)
        XCTAssertEqual(check.issues, [])
    }

    func testGreenAPIRefusesMP3SentAsAMediaStatus() async throws {
        // Named .mp4, holding MP3 audio: Green API would take it through sendMediaStatus and never show it.
        let path = try TestMediaFiles.write(TestMediaFiles.mp3(seconds: 5), named: "song.mp4")
        let check = await check(.video, path, account: green)
        XCTAssertEqual(check.errors.map(\.message), [
            "media: 'song.mp4' holds MP3 audio; Green API accepts it as a media status and never shows it — post it as an audio status (sent as a voice status)",
        ])
        XCTAssertNil(check.valid)
    }

    func testADataURIIsDecodedInTheBackgroundNotAtOnce() async {
        let png = TestMediaFiles.png(width: 4, height: 8) { _, _ in (1, 2, 3) }
        let reference = MediaReference.dataURI(mimeType: "image/png", base64: Data(png).base64EncodedString())
        XCTAssertNil(MediaInspector.localFacts(for: reference), "left to facts(for:), off the run loop")
        let facts = await MediaInspector().facts(for: reference)
        XCTAssertEqual(facts.content, .image(.png, width: 4, height: 8))
        XCTAssertEqual(facts.byteCount, png.count)
    }

    /// A FIFO named as the media (no writer): opened without waiting, and said to be no file,
    /// both by the checks and by the preview. Bounded: were it to block, the test fails in 5 s.
    func testAFIFOIsSaidAndNeverWaitedOn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("media-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("drop.jpg").path
        XCTAssertEqual(mkfifo(path, 0o600), 0)
        defer {
            // Were an open to block, a writer releases it before the folder goes.
            let writer = open(path, O_WRONLY | O_NONBLOCK)
            if writer >= 0 { close(writer) }
            try? FileManager.default.removeItem(at: folder)
        }
        let found = FoundAnswers()
        let done = DispatchSemaphore(value: 0)
        let sandbox = sandbox
        Task.detached {
            let check = await MediaInspector().checkAll(StatusDraft(kind: .image, text: "Sale", media: path), accounts: [sandbox])[0].check
            let previewer = MediaPreviewer(downloader: LinkDownloader(folder: FileManager.default.temporaryDirectory))
            let drawn = await previewer.draw(.file(path: path), columns: 4, rows: 4, profile: .trueColor)
            found.lines.withLock { $0 = check.warnings.map(\.message) + check.errors.map(\.message) + [drawn.failureDescription ?? "drawn"] }
            done.signal()
        }
        XCTAssertEqual(done.wait(timeout: .now() + 5), .success, "reading a FIFO blocked")
        // A FIFO stats as 0 bytes: the post is refused as empty; the preview says what it is.
        XCTAssertEqual(found.lines.withLock { $0 }, ["media: 'drop.jpg' is empty (0 bytes)", "a device, pipe or socket, not a file"])
        XCTAssertEqual(MediaInspector.localFacts(for: .file(path: path))?.content, .unrecognised(why: "a device, pipe or socket, not a file"))
    }

    func testACorruptImageIsNamedNotCrashedOn() async throws {
        let path = try TestMediaFiles.write([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8), named: "broken.jpg")
        let check = await check(.image, path)
        XCTAssertEqual(check.warnings.map(\.message), [
            "media: 'broken.jpg' is not an image file this program can read (a JPEG whose size cannot be read — cut short or corrupt)",
        ])
        let drawn = MediaPreviewer.cells(of: Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A]), columns: 10, rows: 10, profile: .trueColor)
        guard case .failure(let why) = drawn else { return XCTFail("a corrupt JPEG was drawn") }
        XCTAssertTrue(why.description.hasPrefix("this JPEG cannot be decoded: "), why.description)
    }
}

/// What a background task found, read by the test once it is done.
private final class FoundAnswers: Sendable {
    let lines = Mutex<[String]>([])
}
