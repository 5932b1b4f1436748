/// A draft that passed validation for one gateway: every field parsed, normalised and limited
/// to what that gateway sends.
public struct ValidDraft: Sendable, Equatable {
    public var kind: StatusKind
    public var text: String
    public var media: MediaSource?
    /// nil when the gateway does not take a colour for this kind or none was given.
    public var color: HexColor?
    /// The gateway's own spelling of the font, nil when not sent.
    public var fontWireName: String?
    public var audience: [AudienceMember]
    public var voice: Bool
    public var source: String?
}
