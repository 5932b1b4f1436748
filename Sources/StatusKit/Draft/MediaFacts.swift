import Foundation

/// What was found out about a media reference outside the program: for a local file, whether it
/// exists, is a folder, can be read, its size and when it last changed. The composer asks for
/// them as an effect and gets them back as an action; `post` reads them directly.
public struct MediaFacts: Sendable, Equatable {
    public var exists: Bool
    public var isDirectory: Bool
    public var readable: Bool
    public var byteCount: Int
    public var modified: Date?
    /// What the bytes are (a file's or a `data:` URI's), when they were read (Media's inspector).
    public var content: MediaContent?
    /// A link's answer to a bounded `HEAD`, when asked.
    public var head: LinkHead?

    public init(
        exists: Bool, isDirectory: Bool = false, readable: Bool = true, byteCount: Int = 0, modified: Date? = nil,
        content: MediaContent? = nil, head: LinkHead? = nil
    ) {
        self.exists = exists
        self.isDirectory = isDirectory
        self.readable = readable
        self.byteCount = byteCount
        self.modified = modified
        self.content = content
        self.head = head
    }

    /// Nothing at the path (a dangling link included: links are followed).
    public static let missing = MediaFacts(exists: false, readable: false)

    /// Reads the facts of a reference that has some (`needsFacts`): a local file's stat. Nil
    /// for links and data URIs, which are judged from their text alone.
    public static func read(_ reference: MediaReference) -> MediaFacts? {
        guard case .file(let path) = reference else { return nil }
        return read(path: path)
    }

    /// A local file's stat (`.missing` when there is nothing at `path`).
    public static func read(path: String) -> MediaFacts {
        guard let status = FileStatus(path: path) else { return .missing }
        return MediaFacts(
            exists: true, isDirectory: status.isDirectory, readable: FileManager.default.isReadableFile(atPath: path),
            byteCount: status.size, modified: status.modified
        )
    }
}
