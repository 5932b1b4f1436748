import StatusKit

/// What someone asks to schedule: the `schedule add` options, the composer's When field, or a
/// row of a campaign file. `ScheduleChecker` turns it into an item to store, or every problem.
public struct ScheduleRequest: Sendable, Equatable {
    /// Account names from the config.
    public var accounts: [String]
    public var draft: StatusDraft
    public var when: WhenSpec
    public var repeatRule: RepeatRule?
    /// The last day a repeat may fall on, in the schedule's zone.
    public var until: LocalDate?
    /// Each account's send waits a random 0…jitter seconds (0 to 3600).
    public var jitter: Int
    public var campaign: String?

    public init(
        accounts: [String], draft: StatusDraft, when: WhenSpec, repeatRule: RepeatRule? = nil, until: LocalDate? = nil,
        jitter: Int = 0, campaign: String? = nil
    ) {
        self.accounts = accounts
        self.draft = draft
        self.when = when
        self.repeatRule = repeatRule
        self.until = until
        self.jitter = jitter
        self.campaign = campaign
    }

    public static let jitterRange = 0...3600
}
