import Foundation
import StatusKit

/// Reads the facts of what the media field names, for the checks and the preview: a file's
/// stat and what its bytes are; a `data:` URI's bytes; a link's answer to a bounded `HEAD`.
/// The composer runs this as an effect (links off the keystroke path); `post` before checking.
public struct MediaInspector: Sendable {
    let links: LinkChecker

    public init(links: LinkChecker = LinkChecker()) {
        self.links = links
    }

    /// Every fact there is to read for `reference`. A link's HEAD and a `data:` URI's decoding
    /// (megabytes, for a pasted photo) are left to this, off the composer's run loop.
    public func facts(for reference: MediaReference) async -> MediaFacts {
        switch reference {
        case .link(let url):
            let head = await links.head(url)
            var facts = MediaFacts(exists: true, head: head)
            if case .answered(_, _, let length?) = head { facts.byteCount = length }
            return facts
        case .dataURI(_, let base64):
            guard let bytes = MemoryBytes(base64: base64) else {
                return MediaFacts(exists: true, content: .unrecognised(why: "its base64 does not decode"))
            }
            return MediaFacts(exists: true, byteCount: bytes.count, content: MediaSniffer.content(of: bytes))
        case .file(let path):
            return Self.fileFacts(path)
        }
    }

    /// The facts that are quick to read, at once: a local file's stat and a look at its
    /// headers. Nil for a link or a `data:` URI (`facts(for:)` reads those).
    public static func localFacts(for reference: MediaReference) -> MediaFacts? {
        guard case .file(let path) = reference else { return nil }
        return fileFacts(path)
    }

    private static func fileFacts(_ path: String) -> MediaFacts {
        var facts = MediaFacts.read(path: path)
        if facts.exists, !facts.isDirectory, facts.readable {
            switch FileBytes.open(path) {
            case .success(let bytes): facts.content = MediaSniffer.content(of: bytes)
            // A FIFO or a device: said, never read (it could block or never end).
            case .failure(.notAFile(let what)): facts.content = .unrecognised(why: "\(what), not a file")
            case .failure: break
            }
        }
        return facts
    }
}

extension MediaInspector {
    /// `AccountCheck.all` with the media's facts read first (the bytes of a file or a `data:`
    /// URI, a link's HEAD): what `post` (and anything else that sends a draft) checks with.
    public func checkAll(_ draft: StatusDraft, accounts: [Account], language: Language = .english) async -> [AccountCheck] {
        AccountCheck.all(draft, accounts: accounts, language: language, reading: await reading(of: draft))
    }

    /// The facts of the draft's media and the source they resolve; nil for a text status or a
    /// reference that does not parse (the checks word that).
    public func reading(of draft: StatusDraft) async -> MediaReading? {
        guard draft.kind.isMedia, case .success(let reference) = MediaReference.parse(draft.media) else { return nil }
        let facts = await facts(for: reference)
        return MediaReading(source: MediaSource.resolve(reference, readFacts: facts), facts: facts)
    }
}
