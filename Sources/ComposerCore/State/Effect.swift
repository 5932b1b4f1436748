import StatusKit

/// Work the reducer asks the runtime to do; its results come back as actions.
public enum Effect: Sendable {
    /// Post to each account; report each outcome as `.postFinished(postID:outcome:)`.
    case post(postID: Int, items: [PostItem])
    /// Hand the text to `$EDITOR`; answer with `.editorFinished`.
    case openEditor(text: String)
    case quit
}

public struct PostItem: Sendable {
    public let account: Account
    public let draft: ValidDraft
}
