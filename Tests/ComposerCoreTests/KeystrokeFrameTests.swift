import ComposerCore
import Foundation
import StatusKit
import TerminalCells
import XCTest

/// What one typed character changes on screen: what a slow terminal link pays per keystroke.
final class KeystrokeFrameTests: XCTestCase {
    /// The cells that differ between two frames.
    private func changedCells(typing character: Character, after text: String, quiet: Bool = false) -> [(x: Int, y: Int, text: String)] {
        var state = Fixture.state(draft: StatusDraft(kind: .text, text: text))
        state.quietScreen = quiet
        state.send(.end)
        let before = ComposerView.render(state)
        state.type(String(character))
        let after = ComposerView.render(state)
        return after.diff(from: before).flatMap { run in
            run.cells.enumerated().map { (x: run.x + $0.offset, y: run.y, text: $0.element.text) }
        }
    }

    func testATypedCharacterChangesItsCellTheCounterDigitAndOnePreviewCell() {
        // 12 → 13 characters: one counter digit changes.
        let changed = changedCells(typing: "m", after: "Bom dia, sol")
        XCTAssertEqual(changed.filter { $0.text == "m" }.count, 2, "the field and the preview: \(changed)")
        XCTAssertEqual(changed.count, 3, "the character, its preview cell and one counter digit: \(changed)")
    }

    func testAQuietScreenChangesOnlyTheTypedCell() {
        let changed = changedCells(typing: "é", after: "Promoção de verão", quiet: true)
        XCTAssertEqual(changed.map(\.text), ["é"])
    }
}
