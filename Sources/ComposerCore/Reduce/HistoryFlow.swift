import Foundation
import StatusKit
import TerminalCells

/// The History panel: open it (the journal is read in the background), move through the
/// statuses, load one back into the form, or delete one after a y/n confirmation.
enum HistoryFlow {
    static func open(_ state: inout ComposerState) -> [Effect] {
        state.overlay = .history
        state.history.loading = true
        state.history.confirmingDelete = nil
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

    static func key(_ key: Key, in state: inout ComposerState) -> [Effect] {
        if state.history.confirmingDelete != nil { return confirmKey(key, in: &state) }
        let last = max(0, state.history.items.count - 1)
        switch key {
        case .up, .character("k"): state.history.cursor = max(0, state.history.cursor - 1)
        case .down, .character("j"): state.history.cursor = min(last, state.history.cursor + 1)
        case .pageUp, .home: state.history.cursor = 0
        case .pageDown, .end: state.history.cursor = last
        case .enter, .character("l"): load(&state)
        case .character("d"), .delete: askDelete(&state)
        case .character("r"):
            state.history.loading = true
            return [.loadHistory]
        case .escape, .character("q"), .control("r"), .function(3):
            state.overlay = .none
        case .function(1), .character("?"):
            state.overlay = .help
        default:
            break
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
            state.notice = .info(words.deleted(who(item)))
        case .failure(let failure):
            state.notice = .error(words.notDeleted(who(item), failure.message(in: state.language)))
        }
    }

    private static func load(_ state: inout ComposerState) {
        guard let item = state.history.selected else { return }
        state.load(item.draft)
        state.overlay = .none
        state.focus = .text
        state.notice = .info(UIText(state.language).loadedBack(who(item), at: String(LogView.clock(item.postedAt).prefix(5))))
    }

    private static func askDelete(_ state: inout ComposerState) {
        guard let item = state.history.selected else { return }
        let words = UIText(state.language)
        if state.history.deleting.contains(item.id) { return }
        switch item.state {
        case .deleted:
            state.notice = .info(words.alreadyDeleted)
        case .unknownOutcome:
            state.notice = .error(words.cannotDeleteUnknown)
        case .live:
            guard let account = state.accounts.first(where: { $0.name == item.accountName }) else {
                state.notice = .error(words.accountGone(item.accountName))
                return
            }
            guard StatusDeleter.canDelete(on: account) else {
                state.notice = .error(words.gatewayCannotDelete(who(item)))
                return
            }
            guard item.timeLeft(now: state.now) > 0 else {
                state.notice = .info(words.alreadyExpired)
                return
            }
            state.history.confirmingDelete = item.id
            state.notice = nil
        }
    }

    private static func confirmKey(_ key: Key, in state: inout ComposerState) -> [Effect] {
        let words = UIText(state.language)
        switch key {
        case .character("y"), .character("Y"), .character("s"), .character("S"), .enter:
            guard let id = state.history.confirmingDelete, let item = state.history.items.first(where: { $0.id == id }) else { return [] }
            state.history.confirmingDelete = nil
            state.history.deleting.insert(id)
            state.notice = .info(words.deleting(who(item)))
            return [.deleteStatus(item)]
        case .escape, .character("n"), .character("N"), .control("c"), .control("q"):
            state.history.confirmingDelete = nil
            state.notice = .info(words.nothingDeleted)
        default:
            break
        }
        return []
    }

    static func who(_ item: PostedStatus) -> String { "\(item.accountName) (\(item.gateway.displayName))" }
}
