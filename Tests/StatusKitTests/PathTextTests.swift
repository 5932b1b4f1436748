import StatusKit
import XCTest

/// Path pieces of typed text, by bytes (Foundation's NSString path methods trap on some text).
final class PathTextTests: XCTestCase {
    /// A media path the composer's fuzz run typed: `NSString.pathExtension` traps on it.
    static let trapping = String(String.UnicodeScalarView([
        0x1f1e7, 0x1f600, 0xc5, 0x1f3f4, 0xe0067, 0xe0062, 0xe0073, 0xe0063, 0xe0074, 0xe007f, 0x631,
        0x30fc, 0xd8, 0x915, 0x94d, 0x937, 0x451, 0x451, 0x631, 0xe01, 0xe31, 0xe48, 0x5dc, 0x1100, 0x1161,
        0x11a8, 0x1faf8, 0x2f, 0x2f, 0x2f, 0x2060, 0x938, 0x94d, 0x924, 0x947, 0x10fffd, 0x20, 0xffff,
        0x300d, 0x627, 0x3b3, 0x1f44d, 0x1f3ff, 0x35, 0x39, 0x34, 0x38, 0x33, 0x30, 0x37, 0x37, 0x20,
        0xff21, 0x20, 0x5dc, 0x416, 0x300d, 0x938, 0x94d, 0x924, 0x947, 0x20, 0x644, 0x20, 0x3bb, 0x3bb,
        0xe2a, 0x928, 0x440, 0x928, 0x1fae8, 0x5d5, 0x5b9, 0x5dc, 0x928, 0x61, 0x308, 0x331, 0xc5, 0x20,
        0x631, 0x3b3, 0x59, 0x645, 0x29, 0x5d5, 0x5b9, 0x451, 0x2764, 0xe9, 0xc5b4, 0x4e2d, 0x23, 0xfe0f,
        0x20e3, 0x92e, 0x930, 0x94d, 0x200d, 0x938, 0x94d, 0x924, 0x947, 0x5b57, 0x200b, 0x3a9, 0x5dc,
        0x3b2, 0x435, 0x153, 0xf1, 0x5b57, 0xe27, 0xe31, 0xe14, 0xe35, 0x938, 0x94d, 0x924, 0x947, 0x1f3f3,
        0xfe0f, 0x200d, 0x1f308, 0x58, 0xe2a, 0x9, 0x3e, 0x5b57, 0xad6d, 0x915, 0x94d, 0x937, 0x20, 0x5d5,
        0x5b9, 0x3bb, 0x20, 0xf5, 0x20, 0xc5, 0x20, 0x2764, 0xfe0f, 0x627, 0x20, 0xe6, 0x30fc, 0x3b2, 0x5dc,
        0x6587, 0x644, 0x38, 0x30, 0x34, 0x31, 0x30, 0x34, 0x34, 0x39
    ].compactMap(Unicode.Scalar.init)))

    func testTextThatTrapsFoundationIsTakenApart() {
        XCTAssertTrue(Self.trapping.contains("///"))
        XCTAssertEqual(PathText.pathExtension(Self.trapping), "")
        XCTAssertFalse(PathText.lastComponent(Self.trapping).isEmpty)
        XCTAssertNil(MimeTypes.forFileName(Self.trapping))
        XCTAssertEqual(PathText.expandingTilde("~/" + Self.trapping, homeFolder: "/home/ana"), "/home/ana/" + Self.trapping)
    }

    func testComponentsAndExtensionsAsFoundationGivesThem() {
        XCTAssertEqual(PathText.lastComponent("/srv/ofertas/café.JPG"), "café.JPG")
        XCTAssertEqual(PathText.lastComponent("fotos/"), "fotos")
        XCTAssertEqual(PathText.lastComponent("/"), "/")
        XCTAssertEqual(PathText.lastComponent("oferta.jpg"), "oferta.jpg")
        XCTAssertEqual(PathText.pathExtension("/srv/café.JPG"), "JPG")
        XCTAssertEqual(PathText.pathExtension("/srv/v1.2/clip"), "")
        XCTAssertEqual(PathText.pathExtension(".profile"), "")
        XCTAssertEqual(PathText.pathExtension("oferta."), "")
        XCTAssertEqual(PathText.pathExtension("a.tar.gz"), "gz")
    }

    func testTildeIsTheHomeFolderOrANamedUsers() {
        XCTAssertEqual(PathText.expandingTilde("~", homeFolder: "/home/ana"), "/home/ana")
        XCTAssertEqual(PathText.expandingTilde("~/", homeFolder: "/home/ana/"), "/home/ana")
        XCTAssertEqual(PathText.expandingTilde("~/fotos/a.jpg", homeFolder: "/home/ana"), "/home/ana/fotos/a.jpg")
        XCTAssertEqual(PathText.expandingTilde("~root/a.jpg", homeFolder: "/home/ana"), "/root/a.jpg")
        XCTAssertEqual(PathText.expandingTilde("~no-such-user-here/a.jpg"), "~no-such-user-here/a.jpg")
        XCTAssertEqual(PathText.expandingTilde("/srv/~a.jpg"), "/srv/~a.jpg")
    }
}
