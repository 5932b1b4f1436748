import Foundation
import StatusKit
import TerminalCells

/// The History panel: open it (the journal is read in the background), move through the
/// statuses, load one back into the form, or delete one after a y/n confirmation.
enum HistoryFlow {
    static func open(_ state: inout ComposerState) -> [Effect] {
        state.overlay = .history
        state.history.loading = true
        state.history.pendingDelete = []
        state.notice = nil
        return [.loadHistory]
    }

    static func loaded(_ result: Result<[PostedStatus], HistoryUnreadable>, in state: inout ComposerState) {
        state.history.loading = false
        switch result {
        case .success(let items):
            let selectedID = state.history.selected?.id
            state.history.items = items
            state.history.cursor = items.firstIndex { $0.id == selectedID } ?? max(0, min(state.history.cursor, items.count - 1))
            state.history.problem = nil
        case .failure(let unreadable):
            state.history.problem = unreadable.detail
        }
    }

    /// Views for the panel's live statuses not known yet (asked once each; `r` asks again).
    static func viewsRequests(_ state: inout ComposerState) -> [Effect] {
        guard state.overlay == .history else { return [] }
        let ask = state.history.items.filter { item in
            if case .live = item.state { return state.history.views[item.id] == nil && !state.history.viewsInFlight.contains(item.id) }
            return false
        }
        guard !ask.isEmpty else { return [] }
        state.history.viewsInFlight.formUnion(ask.map(\.id))
        return [.fetchViews(ask)]
    }

    /// The highlighted status's recipients, in the notice line.
    static func showRecipients(_ state: inout ComposerState) {
        let words = UIText(state.language)
        guard let item = state.history.selected else { return }
        guard let views = state.history.views[item.id] else {
            state.notice = .info(words.viewsNotYet)
            return
        }
        if case .recipients(let list) = views, !list.isEmpty {
            state.notice = .info(list.map { "\($0.participant) \($0.status)" }.joined(separator: " · "))
        } else {
            state.notice = .info(views.sentence)
        }
    }

    /// A key of the panel (`KeyMap.history`).
    static func run(_ command: HistoryPanelCommand, in state: inout ComposerState) -> [Effect] {
        let last = max(0, state.history.items.count - 1)
        switch command {
        case .up: state.history.cursor = max(0, state.history.cursor - 1)
        case .down: state.history.cursor = min(last, state.history.cursor + 1)
        case .first: state.history.cursor = 0
        case .last: state.history.cursor = last
        case .load: load(&state)
        case .delete: askDelete(&state, wholePost: false)
        case .deleteWholePost: askDelete(&state, wholePost: true)
        case .recipients: showRecipients(&state)
        case .refresh:
            state.history.loading = true
            // Asked again once the list is back, at the gateways' pace.
            state.history.views = [:]
            return [.loadHistory]
        case .close:
            state.overlay = .none
        }
        return []
    }

    static func deleteFinished(_ id: Int64, _ result: Result<Void, GatewayFailure>, in state: inout ComposerState) {
        let words = UIText(state.language)
        state.history.deleting.remove(id)
        guard let index = state.history.items.firstIndex(where: { $0.id == id }) else { return }
        let item = state.history.items[index]
        switch result {
        case .success:
            state.history.items[index].state = .deleted
            state.notice = .info(words.deleted(item.accountLabel))
        case .failure(let failure):
            state.notice = .error(words.notDeleted(item.accountLabel, failure.message(in: state.language)))
        }
    }

    private static func load(_ state: inout ComposerState) {
        guard let item = state.history.selected else { return }
        state.load(item.draft)
        state.overlay = .none
        state.focus = .text
        state.notice = .info(UIText(state.language).loadedBack(item.accountLabel, at: ClockText.hoursAndMinutes(item.postedAt, timeZone: state.timeZone)))
    }

    /// Asks before deleting the highlighted status, or every live status of its post.
    private static func askDelete(_ state: inout ComposerState, wholePost: Bool) {
        guard let item = state.history.selected, !state.history.deleting.contains(item.id) else { return }
        if let refusal = whyNotDeletable(item, state) {
            state.notice = refusal
            return
        }
        var ids = [item.id]
        if wholePost, let batch = item.batch {
            ids = state.history.items.filter { other in
                other.batch == batch && !state.history.deleting.contains(other.id) && whyNotDeletable(other, state) == nil
            }.map(\.id)
        }
        state.history.pendingDelete = ids
        state.notice = nil
    }

    /// Why a status cannot be deleted from here, or nil when it can.
    private static func whyNotDeletable(_ item: PostedStatus, _ state: ComposerState) -> Notice? {
        let words = UIText(state.language)
        switch item.state {
        case .deleted: return .info(words.alreadyDeleted)
        case .unknownOutcome: return .error(words.cannotDeleteUnknown)
        case .live:
            guard let account = state.accounts.first(where: { $0.name == item.accountName }) else { return .error(words.accountGone(item.accountName)) }
            guard StatusDeleter.canDelete(on: account) else { return .error(words.gatewayCannotDelete(item.accountLabel)) }
            guard item.timeLeft(now: state.now) > 0 else { return .info(words.alreadyExpired) }
            return nil
        }
    }

    /// The answer to "delete for everyone?" (`KeyMap.question`).
    static func answer(_ answer: AnswerCommand, in state: inout ComposerState) -> [Effect] {
        let words = UIText(state.language)
        switch answer {
        case .yes:
            let items = state.history.pendingItems
            state.history.pendingDelete = []
            for item in items { state.history.deleting.insert(item.id) }
            state.notice = .info(words.deleting(items.map(\.accountLabel).joined(separator: ", ")))
            return items.map { .deleteStatus($0) }
        case .no:
            state.history.pendingDelete = []
            state.notice = .info(words.nothingDeleted)
            return []
        }
    }
}
