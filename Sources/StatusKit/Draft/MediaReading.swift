/// What was read of a draft's media before checking it: the source as the facts resolve it
/// and the facts themselves (a file's bytes, a `data:` URI's, a link's HEAD). Media's inspector
/// reads it; `post`, `schedule add` and the runner check with it.
public struct MediaReading: Sendable {
    public let source: Result<MediaSource, MediaError>
    public let facts: MediaFacts

    public init(source: Result<MediaSource, MediaError>, facts: MediaFacts) {
        self.source = source
        self.facts = facts
    }
}
