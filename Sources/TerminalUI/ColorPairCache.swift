/// Colour pairs handed out lazily, one per (foreground, background) in use.
///
/// curses draws a cell's colours through a numbered pair; the terminal has `COLOR_PAIRS` of
/// them (65 536 on xterm-256color, 64 on an 8-colour terminal). Pair 0 is the terminal's
/// default colours and is never redefined. Colour numbers are curses numbers: -1 is the
/// default colour, 0–255 palette indexes, or 24-bit values on a direct-colour terminal.
public struct ColorPairCache: Sendable {
    public enum Lookup: Hashable, Sendable {
        /// The pair is defined already.
        case existing(Int32)
        /// A new pair number: the caller must define it (`init_extended_pair`) before use.
        case allocated(Int32)
        /// Every pair is taken. The caller can `removeAll()` and repaint from scratch.
        case exhausted
    }

    private struct Key: Hashable, Sendable {
        var foreground: Int32
        var background: Int32
    }

    /// The highest pair number that may be handed out.
    public let highestPair: Int32
    private var pairs: [Key: Int32] = [:]
    private var nextPair: Int32 = 1

    /// `pairCount` is the terminal's `COLOR_PAIRS`.
    public init(pairCount: Int) {
        highestPair = Int32(clamping: max(0, pairCount - 1))
    }

    /// Pairs handed out so far (pair 0 not counted).
    public var count: Int { pairs.count }

    public mutating func pair(foreground: Int32, background: Int32) -> Lookup {
        if foreground == -1 && background == -1 { return .existing(0) }
        let key = Key(foreground: foreground, background: background)
        if let number = pairs[key] { return .existing(number) }
        guard nextPair <= highestPair else { return .exhausted }
        let number = nextPair
        nextPair += 1
        pairs[key] = number
        return .allocated(number)
    }

    /// Forgets every pair, so numbers are handed out again from 1.
    public mutating func removeAll() {
        pairs.removeAll(keepingCapacity: true)
        nextPair = 1
    }
}
