import Foundation

/// Spaces sends so gateways' limits are respected when one process posts many statuses or to
/// many accounts: each key (an instance, a token) gets its next slot no sooner than its interval
/// after the previous one. A gateway's own "no requests left until …" pushes the slot back too.
public actor Pacer {
    private var nextSlot: [String: ContinuousClock.Instant] = [:]
    private let clock = ContinuousClock()
    /// Shares slots with other programs posting at the same time, when given.
    private let ledger: PacingLedger?

    public init(ledger: PacingLedger? = nil) {
        self.ledger = ledger
    }

    /// Waits for the key's turn and books the one after it.
    public func waitTurn(_ key: String, interval: Duration) async {
        let now = clock.now
        var slot = max(now, nextSlot[key] ?? now)
        if let ledger {
            let wallNow = Date()
            let wanted = wallNow.addingTimeInterval((slot - now).timeInterval)
            if let booked = ledger.book(key, earliest: wanted, interval: interval.timeInterval) {
                slot = now + .milliseconds(Int((booked.timeIntervalSince(wallNow) * 1000).rounded(.up)))
            }
        }
        nextSlot[key] = slot + interval
        if slot > now { try? await Task.sleep(until: slot, clock: clock) }
    }

    /// Nothing more may go to `key` for `delay` (a Retry-After, an exhausted rate-limit window).
    public func hold(_ key: String, for delay: Duration) {
        let until = clock.now + delay
        if until > (nextSlot[key] ?? clock.now) { nextSlot[key] = until }
        ledger?.hold(key, until: Date().addingTimeInterval(delay.timeInterval))
    }
}

extension Duration {
    var timeInterval: TimeInterval {
        let (whole, fraction) = components
        return TimeInterval(whole) + TimeInterval(fraction) / 1e18
    }
}

/// How fast each gateway may be sent to, from its documented limits.
public struct PacingRule: Sendable {
    /// What the limit counts: one instance, or one token.
    public let key: String
    public let interval: Duration

    /// Green API: 5 sends a second per instance (spaced a little wider, so network jitter never
    /// puts six in one second). RyzeAPI: 100 requests a minute per token.
    /// The account's own minimum gap applies on top when it is longer.
    public static func rule(for account: Account) -> PacingRule {
        let base: (String, Duration)
        switch account.gateway {
        case .greenAPI: base = (account.instanceKey, .milliseconds(220))
        case .ryze: base = ("ryze:\(account.baseURL.host ?? ""):\(StableHash.hex(of: account.token.exposedValue))", .milliseconds(600))
        default: base = (account.instanceKey, .zero)
        }
        return PacingRule(key: base.0, interval: max(base.1, account.minimumGap))
    }
}
