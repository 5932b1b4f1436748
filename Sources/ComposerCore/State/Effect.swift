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
    /// Quit (saving the draft as a quit does) and run `accounts add` in this terminal.
    case addAccount

    /// Ask each account's gateway whether it is connected, in the background (answers kept a
    /// short while by the runtime); answer with one `.healthChecked` per account.
    case checkHealth([Account])
    /// Ask who saw these live statuses (within each gateway's pace); answer with one
    /// `.viewsFetched` per status.
    case fetchViews([PostedStatus])
    case quit
}

public struct PostItem: Sendable {
    public let account: Account
    public let draft: ValidDraft
}
