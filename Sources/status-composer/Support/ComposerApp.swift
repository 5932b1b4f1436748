import ComposerCore
import Foundation
import History
import StatusKit
import Synchronization
import TerminalCells
import TerminalUI

/// The composer's run loop, on the main thread: read a key, reduce, run effects, draw the
/// diff. Posts run in background tasks and come back through the inbox, so typing stays
/// instant while a gateway hangs.
@MainActor
final class ComposerApp {
    private var state: ComposerState
    private let screen: TerminalScreen
    private let poster: StatusPoster
    /// The journal; every post is written to it before it leaves.
    private let store: HistoryStore
    private let environment: [String: String]
    private let inbox = ActionInbox()
    private var dirty = true
    private var quitting = false
    /// Set when the composer quits to run `accounts add` (the A key on the Accounts field).
    private(set) var addAccountAfterQuit = false
    /// The form as last written to the store, and when.
    private var savedForm: (draft: StatusDraft, accounts: [String])?
    private var lastSave = Date.distantPast

    init(state: ComposerState, screen: TerminalScreen, poster: StatusPoster, store: HistoryStore, environment: [String: String]) {
        self.state = state
        self.screen = screen
        self.poster = poster
        self.store = store
        self.environment = environment
    }

    func run() {
        // What the first frame needs found out (a restored draft's media file).
        perform(ComposerReducer.requests(&state))
        var lastTick = Date()
        while !quitting, !screen.terminationRequested {
            if dirty {
                screen.draw(ComposerView.render(state))
                dirty = false
            }
            // Spinners turn ten times a second while posting; the History panel's countdowns
            // once a second; otherwise wake rarely.
            let sending = state.postsInFlight > 0
            if let event = screen.nextEvent(timeoutMilliseconds: sending ? 100 : 500) {
                apply(.event(event))
                // Take a burst (typing, a slow paste) before drawing again.
                while !quitting, let more = screen.nextEvent(timeoutMilliseconds: 0) { apply(.event(more)) }
            }
            for action in inbox.drain() { apply(action) }
            let tickEvery = sending ? 0.1 : (state.overlay == .history ? 1 : nil)
            if let tickEvery, Date().timeIntervalSince(lastTick) >= tickEvery {
                apply(.tick)
                lastTick = Date()
            }
            // Autosave, at most once a second while the form changes.
            if Date().timeIntervalSince(lastSave) >= 1 { saveDraft() }
        }
        // Quit, SIGHUP (the SSH connection dropped) or SIGTERM: save what was typed at once.
        saveDraft()
    }

    private func saveDraft() {
        let form = (draft: state.draft, accounts: state.selected)
        if let saved = savedForm, saved.draft == form.draft, saved.accounts == form.accounts { return }
        try? store.saveDraft(SavedDraft(draft: form.draft, accounts: form.accounts))
        savedForm = form
        lastSave = Date()
    }

    private func apply(_ action: ComposerAction) {
        let effects = ComposerReducer.reduce(&state, action, now: Date())
        dirty = true
        perform(effects)
    }

    private func perform(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .quit:
                quitting = true
            case .addAccount:
                addAccountAfterQuit = true
                quitting = true
            case .post(let postID, let typed, let items):
                post(postID: postID, typed: typed, items: items)
            case .loadHistory:
                let store = store, inbox = inbox
                Task.detached { inbox.push(.historyLoaded(RecentStatuses.read(from: store))) }
            case .deleteStatus(let status):
                delete(status)
            case .readMediaFacts(let reference):
                // A stat is quick: answered at once, before the next frame. Slower facts (a
                // link's HEAD) will come back through the inbox like a post's answer.
                if let facts = MediaFacts.read(reference) { apply(.mediaFactsRead(reference, facts)) }
            case .openEditor(let text):
                let environment = environment
                let edited = screen.suspend { ExternalEditor.edit(text, environment: environment) }
                screen.invalidate()
                apply(.editorFinished(edited))
            }
        }
    }
}

extension ComposerApp {
    /// Posts in the background, journal first; stages and answers come back through the inbox.
    private func post(postID: Int, typed: StatusDraft, items: [PostItem]) {
        let journaled = JournaledPoster(poster: poster, store: store), inbox = inbox
        Task.detached {
            do {
                _ = try await journaled.postAll(items.map { (account: $0.account, draft: $0.draft) }, typed: typed, onStage: { name, stage in
                    inbox.push(.postStage(postID: postID, accountName: name, stage: stage))
                }, onOutcome: { outcome in
                    inbox.push(.postFinished(postID: postID, outcome: outcome))
                })
            } catch {
                for item in items {
                    let failure = GatewayFailure.cannotBuildRequest(.verbatim("the history cannot be written (\(error))"))
                    inbox.push(.postFinished(postID: postID, outcome: PostOutcome(accountName: item.account.name, gateway: item.account.gateway, result: .failure(failure))))
                }
            }
        }
    }

    /// Deletes through the account's gateway and records it in the journal.
    private func delete(_ status: PostedStatus) {
        guard let account = state.accounts.first(where: { $0.name == status.accountName }), let messageId = status.messageId else { return }
        let deleter = StatusDeleter(client: poster.client), store = store, inbox = inbox
        Task.detached {
            let result = await deleter.delete(messageId: messageId, from: account)
            if case .success = result { _ = try? store.markDeleted(account: account.name, messageId: messageId) }
            inbox.push(.deleteFinished(attemptID: status.id, result: result))
        }
    }
}

/// Actions from background tasks, handed to the run loop.
final class ActionInbox: Sendable {
    private let pending = Mutex<[ComposerAction]>([])

    func push(_ action: ComposerAction) {
        pending.withLock { $0.append(action) }
    }

    func drain() -> [ComposerAction] {
        pending.withLock { pending in
            defer { pending.removeAll() }
            return pending
        }
    }
}
