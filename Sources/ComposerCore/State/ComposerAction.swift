import Foundation
import StatusKit
import TerminalCells

/// Everything that can change the composer's state.
public enum ComposerAction: Sendable {
    case event(TerminalEvent)
    /// Time passes (spinners).
    case tick
    case postFinished(postID: Int, outcome: PostOutcome)
    /// The external editor returned this text, or nil when it failed.
    case editorFinished(String?)
}
