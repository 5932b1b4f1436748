import StatusKit

/// What the composer knows of the media its field names: the reference, its facts once the run
/// loop has read them (a file's stat and what its bytes are, a link's HEAD), and
/// whether they are being asked for. The reducer never reads them itself: it asks with
/// `Effect.readMediaFacts` and is answered with `ComposerAction.mediaFactsRead`.
public struct MediaLookup: Sendable, Equatable {
    /// The reference the media field names, nil when the field cannot be read as one.
    public private(set) var reference: MediaReference?
    /// Nil until read (and again when a post wants them fresh).
    public private(set) var facts: MediaFacts?
    /// The facts were asked for and have not been answered yet.
    public private(set) var asked = false
    /// A post asked for fresh facts (the file may have changed on disk) and goes on with them.
    public internal(set) var postWaiting = false

    public init(reference: MediaReference? = nil) {
        self.reference = reference
    }

    /// Facts to ask for now: none are known or asked for. Every reference has some: a file its
    /// stat and content, a `data:` URI its content, a link its HEAD.
    mutating func request() -> MediaReference? {
        guard let reference, facts == nil, !asked else { return nil }
        asked = true
        return reference
    }

    /// Forgets the facts so they are read again.
    mutating func refresh() {
        facts = nil
        asked = false
    }

    /// Takes an answer; false when it is for a reference the field no longer names.
    mutating func answer(_ facts: MediaFacts, for reference: MediaReference) -> Bool {
        guard reference == self.reference else { return false }
        self.facts = facts
        asked = false
        return true
    }

    /// The media field judged with what is known: nil facts for a local file give
    /// `MediaError.notReadYet` (no error shown, not ready to post).
    func source(from parsed: Result<MediaReference, MediaError>) -> Result<MediaSource, MediaError> {
        parsed.flatMap { MediaSource.resolve($0, facts: facts) ?? .failure(.notReadYet) }
    }
}
