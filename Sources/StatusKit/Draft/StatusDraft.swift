/// A status as the user typed it. Fields hold raw input so that nothing typed is lost when it is
/// invalid; `DraftValidator` turns a draft into a `ValidDraft` for one gateway or says why not.
public struct StatusDraft: Sendable, Equatable, Codable {
    public var kind: StatusKind
    /// The status text for `text`, the caption for media.
    public var text: String
    /// An http(s) URL, a local file path or a `data:` URI; empty when none.
    public var media: String
    /// `#RRGGBB`; empty for the gateway's default.
    public var color: String
    /// An app-level font name (`FontChoice`); empty for the gateway's default.
    public var font: String
    /// Phone numbers or JIDs; empty means every contact.
    public var audience: [String]
    /// Audio only: post as a voice note (the default) or as a regular audio file.
    public var voice: Bool
    /// RyzeAPI's traceability tag; empty when none.
    public var source: String

    public init(
        kind: StatusKind = .text, text: String = "", media: String = "", color: String = "",
        font: String = "", audience: [String] = [], voice: Bool = true, source: String = ""
    ) {
        self.kind = kind
        self.text = text
        self.media = media
        self.color = color
        self.font = font
        self.audience = audience
        self.voice = voice
        self.source = source
    }

    /// Two drafts are the same when they would send the same code points (see
    /// `hasSameCodeUnits`): a saved draft keeps an accent as it was typed.
    public static func == (one: StatusDraft, other: StatusDraft) -> Bool {
        one.kind == other.kind && one.voice == other.voice
            && [one.text, one.media, one.color, one.font, one.source].elementsEqual(
                [other.text, other.media, other.color, other.font, other.source]) { $0.hasSameCodeUnits(as: $1) }
            && one.audience.elementsEqual(other.audience) { $0.hasSameCodeUnits(as: $1) }
    }
}
