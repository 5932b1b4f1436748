import ComposerCore
import Foundation
import StatusKit
import TerminalCells
import XCTest

/// The form is checked when it changes, not on every frame or spinner tick; a post checks again.
final class FormCheckingTests: XCTestCase {
    func testAnUnchangedFormIsNotCheckedAgainButAPostChecksAfresh() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("form-checking-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let photo = folder.appendingPathComponent("photo.jpg").path
        XCTAssertTrue(FileManager.default.createFile(atPath: photo, contents: Data(repeating: 7, count: 2048)))

        var state = Fixture.state(draft: StatusDraft(kind: .image, media: photo))
        state.perform(ComposerReducer.requests(&state))
        XCTAssertEqual(state.parsedMedia?.byteCount, 2048)
        XCTAssertFalse(state.hasErrors)
        try FileManager.default.removeItem(atPath: photo)

        // Ticks, resizes and redraws do not stat the file again: they ask for nothing.
        XCTAssertTrue(ComposerReducer.reduce(&state, .tick).isEmpty)
        // A resize asks only for the image drawn again in the taller frame (from the cache).
        let resized = ComposerReducer.reduce(&state, .event(.resize(width: 120, height: 40)))
        XCTAssertEqual(resized.count, 1)
        guard case .drawPreview? = resized.first else { return XCTFail("\(resized)") }
        XCTAssertEqual(state.parsedMedia?.byteCount, 2048)
        XCTAssertTrue(state.screenText.contains("photo.jpg"))

        // Asking to post looks again, and finds the file gone.
        let asked = state.send(.control("s"))
        XCTAssertEqual(asked.count, 1)
        guard case .readMediaFacts(.file(let path))? = asked.first else { return XCTFail("\(asked)") }
        XCTAssertEqual(path, photo)
        XCTAssertTrue(state.perform(asked).isEmpty)
        XCTAssertNotEqual(state.overlay, .confirmPost)
        XCTAssertTrue(state.hasErrors)
        XCTAssertNil(state.parsedMedia)
    }

    /// "é" as one code point and as "e" with a combining accent look the same and compare equal
    /// as Swift strings, but Green API counts the second as two against its 500: a text coming
    /// back from the editor that way is checked again.
    func testATextThatOnlyLooksTheSameIsCheckedAgain() {
        let composed = String(repeating: "a", count: 499) + "\u{E9}"
        var state = Fixture.state(selected: ["loja"], draft: StatusDraft(kind: .text, text: composed))
        XCTAssertFalse(state.hasErrors, "500 code points fit")
        _ = ComposerReducer.reduce(&state, .editorFinished(String(repeating: "a", count: 499) + "e\u{301}"))
        XCTAssertTrue(state.hasErrors, "501 code points do not")
        XCTAssertTrue(state.screenText.contains("501/500"), state.screenText)
    }
}
