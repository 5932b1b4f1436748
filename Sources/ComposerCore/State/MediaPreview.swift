import Foundation
import StatusKit
import TerminalCells

/// What the preview pane asks to have drawn: the image a reference names (for a file, as it
/// is now: its size and modification time key the cache), in a box of `columns` × `rows`
/// cells for a terminal with `profile`.
public struct PreviewRequest: Sendable, Hashable {
    public let reference: MediaReference
    public let byteCount: Int
    public let modified: Date?
    public let columns: Int
    public let rows: Int
    public let profile: ColorProfile

    public init(reference: MediaReference, byteCount: Int = 0, modified: Date? = nil, columns: Int, rows: Int, profile: ColorProfile) {
        self.reference = reference
        self.byteCount = byteCount
        self.modified = modified
        self.columns = columns
        self.rows = rows
        self.profile = profile
    }
}

/// The answer to a `PreviewRequest`: the image as cells (no larger than asked, its aspect kept),
/// or a sentence saying why it cannot be shown.
public enum PreviewImage: Sendable {
    case cells(CellBuffer)
    case failed(String)
}

/// The preview pane's image: what was asked for last and, once answered, its cells. The reducer
/// asks with `Effect.drawPreview` and is answered with `ComposerAction.previewDrawn`.
public struct MediaPreview: Sendable {
    public private(set) var request: PreviewRequest?
    public private(set) var image: PreviewImage?

    /// The request to make for `wanted`: nil when it is the one already made (or nothing is wanted).
    mutating func ask(_ wanted: PreviewRequest?) -> PreviewRequest? {
        guard wanted != request else { return nil }
        request = wanted
        image = nil
        return wanted
    }

    /// Takes an answer; one for a request no longer current is dropped.
    mutating func answer(_ image: PreviewImage, for request: PreviewRequest) {
        guard request == self.request else { return }
        self.image = image
    }
}
