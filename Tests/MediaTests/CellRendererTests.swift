import Foundation
import Media
import MediaTestSupport
import TerminalCells
import XCTest

/// A small known image drawn as cells, with its exact colours; the cache; the fitting.
final class CellRendererTests: XCTestCase {
    /// 16×16 pixels: the top half red, the bottom half blue; drawn in one cell, that is an
    /// upper half block red on blue (or the lower one, blue on red).
    private let redOverBlue = TestMediaFiles.png(width: 16, height: 16) { _, y in y < 8 ? (255, 0, 0) : (0, 0, 255) }

    func testHalfBlocksInTrueColour() throws {
        let cells = try MediaPreviewer.cells(of: Data(redOverBlue), columns: 1, rows: 1, profile: .trueColor).get()
        XCTAssertEqual(cells.width, 1)
        XCTAssertEqual(cells.height, 1)
        let cell = cells[x: 0, y: 0]
        let red = Color.rgb(255, 0, 0), blue = Color.rgb(0, 0, 255)
        switch cell.text {
        case "▀": XCTAssertEqual([cell.style.fg, cell.style.bg], [red, blue])
        case "▄": XCTAssertEqual([cell.style.fg, cell.style.bg], [blue, red])
        default: XCTFail("\(cell)")
        }
    }

    func testFourQuartersAsQuadrantsOrBlocksIn256Colours() throws {
        // 2×2 cells of solid colours (each 8×16 pixels): every cell is one colour from xterm's
        // cube — red 196, green 46, blue 21, white 231.
        let colours: [[(UInt8, UInt8, UInt8)]] = [[(255, 0, 0), (0, 255, 0)], [(0, 0, 255), (255, 255, 255)]]
        let png = TestMediaFiles.png(width: 16, height: 32) { x, y in colours[y / 16][x / 8] }
        let cells = try MediaPreviewer.cells(of: Data(png), columns: 2, rows: 2, profile: .ansi256).get()
        let expected: [[UInt8]] = [[196, 46], [21, 231]]
        for y in 0..<2 {
            for x in 0..<2 {
                let cell = cells[x: x, y: y]
                // A solid cell: a space in the background colour or a full block in the foreground.
                let shown = cell.text == " " ? cell.style.bg : cell.style.fg
                XCTAssertTrue(cell.text == " " || cell.text == "█", "\(x),\(y): \(cell.text)")
                XCTAssertEqual(shown, .indexed(expected[y][x]), "\(x),\(y)")
            }
        }
    }

    func testAPhotoIsFittedWithItsAspect() throws {
        let jpeg = TestMediaFiles.jpeg(width: 400, height: 300) { x, _ in (UInt8(x % 256), 80, 160) }
        let cells = try MediaPreviewer.cells(of: Data(jpeg), columns: 20, rows: 20, profile: .trueColor).get()
        XCTAssertEqual(cells.width, 20)
        // 4:3 in cells twice as tall as wide: 20 columns, 7 or 8 rows.
        XCTAssertTrue((7...8).contains(cells.height), "\(cells.height)")
        XCTAssertEqual(MediaPreviewer.cells(of: Data(jpeg), columns: 20, rows: 20, profile: .monochrome).failureDescription,
                       "no colours here (NO_COLOR or a monochrome terminal)")
    }

    /// A phone's portrait photo, stored sideways with EXIF orientation 6: drawn upright. Stored
    /// 64×16, red left and blue right; upright it is 16×64, red above blue.
    func testAnOrientationSixJPEGIsDrawnUpright() throws {
        let stored = TestMediaFiles.jpeg(width: 64, height: 16) { x, _ in x < 32 ? (255, 0, 0) : (0, 0, 255) }
        let jpeg = Data(TestMediaFiles.exifOriented(stored, 6))
        let image = try DecodedImage.decode(jpeg).get()
        XCTAssertEqual([image.fullWidth, image.fullHeight], [16, 64])
        XCTAssertEqual(image.width * 4, image.height, "\(image.width)×\(image.height)")
        let cells = try MediaPreviewer.cells(of: jpeg, columns: 20, rows: 20, profile: .trueColor).get()
        // 16×64 pixels in cells twice as tall as wide: 10 columns, 20 rows.
        XCTAssertEqual([cells.width, cells.height], [10, 20])
        func shown(_ x: Int, _ y: Int) -> (red: Int, blue: Int) {
            let cell = cells[x: x, y: y]
            guard case .rgb(let red, _, let blue) = cell.text == " " ? cell.style.bg : cell.style.fg else { return (-1, -1) }
            return (Int(red), Int(blue))
        }
        // JPEG's colours are near, not exact.
        let top = shown(5, 1), bottom = shown(5, 18)
        XCTAssertTrue(top.red > 200 && top.blue < 60, "top: \(top)")
        XCTAssertTrue(bottom.red < 60 && bottom.blue > 200, "bottom: \(bottom)")
    }

    func testTheCacheKeysOnPathSizeAndTime() async throws {
        let path = try TestMediaFiles.write(redOverBlue, named: "card.png")
        let previewer = MediaPreviewer(downloader: LinkDownloader(folder: FileManager.default.temporaryDirectory))
        let first = Date(timeIntervalSince1970: 1000)
        _ = try await previewer.draw(.file(path: path), byteCount: redOverBlue.count, modified: first, columns: 4, rows: 4, profile: .trueColor).get()
        XCTAssertEqual(previewer.cache.count, 1)
        // The same file as it was: from the cache, even with the file gone.
        try FileManager.default.removeItem(atPath: path)
        let again = await previewer.draw(.file(path: path), byteCount: redOverBlue.count, modified: first, columns: 4, rows: 4, profile: .trueColor)
        XCTAssertNotNil(try? again.get())
        // Changed since (another time): read again, and now it is missing.
        let changed = await previewer.draw(.file(path: path), byteCount: redOverBlue.count, modified: first.addingTimeInterval(1), columns: 4, rows: 4, profile: .trueColor)
        XCTAssertEqual(changed.failureDescription, "no such file")
        XCTAssertEqual(previewer.cache.count, 2)
    }

    func testADataURIIsDrawn() async throws {
        let previewer = MediaPreviewer(downloader: LinkDownloader(folder: FileManager.default.temporaryDirectory))
        let drawn = await previewer.draw(.dataURI(mimeType: "image/png", base64: Data(redOverBlue).base64EncodedString()), columns: 1, rows: 1, profile: .trueColor)
        XCTAssertEqual(try drawn.get().width, 1)
    }
}
