import Foundation
import Synchronization

/// A per-key request budget that refills at the end of each fixed window (RyzeAPI's 100
/// requests per minute per token, reported in `X-RateLimit-*` headers).
final class FixedWindowQuota: Sendable {
    struct Snapshot: Sendable, Equatable {
        let limit: Int
        let remaining: Int
        /// When the window ends, in Unix seconds.
        let resetAt: Int
        /// True when this request went over the budget.
        let exceeded: Bool
    }

    private struct Window {
        var start: Date
        var used: Int
    }

    let limit: Int
    private let length: TimeInterval
    private let windows = Mutex<[String: Window]>([:])

    init(limit: Int, length: TimeInterval) {
        self.limit = limit
        self.length = length
    }

    /// Counts one request against `key`. With `enforced` false the request is counted but never
    /// reported as exceeding the budget.
    func consume(_ key: String, enforced: Bool = true, now: Date = Date()) -> Snapshot {
        windows.withLock { windows in
            var window = windows[key] ?? Window(start: now, used: 0)
            if now.timeIntervalSince(window.start) >= length { window = Window(start: now, used: 0) }
            window.used += 1
            windows[key] = window
            let resetAt = Int((window.start.timeIntervalSince1970 + length).rounded(.up))
            return Snapshot(
                limit: limit, remaining: max(0, limit - window.used), resetAt: resetAt,
                exceeded: enforced && window.used > limit)
        }
    }
}
