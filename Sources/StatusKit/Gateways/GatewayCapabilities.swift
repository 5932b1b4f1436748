/// What one gateway can post, as facts the validator and the composer read: which kinds, which
/// limits, which fonts under which wire names, whether it takes an audience, and which forms of
/// media it accepts.
public struct GatewayCapabilities: Sendable {
    /// How a gateway can take media of one kind.
    public enum MediaForm: Sendable, Hashable {
        /// A public http(s) link.
        case link
        /// A `data:` URI in the body (a local file is turned into one).
        case dataURI
        /// Raw base64 without the `data:` prefix (a local file is turned into it).
        case rawBase64
        /// Uploaded first to the account's media host; its returned link is then posted.
        case upload
    }

    public var kinds: Set<StatusKind>
    /// Most characters (Unicode code points) in a text status / a caption, when limited.
    public var textLimit: Int?
    public var captionLimit: Int?
    /// Kinds for which a background colour is sent.
    public var colorKinds: Set<StatusKind>
    public var colorRequiredForText = false
    /// App font → the gateway's own spelling, in the gateway's order.
    public var fonts: [(font: FontChoice, wireName: String)]
    public var fontRequiredForText = false
    public var audience: Bool
    public var mediaForms: [StatusKind: Set<MediaForm>]
    public var maxVideoBytes: Int?
    public var maxMediaBytes: Int?
    /// Audio can be posted as a regular file as well as a voice note.
    public var voiceChoice: Bool
    public var sourceTag: Bool

    public func wireName(of font: FontChoice) -> String? {
        fonts.first { $0.font == font }?.wireName
    }

    /// The limit on the draft's text for a kind (the text for `text`, the caption otherwise).
    public func limit(for kind: StatusKind) -> Int? {
        kind == .text ? textLimit : captionLimit
    }
}
