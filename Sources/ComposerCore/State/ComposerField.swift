import StatusKit

/// The form's fields, in Tab order. Which ones show depends on the kind of status and on When.
public enum ComposerField: String, Sendable, CaseIterable {
    case accounts, type, text, media, color, font, audience, voice
    /// When it goes out; the time, repeat, days and last day of a scheduled status.
    case when, at, repeats, days, until

    /// The fields a kind uses; the others are hidden but keep what was typed in them.
    public static func visible(for kind: StatusKind) -> [ComposerField] {
        switch kind {
        case .text: [.accounts, .type, .text, .color, .font, .audience]
        case .image, .video: [.accounts, .type, .media, .text, .audience]
        case .audio: [.accounts, .type, .media, .text, .color, .voice, .audience]
        }
    }

    /// The kind's fields, then When and the scheduling fields its choices call for.
    public static func visible(for kind: StatusKind, when: WhenChoice, repeats: RepeatChoice) -> [ComposerField] {
        var fields = visible(for: kind) + [.when]
        if when == .at { fields.append(.at) }
        guard when != .now else { return fields }
        fields.append(.repeats)
        if repeats == .weekly { fields.append(.days) }
        if repeats != .once { fields.append(.until) }
        return fields
    }

    /// Fields where printable keys are typed as text (so `?` is a character there, not help).
    public var takesText: Bool {
        switch self {
        case .text, .media, .color, .audience, .at, .days, .until: true
        default: false
        }
    }

    /// The scheduling fields, whose problems come from the schedule's checker.
    public var isScheduling: Bool { [.when, .at, .repeats, .days, .until].contains(self) }

    /// The validation field whose messages show under this form field (none for scheduling).
    public var draftField: DraftField? {
        switch self {
        case .accounts: .account
        case .type: .type
        case .text: .text
        case .media: .media
        case .color: .color
        case .font: .font
        case .audience: .audience
        case .voice: .voice
        case .when, .at, .repeats, .days, .until: nil
        }
    }
}
