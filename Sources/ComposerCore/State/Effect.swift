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
    /// Find out about the media the field names (a local file's stat today; a link's HEAD or
    /// an image's decoding later); answer with `.mediaFactsRead` for the same reference.
    case readMediaFacts(MediaReference)
    /// Hand the text to `$EDITOR`; answer with `.editorFinished`.
    case openEditor(text: String)
    /// Quit (saving the draft as a quit does) and run `accounts add` in this terminal.
    case addAccount
    case quit
}

public struct PostItem: Sendable {
    public let account: Account
    public let draft: ValidDraft
}
