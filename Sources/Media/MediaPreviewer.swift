import Foundation
import StatusKit
import TerminalCells

/// Draws the image a media reference names as cells for the preview pane: reads the file (a
/// link is downloaded once into the cache folder, a `data:` URI decoded), decodes it no larger
/// than the box needs and hands it to chafa. Results are kept in a `PreviewCache`.
public struct MediaPreviewer: Sendable {
    /// Files larger than this are not read for a preview (no status image is this big).
    public static let maxFileBytes = 64 * 1024 * 1024
    public let cache: PreviewCache
    let downloader: LinkDownloader

    public init(cache: PreviewCache = PreviewCache(), downloader: LinkDownloader) {
        self.cache = cache
        self.downloader = downloader
    }

    /// The image fitted in `columns` × `rows` (its aspect kept), or why not.
    public func draw(
        _ reference: MediaReference, byteCount: Int = 0, modified: Date? = nil, columns: Int, rows: Int, profile: ColorProfile
    ) async -> Result<CellBuffer, PreviewFailure> {
        let key = PreviewCache.Key(reference: reference, byteCount: byteCount, modified: modified, columns: columns, rows: rows, profile: profile)
        if let cached = cache.value(for: key) { return cached }
        let result: Result<CellBuffer, PreviewFailure>
        switch await bytes(of: reference) {
        case .success(let data): result = Self.cells(of: data, columns: columns, rows: rows, profile: profile)
        case .failure(let failure): result = .failure(failure)
        }
        // A link that failed may answer later: only its successes are kept.
        if case .link = reference, case .failure = result { return result }
        cache.store(result, for: key)
        return result
    }

    private func bytes(of reference: MediaReference) async -> Result<Data, PreviewFailure> {
        switch reference {
        case .file(let path):
            return Self.read(path)
        case .dataURI(_, let base64):
            guard let bytes = MemoryBytes(base64: base64) else {
                return .failure(PreviewFailure("the data URI's base64 does not decode"))
            }
            return .success(bytes.data)
        case .link(let url):
            switch await downloader.fetch(url) {
            case .success(let file): return Self.read(file.path)
            case .failure(let why): return .failure(PreviewFailure(why.description))
            }
        }
    }

    /// The file whole, read as `BoundedFile` reads: without blocking, a regular file only, no
    /// more than `maxFileBytes`.
    private static func read(_ path: String) -> Result<Data, PreviewFailure> {
        BoundedFile.read(path, limit: maxFileBytes).mapError { failure -> PreviewFailure in
            switch failure {
            case .missing: PreviewFailure("no such file")
            case .tooLarge: PreviewFailure("the file is over \(Format.bytes(maxFileBytes))")
            case .unreadable: PreviewFailure("the file cannot be read")
            case .notAFile: PreviewFailure(failure.description)
            }
        }
    }

    /// Decodes `data` (JPEG or PNG) and draws it fitted in `columns` × `rows` cells.
    public static func cells(of data: Data, columns: Int, rows: Int, profile: ColorProfile) -> Result<CellBuffer, PreviewFailure> {
        guard profile != .monochrome else { return .failure(PreviewFailure("no colours here (NO_COLOR or a monochrome terminal)")) }
        // chafa looks at up to 8×8 pixels a cell: decoding more than that only costs time.
        switch DecodedImage.decode(data, minWidth: columns * 8, minHeight: rows * 8) {
        case .failure(let error):
            return .failure(PreviewFailure(error.description))
        case .success(let image):
            let fitted = CellRenderer.fit(width: image.fullWidth, height: image.fullHeight, columns: columns, rows: rows)
            guard let cells = CellRenderer.cells(of: image, columns: fitted.columns, rows: fitted.rows, profile: profile) else {
                return .failure(PreviewFailure("chafa could not draw it"))
            }
            return .success(cells)
        }
    }
}
