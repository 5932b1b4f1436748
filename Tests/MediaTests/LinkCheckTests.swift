import Foundation
import GatewaySandbox
import Media
import MediaTestSupport
import StatusKit
import XCTest

/// Media links checked with a real HEAD against the sandbox, which serves files with chosen
/// statuses and types; and the preview's download into the cache folder.
final class LinkCheckTests: XCTestCase {
    var server: GatewaySandboxServer!
    let account = Account(name: "s", gateway: .sandbox, baseURL: URL(string: "http://127.0.0.1:9")!, instance: "s", token: Secret("t"))

    override func setUp() async throws {
        server = try await GatewaySandboxServer.start(credentials: [])
    }

    override func tearDown() async throws {
        await server.shutdown()
    }

    private func check(_ link: URL, kind: StatusKind = .image) async -> DraftCheck {
        await MediaInspector().checkAll(StatusDraft(kind: kind, media: link.absoluteString), accounts: [account])[0].check
    }

    func testTheFileItselfPasses() async throws {
        let link = server.serveFile("sale.jpg", bytes: [1, 2, 3], contentType: "image/jpeg")
        let facts = await MediaInspector().facts(for: .link(link))
        XCTAssertEqual(facts.head, .answered(status: 200, contentType: "image/jpeg", byteCount: 3))
        let check = await check(link)
        XCTAssertEqual(check.issues, [])
    }

    func testAPageADownloadAndA404AreRefusedWithWhatTheyAnswered() async throws {
        let page = server.serveFile("sale.jpg.html", bytes: Array("<html>".utf8), contentType: "text/html; charset=utf-8")
        let pageCheck = await check(page)
        XCTAssertEqual(pageCheck.errors.count, 1)
        XCTAssertTrue(pageCheck.errors[0].message.hasPrefix("media: 'http://127.0.0.1:"), pageCheck.errors[0].message)
        XCTAssertTrue(pageCheck.errors[0].message.hasSuffix(
            "' answered 200 with text/html; it must answer 200 with the file itself (a page or a download link is not the file)"))
        let download = server.serveFile("sale.bin", bytes: [0], contentType: "application/octet-stream")
        let downloadCheck = await check(download)
        XCTAssertEqual(downloadCheck.errors.count, 1)
        XCTAssertTrue(downloadCheck.errors[0].message.contains("answered 200 with application/octet-stream"), downloadCheck.errors[0].message)
        let missing = URL(string: "\(server.baseURL)/files/gone.jpg")!
        let missingCheck = await check(missing)
        XCTAssertEqual(missingCheck.errors.count, 1)
        XCTAssertTrue(missingCheck.errors[0].message.contains("answered 404 Not Found with text/plain"), missingCheck.errors[0].message)
        XCTAssertNil(missingCheck.valid)
    }

    func testAnUnreachableLinkIsAWarningOnly() async throws {
        // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
        let check = await check(URL(string: "http://127.0.0.1:9/sale.jpg")!)
        XCTAssertEqual(check.errors, [])
        XCTAssertEqual(check.warnings.count, 1)
        XCTAssertTrue(check.warnings[0].message.hasPrefix("media: 'http://127.0.0.1:9/sale.jpg' cannot be reached from here ("), check.warnings[0].message)
        XCTAssertNotNil(check.valid)
    }

    func testTheDownloadIsKeptInTheCacheFolderAndFailuresSayWhy() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("media-cache-\(UUID().uuidString)")
        let downloader = LinkDownloader(folder: folder, maxBytes: 1000)
        let link = server.serveFile("sale.png", bytes: TestMediaFiles.png(width: 4, height: 8) { _, _ in (9, 9, 9) }, contentType: "image/png")
        let file = try await downloader.fetch(link).get()
        XCTAssertEqual(file.deletingLastPathComponent().path, folder.path)
        XCTAssertEqual(file.pathExtension, "png")
        // Served once: a second fetch reads the cache even with the link gone.
        server.serveFile("sale.png", bytes: [], contentType: "image/png", status: 404)
        let again = try await downloader.fetch(link).get()
        XCTAssertEqual(again, file)

        let big = server.serveFile("big.jpg", bytes: [UInt8](repeating: 0, count: 2000), contentType: "image/jpeg")
        let bigResult = await downloader.fetch(big)
        XCTAssertEqual(bigResult.failureDescription, "the file is over 1000 bytes, more than the preview downloads")
        let gone = await downloader.fetch(URL(string: "\(server.baseURL)/files/none.jpg")!)
        XCTAssertEqual(gone.failureDescription, "the link answered 404 (text/plain; charset=utf-8) instead of the file")
        XCTAssertEqual(LinkDownloader.cacheFolder(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/h"]).path, "/x/cache/status-composer")
        XCTAssertEqual(LinkDownloader.cacheFolder(environment: ["HOME": "/h"]).path, "/h/.cache/status-composer")
    }
}

extension Result {
    var failureDescription: String? {
        if case .failure(let error) = self { return "\(error)" }
        return nil
    }
}
