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

    /// Every fact there is to read for `reference`.
    public func facts(for reference: MediaReference) async -> MediaFacts {
        if case .link(let url) = reference {
            let head = await links.head(url)
            var facts = MediaFacts(exists: true, head: head)
            if case .answered(_, _, let length?) = head { facts.byteCount = length }
            return facts
        }
        return Self.localFacts(for: reference) ?? MediaFacts(exists: false)
    }

    /// The facts that need no network, at once: a file's stat and content, a `data:` URI's
    /// content. Nil for a link.
    public static func localFacts(for reference: MediaReference) -> MediaFacts? {
        switch reference {
        case .link:
            return nil
        case .dataURI(_, let base64):
            guard let data = Data(base64Encoded: base64, options: .ignoreUnknownCharacters) else {
                return MediaFacts(exists: true, content: .unrecognised(why: "its base64 does not decode"))
            }
            var facts = MediaFacts(exists: true, byteCount: data.count)
            facts.content = MediaSniffer.content(of: MemoryBytes(data))
            return facts
        case .file(let path):
            guard var facts = MediaFacts.read(reference) else { return nil }
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
}

extension MediaInspector {
    /// `AccountCheck.all` with the media's facts read first (the bytes of a file or a `data:`
    /// URI, a link's HEAD): what `post` (and anything else that sends a draft) checks with.
    public func checkAll(_ draft: StatusDraft, accounts: [Account], language: Language = .english) async -> [AccountCheck] {
        guard draft.kind.isMedia, case .success(let reference) = MediaReference.parse(draft.media) else {
            return AccountCheck.all(draft, accounts: accounts, language: language)
        }
        let facts = await facts(for: reference)
        let parsed = MediaSource.resolve(reference, facts: facts) ?? .failure(.notReadYet)
        return AccountCheck.all(draft, accounts: accounts, language: language, media: parsed, facts: facts)
    }
}
