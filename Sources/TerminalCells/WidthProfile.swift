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

    /// Columns measured for each kind; a kind missing here was not measured.
    public var measured: [Kind: Int]

    public init(_ measured: [Kind: Int] = [:]) {
        self.measured = measured
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
        guard let width = measured[kind], width >= 1, width <= WidthProfile.maxClusterWidth else { return nil }
        return width
    }

    public var description: String {
        Kind.allCases.map { kind in "\(kind.rawValue)=\(measured[kind].map(String.init) ?? "?")" }.joined(separator: " ")
    }
}
