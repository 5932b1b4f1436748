import StatusKit

/// The form's fields, in Tab order. Which ones show depends on the kind of status.
public enum ComposerField: String, Sendable, CaseIterable {
    case accounts, type, text, media, color, font, audience, voice

    /// The fields a kind uses; the others are hidden but keep what was typed in them.
    public static func visible(for kind: StatusKind) -> [ComposerField] {
        switch kind {
        case .text: [.accounts, .type, .text, .color, .font, .audience]
        case .image, .video: [.accounts, .type, .media, .text, .audience]
        case .audio: [.accounts, .type, .media, .text, .color, .voice, .audience]
        }
    }

    /// Fields where printable keys are typed as text (so `?` is a character there, not help).
    public var takesText: Bool {
        switch self {
        case .text, .media, .color, .audience: true
        default: false
        }
    }

    /// The validation field whose messages show under this form field.
    var draftField: DraftField {
        switch self {
        case .accounts: .account
        case .type: .type
        case .text: .text
        case .media: .media
        case .color: .color
        case .font: .font
        case .audience: .audience
        case .voice: .voice
        }
    }
}
