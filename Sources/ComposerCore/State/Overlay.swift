/// What sits on top of the form.
public enum Overlay: Sendable, Equatable {
    case none
    case help
    /// The one-line confirmation before posting, naming the accounts.
    case confirmPost
    /// The statuses posted in the last 24 hours, to delete one or load it back.
    case history
}
