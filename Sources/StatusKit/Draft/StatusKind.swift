/// What a status carries. The text of a `text` status is the status itself; for media kinds the
/// text is the caption.
public enum StatusKind: String, Sendable, CaseIterable, Codable {
    case text, image, video, audio

    public var isMedia: Bool { self != .text }

    /// The name of the draft's text for this kind, as the user sees it.
    public var textFieldName: String { self == .text ? "text" : "caption" }
}
