import Foundation
import StatusKit

/// When the preview pane asks for an image: an image status, with the preview column showing,
/// in colour (the quiet screen and `NO_COLOR` show none), and — for a local file — once its
/// stat is known, so a changed file is drawn again; for a link, once its HEAD said it is an
/// image (2xx, `image/*`), so a page, a 404 or a half-typed link is never downloaded.
enum PreviewFlow {
    static func wanted(_ state: ComposerState) -> PreviewRequest? {
        guard ComposerLayout.showsImage(state), let reference = state.mediaLookup.reference else { return nil }
        var byteCount = 0
        var modified: Date?
        switch reference {
        case .file:
            // Facts being read again (before a post): the image shown stays until they come.
            guard let facts = state.mediaLookup.facts else { return state.preview.request }
            guard facts.exists, !facts.isDirectory, facts.readable else { return nil }
            byteCount = facts.byteCount
            modified = facts.modified
        case .link:
            guard let head = state.mediaLookup.facts?.head, isImage(head) else { return nil }
        case .dataURI:
            break
        }
        let frame = ComposerLayout.imageFrame(windowHeight: state.size.height)
        return PreviewRequest(
            reference: reference, byteCount: byteCount, modified: modified,
            columns: frame.columns, rows: frame.rows, profile: state.colorProfile)
    }

    /// A HEAD's answer says the link is an image file: a 2xx status with an `image/*` type.
    private static func isImage(_ head: LinkHead) -> Bool {
        guard case .answered(let status, let type?, _) = head else { return false }
        return (200..<300).contains(status) && type.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("image/")
    }

    static func drawn(_ image: PreviewImage, for request: PreviewRequest, in state: inout ComposerState) {
        state.preview.answer(image, for: request)
    }
}
