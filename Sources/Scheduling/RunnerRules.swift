import Foundation

/// What the runner does with an occurrence that has come due: post it, or record it as missed.
public enum DueDecision: Equatable, Sendable {
    case post
    case miss
}

/// The runner's lateness rules, pure so they are tested without waiting. An occurrence is
/// posted when it is found no more than `grace` after its time (the machine was off, the runner
/// stopped); later than that it is `missed` — shown, not posted — unless `catchUp`. Of several
/// occurrences of one item that all came due while nothing ran, only the latest may go out:
/// the earlier ones are missed whatever the flags (a daily offer is not posted three times).
public struct RunnerRules: Equatable, Sendable {
    public static let defaultGrace: TimeInterval = 600

    public var grace: TimeInterval
    public var catchUp: Bool

    public init(grace: TimeInterval = RunnerRules.defaultGrace, catchUp: Bool = false) {
        self.grace = grace
        self.catchUp = catchUp
    }

    /// `following` is the item's next occurrence after `due` (nil when it does not repeat).
    public func decide(due: Date, following: Date?, now: Date) -> DueDecision {
        if let following, following <= now { return .miss }
        if now.timeIntervalSince(due) <= grace { return .post }
        return catchUp ? .post : .miss
    }
}
