import Synchronization

/// Admits at most `limit` events per key in any window of `window` length (Green API's
/// per-instance requests-per-second limits).
final class SlidingWindowLimiter: Sendable {
    private let limit: Int
    private let window: Duration
    private let admitted = Mutex<[String: [ContinuousClock.Instant]]>([:])

    init(limit: Int, window: Duration) {
        self.limit = limit
        self.window = window
    }

    /// Records the event and returns true, or returns false (recording nothing) when the key has
    /// already had `limit` events within the last window.
    func admit(_ key: String, now: ContinuousClock.Instant = .now) -> Bool {
        admitted.withLock { admitted in
            var recent = admitted[key, default: []].filter { now - $0 < window }
            guard recent.count < limit else {
                admitted[key] = recent
                return false
            }
            recent.append(now)
            admitted[key] = recent
            return true
        }
    }
}
