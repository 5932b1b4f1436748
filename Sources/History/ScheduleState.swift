/// Where a scheduled item stands. A repeating item goes back to `scheduled` with its next time
/// after each occurrence; its last outcome is kept on the occurrence (`ScheduleRun`).
public enum ScheduleState: String, Codable, Sendable, CaseIterable {
    /// Waiting for its time.
    case scheduled
    /// Kept, but not posted until resumed.
    case paused
    /// An occurrence is being sent now.
    case posting
    /// Every account posted.
    case posted
    /// No account's outcome is unknown, and at least one failed.
    case failed
    /// Its time passed while no runner was there to post it (beyond the grace).
    case missed
    case cancelled
    /// A post whose outcome cannot be known (an answer lost, a runner killed mid-post): never
    /// resent on its own.
    case unknown

    /// Still to come: shown by `schedule list` without `--all`.
    public var isActive: Bool { self == .scheduled || self == .paused || self == .posting }

    /// An item for several accounts is `posted` when every account posted, else `unknown` if any
    /// is unknown, else `failed`. No account at all is `failed` (nothing went out).
    public static func combined(_ accounts: [AttemptRecord.State]) -> ScheduleState {
        if !accounts.isEmpty, accounts.allSatisfy({ $0 == .sent || $0 == .deleted }) { return .posted }
        if accounts.contains(.unknown) || accounts.contains(.sending) { return .unknown }
        return .failed
    }
}
