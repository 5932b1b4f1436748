import Foundation
import StatusKit
import TerminalCells

/// Everything that can change the composer's state.
public enum ComposerAction: Sendable {
    case event(TerminalEvent)
    /// Time passes (spinners).
    case tick
    /// A post to one account left its queue, or must wait to retry.
    case postStage(postID: Int, accountName: String, stage: PostStage)
    case postFinished(postID: Int, outcome: PostOutcome)
    /// The history as read from the journal, or why it could not be read.
    case historyLoaded(Result<[PostedStatus], HistoryUnreadable>)
    /// The answer to a delete from the History panel.
    case deleteFinished(attemptID: Int64, result: Result<Void, GatewayFailure>)
    /// What was found out about the media a `.readMediaFacts` named.
    case mediaFactsRead(MediaReference, MediaFacts)
    /// The image a `.drawPreview` asked for, drawn as cells or why not.
    case previewDrawn(PreviewRequest, PreviewImage)
    /// The external editor returned this text, or nil when it failed.
    case editorFinished(String?)
    /// An account's connection state, as its gateway answered.
    case healthChecked(AccountHealth)
    /// Who saw a status of the History panel, by its attempt id.
    case viewsFetched(attemptID: Int64, StatusViews)
    /// What `history reconcile`, run at the start, decided of the attempts left unknown.
    case reconciled(sent: Int, notSent: Int, undecided: Int)
    /// Who runs the schedule now (the app's runner lock, checked as it changes).
    case scheduleRunnerChanged(ScheduleRunnerStatus)
    /// The schedule was written (here or by another program: the store's revision moved); the
    /// reducer asks for it again with `.loadSchedule`.
    case scheduleChanged
    /// The checker's answer to `.checkSchedule`: the plan to confirm, or every problem.
    case scheduleChecked(ScheduleOrder, Result<SchedulePlan, ScheduleProblems>)
    /// The answer to `.saveSchedule`: the item as stored (added or updated), or why not.
    case scheduleSaved(ScheduleOrder, Result<ScheduleEntry, ScheduleFailure>)
    /// The answer to `.changeSchedule`: how many items changed, or why none did.
    case scheduleChangeFinished(ScheduleItemsChange, Result<Int, ScheduleFailure>)
    /// The runner in this composer posted a scheduled item for one account: a log line.
    case scheduledPostFinished(scheduleId: Int64, campaign: String?, outcome: PostOutcome)
    /// The app's answer to `.saveAccount`: the account's name, or every problem.
    case accountSaved(Result<String, AccountFormProblems>)
    /// The scheduled items as read from the store, or why they could not be read.
    case scheduleLoaded(Result<[ScheduleEntry], HistoryUnreadable>)
}
