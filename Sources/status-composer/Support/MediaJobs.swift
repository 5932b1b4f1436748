import ComposerCore
import StatusKit
import Synchronization

/// The composer's media work in the background: a reference's facts (a link's HEAD, a `data:`
/// URI's decoding) and the preview's image (a link's download, up to 25 MB in 10 s). Only the
/// media the field names now is wanted: work for another reference is cancelled when work for
/// a new one starts (its HEAD or download stops), and a cancelled job's answer is dropped.
@MainActor
final class MediaJobs {
    enum Kind { case facts, preview }

    private let inbox: ActionInbox
    private let count = RunningCount()
    private var latest: [Kind: (reference: MediaReference, task: Task<Void, Never>)] = [:]

    init(inbox: ActionInbox) {
        self.inbox = inbox
    }

    /// Jobs not ended yet: the run loop polls its inbox often meanwhile, so an answer shows at once.
    var running: Bool { count.value.load(ordering: .relaxed) > 0 }

    /// Cancels the work for any reference but `reference`.
    func keepOnly(_ reference: MediaReference) {
        for (kind, job) in latest where job.reference != reference {
            job.task.cancel()
            latest[kind] = nil
        }
    }

    /// Runs `work` for `reference` in the background and hands its answer to the inbox, unless
    /// it was cancelled meanwhile.
    func start(_ kind: Kind, for reference: MediaReference, _ work: @escaping @Sendable () async -> ComposerAction) {
        keepOnly(reference)
        let inbox = inbox, count = count
        count.value.add(1, ordering: .relaxed)
        let task = Task.detached {
            // Counted down after the answer is in the inbox, whether it ends or is cancelled.
            defer { count.value.subtract(1, ordering: .relaxed) }
            let answer = await work()
            if !Task.isCancelled { inbox.push(answer) }
        }
        latest[kind] = (reference, task)
    }
}

/// How many media jobs have not ended, counted down by the jobs themselves.
private final class RunningCount: Sendable {
    let value = Atomic<Int>(0)
}
