import Foundation
import StatusKit
import XCTest

/// The media field read in two steps: what its text names (no I/O), then the facts of a local
/// file (a stat). `MediaSource.parse`, which `post` uses, is the two together.
final class MediaFactsTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("media-facts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testReferencesAreReadFromTheTextAlone() {
        XCTAssertEqual(try MediaReference.parse(" https://cdn.example.com/a.jpg ").get(), .link(URL(string: "https://cdn.example.com/a.jpg")!))
        XCTAssertEqual(try MediaReference.parse("data:image/png;base64,iVBORw0KGgo=").get(), .dataURI(mimeType: "image/png", base64: "iVBORw0KGgo="))
        XCTAssertEqual(try MediaReference.parse("/nowhere/at/all.mp4").get(), .file(path: "/nowhere/at/all.mp4"))
        XCTAssertEqual(try MediaReference.parse("~/a.jpg").get(), .file(path: NSHomeDirectory() + "/a.jpg"))
        XCTAssertEqual(MediaReference.parse("http://"), .failure(.badURL))
        XCTAssertEqual(MediaReference.parse("  "), .failure(.noSuchFile))
        XCTAssertEqual(MediaReference.parse("data:image/png,abc"), .failure(.badDataURI))
        XCTAssertTrue(MediaReference.file(path: "/x").needsFacts)
        XCTAssertFalse(MediaReference.link(URL(string: "https://a.b/c")!).needsFacts)
        XCTAssertNil(MediaFacts.read(.link(URL(string: "https://a.b/c")!)))
    }

    /// With the home folder given (the composer's state), `~` needs no look-up.
    func testATildeIsTheHomeFolderGiven() {
        XCTAssertEqual(try MediaReference.parse("~/fotos/a.jpg", homeFolder: "/home/ana").get(), .file(path: "/home/ana/fotos/a.jpg"))
        XCTAssertEqual(try MediaReference.parse("~", homeFolder: "/home/ana").get(), .file(path: "/home/ana"))
        XCTAssertEqual(try MediaReference.parse("/srv/a.jpg", homeFolder: "/home/ana").get(), .file(path: "/srv/a.jpg"))
        XCTAssertEqual(try MediaReference.parse("~/a.jpg", homeFolder: NSHomeDirectory()).get(), try MediaReference.parse("~/a.jpg").get())
    }

    func testAFilesFactsAreItsStat() throws {
        let photo = folder.appendingPathComponent("photo.jpg")
        try Data(repeating: 1, count: 3000).write(to: photo)
        let written = Date(timeIntervalSince1970: 1_700_000_000.25)
        try FileManager.default.setAttributes([.modificationDate: written], ofItemAtPath: photo.path)
        let facts = try XCTUnwrap(MediaFacts.read(.file(path: photo.path)))
        XCTAssertEqual(facts.exists, true)
        XCTAssertEqual(facts.isDirectory, false)
        XCTAssertEqual(facts.readable, true)
        XCTAssertEqual(facts.byteCount, 3000)
        XCTAssertEqual(try XCTUnwrap(facts.modified).timeIntervalSince1970, written.timeIntervalSince1970, accuracy: 0.001)

        XCTAssertEqual(MediaFacts.read(.file(path: folder.appendingPathComponent("gone.jpg").path)), .missing)
        XCTAssertEqual(MediaFacts.read(.file(path: folder.path))?.isDirectory, true)
    }

    func testParsingIsResolvingWithTheFactsRead() throws {
        let clip = folder.appendingPathComponent("clip.mp4")
        try Data(repeating: 2, count: 10).write(to: clip)
        for raw in [clip.path, folder.path, folder.appendingPathComponent("gone.mp4").path, "https://a.b/c.mp4", "data:video/mp4;base64,AAAA", "http://", ""] {
            let resolved = MediaReference.parse(raw).flatMap { MediaSource.resolve($0, facts: MediaFacts.read($0))! }
            XCTAssertEqual(MediaSource.parse(raw), resolved, raw)
        }
        XCTAssertEqual(MediaSource.parse(clip.path), .success(.file(path: clip.path, byteCount: 10, mimeType: "video/mp4")))
        XCTAssertNil(MediaSource.resolve(.file(path: clip.path), facts: nil), "a file is not judged before its facts are read")
    }

    /// The composer validates a file whose facts are not read yet: nothing to report, but
    /// nothing to post either.
    func testMediaNotReadYetIsNoErrorButNotReady() {
        let draft = StatusDraft(kind: .image, media: "/some/photo.jpg")
        let check = DraftValidator.check(draft, for: .sandbox, media: .failure(.notReadYet))
        XCTAssertEqual(check.issues, [])
        XCTAssertNil(check.valid)
        let empty = DraftValidator.check(StatusDraft(kind: .image, media: " "), for: .sandbox, media: .failure(.notReadYet))
        XCTAssertEqual(empty.errors.count, 1, "an empty field is still an error")
    }
}
