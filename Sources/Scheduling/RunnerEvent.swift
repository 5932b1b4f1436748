import Foundation
import StatusKit

/// What the runner did, for whoever shows it (`run` prints one line each; the composer reloads
/// its schedule panel).
public enum RunnerEvent: Sendable {
    /// An occurrence was claimed and its accounts are being posted to.
    /// `campaign`: the campaign the item belongs to, if any (the output names it).
    case posting(scheduleId: Int64, due: Date, accounts: [String], campaign: String?)
    /// One account's post ended, as `post` reports it.
    case outcome(scheduleId: Int64, campaign: String?, outcome: PostOutcome)
    /// The gateway asked to wait (429) before trying again.
    case waitingToRetry(scheduleId: Int64, account: String, seconds: Int)
    /// An occurrence found too late (`--grace`), or superseded by a later one: not posted.
    case missed(scheduleId: Int64, due: Date, accounts: [String], campaign: String?)
    /// Nothing more is due: the runner sleeps until `next` (or a minute, or a change).
    case idle(next: Date?)
    /// The store could not be read or written; the runner goes on and tries again later.
    case storeProblem(String)
}
