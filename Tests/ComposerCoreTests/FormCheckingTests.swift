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
        XCTAssertEqual(state.parsedMedia?.byteCount, 2048)
        XCTAssertFalse(state.hasErrors)
        try FileManager.default.removeItem(atPath: photo)

        // Ticks, resizes and redraws do not stat the file again.
        _ = ComposerReducer.reduce(&state, .tick)
        _ = ComposerReducer.reduce(&state, .event(.resize(width: 120, height: 40)))
        XCTAssertEqual(state.parsedMedia?.byteCount, 2048)
        XCTAssertTrue(state.screenText.contains("photo.jpg"))

        // Asking to post looks again, and finds the file gone.
        state.send(.control("s"))
        XCTAssertNotEqual(state.overlay, .confirmPost)
        XCTAssertTrue(state.hasErrors)
        XCTAssertNil(state.parsedMedia)
    }
}
