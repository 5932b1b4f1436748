import ComposerCore
import Foundation
import StatusKit
import TerminalCells
import XCTest

/// The preview pane's image: asked for as an effect once the media is known, drawn from the
/// cells that come back in a portrait frame with the caption beneath; none on the quiet screen
/// or without colours.
final class ImagePreviewTests: XCTestCase {
    private let link = "https://example.com/oferta.jpg"

    private func imageState(profile: ColorProfile = .trueColor) -> ComposerState {
        var state = Fixture.state(draft: StatusDraft(kind: .image, text: "Oferta de hoje", media: link))
        state.colorProfile = profile
        return state
    }

    /// The link's HEAD answered as `status` with `type`: what the reducer asks for then.
    private func answerHead(_ state: inout ComposerState, status: Int = 200, type: String? = "image/jpeg") -> [Effect] {
        let head = LinkHead.answered(status: status, contentType: type, byteCount: 1000)
        return ComposerReducer.reduce(&state, .mediaFactsRead(.link(URL(string: link)!), MediaFacts(exists: true, head: head)))
    }

    private func previewRequests(_ effects: [Effect]) -> [PreviewRequest] {
        effects.compactMap { if case .drawPreview(let request) = $0 { request } else { nil } }
    }

    func testTheImageIsAskedForInThePortraitFrame() throws {
        var state = imageState()
        let effects = answerHead(&state)
        let request = try XCTUnwrap(previewRequests(effects).first)
        XCTAssertEqual(request.reference, .link(URL(string: link)!))
        // 100×30: the frame is 9:16 in cells twice as tall as wide.
        XCTAssertEqual([request.columns, request.rows], [19, 17])
        XCTAssertEqual(request.profile, .trueColor)
        XCTAssertEqual(previewRequests(ComposerReducer.requests(&state)), [], "asked once")
        XCTAssertTrue(state.screenText.contains("loading the"), state.screenText)
    }

    func testTheCellsAreDrawnInTheFrameWithTheCaptionBeneath() throws {
        var state = imageState()
        let request = try XCTUnwrap(previewRequests(answerHead(&state)).first)
        var cells = CellBuffer(width: 19, height: 8)
        cells.fill(Rect(x: 0, y: 0, width: 19, height: 8), with: "▀", style: Style(fg: .rgb(255, 0, 0), bg: .rgb(0, 0, 255)))
        _ = ComposerReducer.reduce(&state, .previewDrawn(request, .cells(cells)))
        let buffer = ComposerView.render(state)
        let imageRows = (0..<buffer.height).filter { y in (0..<buffer.width).contains { buffer[x: $0, y: y].text == "▀" } }
        XCTAssertEqual(imageRows.count, 8)
        let left = try XCTUnwrap((0..<buffer.width).first { buffer[x: $0, y: imageRows[0]].text == "▀" })
        XCTAssertEqual(buffer[x: left, y: imageRows[0]].style.fg, .rgb(255, 0, 0))
        XCTAssertEqual(buffer[x: left, y: imageRows[0]].style.bg, .rgb(0, 0, 255))
        XCTAssertGreaterThan(left, ComposerLayout.formWidth(windowWidth: 100), "in the preview column")
        // Centred in the 17-row frame that starts under the label; the caption right beneath the frame.
        XCTAssertEqual(imageRows.first, 2 + (17 - 8) / 2)
        let captionRow = try XCTUnwrap(state.screen.firstIndex { $0.hasSuffix("Oferta de hoje") })
        XCTAssertEqual(captionRow, 2 + 17)
    }

    func testAFailureIsSaidInTheFrame() throws {
        var state = imageState()
        let request = try XCTUnwrap(previewRequests(answerHead(&state)).first)
        _ = ComposerReducer.reduce(&state, .previewDrawn(request, .failed("this JPEG cannot be decoded: Premature end")))
        XCTAssertTrue(state.screenText.contains("cannot show the"), state.screenText)
        XCTAssertTrue(state.screenText.contains("Premature"), state.screenText)
    }

    func testAnAnswerForAnotherImageIsIgnored() throws {
        var state = imageState()
        let old = try XCTUnwrap(previewRequests(answerHead(&state)).first)
        state.focus = .media
        state.type("x")
        _ = ComposerReducer.reduce(&state, .event(.key(.character("y"))))
        XCTAssertNotEqual(state.preview.request, old)
        _ = ComposerReducer.reduce(&state, .previewDrawn(old, .cells(CellBuffer(width: 1, height: 1))))
        XCTAssertNil(state.preview.image)
    }

    func testNoImageWithoutColoursOnTheQuietScreenOrForOtherKinds() {
        var mono = imageState(profile: .monochrome)
        XCTAssertEqual(previewRequests(answerHead(&mono)), [])
        XCTAssertFalse(mono.screenText.contains("loading the image"))
        XCTAssertTrue(mono.screenText.contains("oferta.jpg"), "the text card names the file instead")

        var quiet = imageState()
        quiet.quietScreen = true
        XCTAssertEqual(previewRequests(answerHead(&quiet)), [])

        var narrow = imageState()
        narrow.size = (80, 30)
        XCTAssertEqual(previewRequests(answerHead(&narrow)), [])
    }

    /// A link is downloaded for the preview only once its HEAD said it is an image: never while
    /// the HEAD is out, nor for a page, a 404 or a link that cannot be reached.
    func testALinkIsDrawnOnlyOnceItsHEADSaysImage() {
        var waiting = imageState()
        XCTAssertEqual(previewRequests(ComposerReducer.requests(&waiting)), [])
        var page = imageState()
        XCTAssertEqual(previewRequests(answerHead(&page, type: "text/html; charset=utf-8")), [])
        var gone = imageState()
        XCTAssertEqual(previewRequests(answerHead(&gone, status: 404, type: "image/jpeg")), [])
        var unreachable = imageState()
        let noAnswer = MediaFacts(exists: true, head: .unreachable(why: "connection refused"))
        XCTAssertEqual(previewRequests(ComposerReducer.reduce(&unreachable, .mediaFactsRead(.link(URL(string: link)!), noAnswer))), [])
        var image = imageState()
        XCTAssertEqual(previewRequests(answerHead(&image, type: "Image/JPEG")).count, 1)
    }
}
