import Foundation
import StatusKit

/// Posting from the composer: ask, confirm, start (one log line per account), and record each
/// answer as it arrives. The form stays filled: campaign posts repeat. With When set to anything
/// but now, the checked form goes on to be scheduled instead (`ScheduleFlow`).
enum PostFlow {
    /// `factsFresh`: the media file's facts were read again for this post.
    static func ask(_ state: inout ComposerState, factsFresh: Bool = false, keyMap: KeyMap) -> [Effect] {
        let words = UIText(state.language, keys: keyMap)
        guard !state.selected.isEmpty else {
            state.notice = .error(words.chooseAccount)
            state.focus = .accounts
            return []
        }
        if !factsFresh, state.kind.isMedia, state.mediaLookup.reference?.needsFacts == true {
            // The file may have changed on disk since it was checked: its facts are read again
            // (the reducer asks for them) and the post goes on when they arrive.
            state.mediaLookup.refresh()
            state.mediaLookup.postWaiting = true
            state.revalidate(force: true)
            return []
        }
        state.revalidate()
        let errors = state.checks.flatMap(\.check.errors)
        guard errors.isEmpty else {
            state.notice = .error(words.fixErrors(errors.count))
            if let first = state.visibleFields.first(where: { field in errors.contains { $0.field == field.draftField } }) {
                state.focus = first
            }
            return []
        }
        if state.when != .now { return ScheduleFlow.check(&state) }
        state.overlay = .confirmPost
        return []
    }

    /// Posts to the chosen accounts; those known not to be connected only with
    /// `includingNotConnected` (the confirmation's second key), else they are left out.
    static func start(_ state: inout ComposerState, now: Date, includingNotConnected: Bool = false) -> [Effect] {
        let skipped = includingNotConnected ? [] : state.notConnected.map(\.accountName)
        guard let all = state.checks.ready, !all.isEmpty else {
            state.overlay = .none
            state.notice = .error(UIText(state.language).fixErrors(state.checks.flatMap(\.check.errors).count))
            return []
        }
        let ready = all.filter { !skipped.contains($0.account.name) }
        // Every chosen account is down: y/Enter posts nowhere; the question stays for the second key.
        guard !ready.isEmpty else { return [] }
        state.overlay = .none
        let postID = state.nextPostID
        state.nextPostID += 1
        for item in ready {
            state.log.append(LogEntry(
                postID: postID, accountName: item.account.name, gateway: item.account.gateway,
                kind: state.kind, startedAt: now, finishedAt: nil, status: .queued
            ))
        }
        state.logScroll = 0
        state.notice = .info(skipped.isEmpty ? UIText(state.language).postingTo(ready.count) : UIText(state.language).postingSkipping(ready.count, skipped))
        return [.post(postID: postID, typed: state.draft, items: ready.map { PostItem(account: $0.account, draft: $0.draft) })]
    }

    /// The facts of the media field's file: the form is checked with them, and a post that
    /// waited for them goes on.
    static func mediaFactsRead(_ facts: MediaFacts, for reference: MediaReference, in state: inout ComposerState, keyMap: KeyMap) -> [Effect] {
        guard state.mediaLookup.answer(facts, for: reference) else { return [] }
        state.revalidate(force: true)
        guard state.mediaLookup.postWaiting else { return [] }
        state.mediaLookup.postWaiting = false
        return ask(&state, factsFresh: true, keyMap: keyMap)
    }

    /// Queued → sending, or back to waiting after a 429; an answered post stays answered.
    static func stage(_ stage: PostStage, postID: Int, accountName: String, in state: inout ComposerState) {
        guard let index = state.log.firstIndex(where: { $0.postID == postID && $0.accountName == accountName }),
              state.log[index].isInFlight else { return }
        switch stage {
        case .sending: state.log[index].status = .sending
        case .waitingToRetry(let seconds): state.log[index].status = .waitingToRetry(seconds: seconds)
        }
    }

    static func finish(postID: Int, outcome: PostOutcome, in state: inout ComposerState, now: Date, keyMap: KeyMap) {
        guard let index = state.log.firstIndex(where: { $0.postID == postID && $0.accountName == outcome.accountName }) else { return }
        state.log[index].finishedAt = now
        switch outcome.result {
        case .success(let receipt):
            state.log[index].status = .posted(messageId: receipt.messageId, zaapId: receipt.zaapId)
        case .failure(let failure):
            state.log[index].status = .failed(message: failure.message(in: state.language), mayHavePosted: failure.mayHavePosted)
        }
        if state.postsInFlight == 0 {
            state.quitArmed = false
            let batch = state.log.filter { $0.postID == postID }
            let posted = batch.filter { if case .posted = $0.status { return true } else { return false } }.count
            let words = UIText(state.language, keys: keyMap)
            let unknown = batch.filter { $0.status.isOutcomeUnknown }.count
            state.notice = posted == batch.count ? .info(words.postedAll(posted)) : .error(words.postedSome(posted, batch.count, unknown: unknown))
        }
    }
}
