import StatusKit

/// Work the reducer asks the runtime to do; its results come back as actions.
public enum Effect: Sendable {
    /// Post to each account (journaling `typed`, the form as filled); report each stage as
    /// `.postStage` and each outcome as `.postFinished(postID:outcome:)`.
    case post(postID: Int, typed: StatusDraft, items: [PostItem])
    /// Read the statuses of the last 24 hours; answer with `.historyLoaded`.
    case loadHistory
    /// Delete a posted status through its account's gateway and record it; answer with
    /// `.deleteFinished`.
    case deleteStatus(PostedStatus)
    /// Find out about the media the field names (a file's stat and what its bytes are, a
    /// `data:` URI's bytes, a link's bounded HEAD); answer with `.mediaFactsRead` for the same
    /// reference.
    case readMediaFacts(MediaReference)
    /// Decode the image and draw it as cells, off the keystroke path; answer with
    /// `.previewDrawn` for the same request.
    case drawPreview(PreviewRequest)
    /// Hand the text to `$EDITOR`; answer with `.editorFinished`.
    case openEditor(text: String)
    /// Check and write the add-account form's answers (the config entry, the token files);
    /// answer with `.accountSaved`.
    case saveAccount(AccountFormEntry)
    /// Reopen the composer on the config (an account was added), the draft kept and the new
    /// account chosen.
    case reopen(account: String)

    /// Ask each account's gateway whether it is connected, in the background (answers kept a
    /// short while by the runtime); answer with one `.healthChecked` per account.
    case checkHealth([Account])
    /// Ask who saw these live statuses (within each gateway's pace); answer with one
    /// `.viewsFetched` per status.
    case fetchViews([PostedStatus])
    /// Check an order with the schedule's rules (as `schedule add` does); answer with
    /// `.scheduleChecked`.
    case checkSchedule(ScheduleOrder)
    /// Store an order (a new item, or the update of `replacing`); answer with `.scheduleSaved`.
    case saveSchedule(ScheduleOrder)
    /// Pause, resume or cancel items; answer with `.scheduleChangeFinished`.
    case changeSchedule(ScheduleItemsChange)
    /// Read the scheduled items (upcoming, and those finished in the last day); answer with
    /// `.scheduleLoaded`.
    case loadSchedule
    case quit
}

public struct PostItem: Sendable {
    public let account: Account
    public let draft: ValidDraft
}
