/// How the terminal draws the kinds of emoji cluster terminals disagree on: the columns it
/// moved its cursor by for a sample of each kind, as measured at start-up (TerminalUI's
/// `WidthProbe`). A plain value, given to layout and rendering (`CellBuffer`, `TextLayout`,
/// `DisplayWidth`), so what they do stays a function of what they are given.
///
/// A kind the terminal was not asked about, or could not show (width 0, or wider than
/// `maxClusterWidth`), is drawn in a safe form every terminal agrees on; see
/// `DisplayWidth+Glyph.swift`.
public struct WidthProfile: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, CaseIterable {
        /// An emoji added in Unicode 15 or later, on its own (🫨, 🩷, 🪿).
        case newEmoji
        /// An emoji with a skin tone (👍🏽).
        case skinTone
        /// A flag: two regional indicators (🇧🇷).
        case flag
        /// Emoji joined by zero-width joiners (👨‍👩‍👧, 🏳️‍🌈).
        case joined
        /// A text-style emoji asked to be a picture with VS16 (☀️, ❤️), and keycaps (1️⃣).
        case presentation

        /// What the probe writes to learn this kind's width.
        public var sample: String {
            switch self {
            case .newEmoji: return "\u{1FAE8}"  // 🫨 shaking face, Unicode 15.0
            case .skinTone: return "\u{1F44D}\u{1F3FD}"  // 👍🏽
            case .flag: return "\u{1F1E7}\u{1F1F7}"  // 🇧🇷
            case .joined: return "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"  // 👨‍👩‍👧
            case .presentation: return "\u{2600}\u{FE0F}"  // ☀️
            }
        }
    }

    /// The widest cluster drawn whole: a terminal that answers more drew something else.
    public static let maxClusterWidth = 8

    /// Columns measured for each kind, in `Kind.allCases` order; -1 where not measured. Kept in
    /// a plain tuple, not a dictionary: every cluster measured passes a profile along.
    private var columns: (Int16, Int16, Int16, Int16, Int16) = (-1, -1, -1, -1, -1)

    public init(_ measured: [Kind: Int] = [:]) {
        for (kind, width) in measured { self[kind] = width }
    }

    /// Columns measured for each kind; a kind missing here was not measured.
    public var measured: [Kind: Int] {
        var result: [Kind: Int] = [:]
        for kind in Kind.allCases { result[kind] = self[kind] }
        return result
    }

    /// The columns measured for `kind`, or nil.
    public subscript(kind: Kind) -> Int? {
        get {
            let value: Int16
            switch kind {
            case .newEmoji: value = columns.0
            case .skinTone: value = columns.1
            case .flag: value = columns.2
            case .joined: value = columns.3
            case .presentation: value = columns.4
            }
            return value < 0 ? nil : Int(value)
        }
        set {
            let value = Int16(clamping: newValue.map { max(0, $0) } ?? -1)
            switch kind {
            case .newEmoji: columns.0 = value
            case .skinTone: columns.1 = value
            case .flag: columns.2 = value
            case .joined: columns.3 = value
            case .presentation: columns.4 = value
            }
        }
    }

    public static func == (lhs: WidthProfile, rhs: WidthProfile) -> Bool {
        Kind.allCases.allSatisfy { lhs[$0] == rhs[$0] }
    }

    public func hash(into hasher: inout Hasher) {
        for kind in Kind.allCases { hasher.combine(self[kind]) }
    }

    /// Nothing measured (no terminal answered): every kind in its safe form.
    public static let safe = WidthProfile()

    /// kitty, WezTerm, GNOME Terminal and Windows Terminal: every kind one two-column picture.
    public static let modern = WidthProfile(Dictionary(uniqueKeysWithValues: Kind.allCases.map { ($0, 2) }))

    /// tmux 3.3a (Debian 12), measured: Unicode 15 emoji dropped (width 0), a skin tone as two
    /// pictures (4), flags and families as one (2), VS16 ignored (☀️ at 1).
    public static let tmux33 = WidthProfile([.newEmoji: 0, .skinTone: 4, .flag: 2, .joined: 2, .presentation: 1])

    /// A terminal that knows no emoji sequence and draws each scalar apart: a skin tone as two
    /// pictures, a flag as two letters, a family as three pictures, VS16 ignored.
    public static let apart = WidthProfile([.newEmoji: 1, .skinTone: 4, .flag: 2, .joined: 6, .presentation: 1])

    /// The profiles above: what the replay and fuzz runs draw with.
    public static let known: [WidthProfile] = [.safe, .modern, .tmux33, .apart]

    /// The columns a cluster of `kind` is drawn whole at, or nil when it must take its safe form.
    public func columns(for kind: Kind) -> Int? {
        guard let width = self[kind], width >= 1, width <= WidthProfile.maxClusterWidth else { return nil }
        return width
    }

    public var description: String {
        Kind.allCases.map { kind in "\(kind.rawValue)=\(self[kind].map(String.init) ?? "?")" }.joined(separator: " ")
    }
}
