import Foundation
import StatusKit

/// When the preview pane asks for an image: an image status, with the preview column showing,
/// in colour (the quiet screen and `NO_COLOR` show none), and — for a local file — once its
/// stat is known, so a changed file is drawn again.
enum PreviewFlow {
    static func wanted(_ state: ComposerState) -> PreviewRequest? {
        guard state.kind == .image, !state.quietScreen, state.colorProfile != .monochrome,
              ComposerLayout.showsPreview(width: state.size.width),
              !ComposerLayout.isTooSmall(width: state.size.width, height: state.size.height),
              let reference = state.mediaLookup.reference else { return nil }
        var byteCount = 0
        var modified: Date?
        if reference.needsFacts {
            // Facts being read again (before a post): the image shown stays until they come.
            guard let facts = state.mediaLookup.facts else { return state.preview.request }
            guard facts.exists, !facts.isDirectory, facts.readable else { return nil }
            byteCount = facts.byteCount
            modified = facts.modified
        }
        let frame = ComposerLayout.imageFrame(windowHeight: state.size.height)
        return PreviewRequest(
            reference: reference, byteCount: byteCount, modified: modified,
            columns: frame.columns, rows: frame.rows, profile: state.colorProfile)
    }

    static func drawn(_ image: PreviewImage, for request: PreviewRequest, in state: inout ComposerState) {
        _ = state.preview.answer(image, for: request)
    }
}
