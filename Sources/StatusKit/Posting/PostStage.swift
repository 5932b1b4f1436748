/// Where a post to one account stands before its answer arrives. Until the first stage it is
/// queued: waiting for its turn under the gateway's pace.
public enum PostStage: Sendable, Equatable {
    /// Its request is on the wire.
    case sending
    /// The gateway refused it for now (429): it waits this many seconds and goes again.
    case waitingToRetry(seconds: Int)
}

/// Told the stage of each account's post as it changes.
public typealias PostStageObserver = @Sendable (_ accountName: String, _ stage: PostStage) -> Void
