/// What sits on top of the form.
public enum Overlay: Sendable, Equatable {
    case none
    case help
    /// The one-line confirmation before posting, naming the accounts.
    case confirmPost
    /// The statuses posted in the last 24 hours, to delete one or load it back.
    case history
    /// The one-line confirmation before scheduling, naming the time, the zone and the accounts.
    case confirmSchedule
    /// The scheduled statuses as an agenda by day, grouped by campaign.
    case schedule
    /// The form to add an account (A on the Accounts field).
    case addAccount
}
