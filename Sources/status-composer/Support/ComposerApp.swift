import ComposerCore
import Foundation
import History
import Media
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
    let inbox = ActionInbox()
    private var dirty = true
    private var quitting = false
    /// Set when the composer quits to reopen on the config with an account just added.
    private(set) var reopenWithAccount: String?
    /// Writes the add-account form's answers.
    private let accountSaver: AccountFormSaver
    /// The form as last written to the store, and when.
    private var savedForm: (draft: StatusDraft, accounts: [String])?
    private var lastSave = Date.distantPast
    /// Reads media facts (a link's HEAD in the background) and draws the preview's image.
    private let inspector = MediaInspector()
    private let previewer: MediaPreviewer
    /// Media work in the background; only the latest reference's goes on.
    private let mediaJobs: MediaJobs

    /// Connection states, kept 60 s so choosing accounts back and forth does not ask each time.
    private let healthCache: HealthCache
    /// One for the program, so Green API's one statistics request a second holds across rows.
    private let viewsFetcher: ViewsFetcher
    /// False with `--no-check`: no state checks, no reconciling at the start.
    private let checksAccounts: Bool
    /// The schedule (nil, with `schedulingProblem`, when its store could not be opened).
    let scheduling: ComposerScheduling?
    let schedulingProblem: String?
    /// Runs the schedule while this composer is open and no `run` does.
    private let scheduleHost: ComposerScheduleHost?

    init(
        state: ComposerState, screen: TerminalScreen, poster: StatusPoster, store: HistoryStore, environment: [String: String],
        checksAccounts: Bool = true, scheduling: Result<ComposerScheduling, ScheduleFailure>, explicitConfig: String? = nil
    ) {
        accountSaver = AccountFormSaver(explicitConfig: explicitConfig, environment: environment)
        self.checksAccounts = checksAccounts
        switch scheduling {
        case .success(let opened):
            self.scheduling = opened
            schedulingProblem = nil
        case .failure(let failure):
            self.scheduling = nil
            schedulingProblem = failure.message
        }
        self.state = state
        self.screen = screen
        self.poster = poster
        self.store = store
        self.environment = environment
        previewer = MediaPreviewer(downloader: LinkDownloader(folder: LinkDownloader.cacheFolder(environment: environment)))
        healthCache = HealthCache(checker: HealthChecker(client: poster.client))
        viewsFetcher = ViewsFetcher(client: poster.client)
        mediaJobs = MediaJobs(inbox: inbox)
        let inbox = inbox, health = checksAccounts ? healthCache : nil
        scheduleHost = self.scheduling.map {
            ComposerScheduleHost(
                store: $0.store, poster: poster, accounts: state.accounts, health: health, inbox: inbox,
                stateFolder: HistoryStore.stateFolder(environment: environment))
        }
    }

    func run() {
        // What the first frame needs found out (a restored draft's media file).
        perform(ComposerReducer.startRequests(&state))
        if checksAccounts { reconcileInBackground() }
        // Takes the runner's lock when no `run` holds it, and reads the schedule.
        scheduleHost?.start()
        var lastTick = Date()
        while !quitting, !screen.terminationRequested {
            if dirty {
                screen.draw(ComposerView.render(state))
                dirty = false
            }
            // Spinners turn ten times a second while posting; the panels' countdowns
            // once a second; otherwise wake rarely.
            let sending = state.postsInFlight > 0
            let mediaPending = mediaJobs.running || inbox.hasPending
            if let event = screen.nextEvent(timeoutMilliseconds: mediaPending ? 10 : sending ? 100 : 500) {
                apply(.event(event))
                // Take a burst (typing, a slow paste) before drawing again.
                while !quitting, let more = screen.nextEvent(timeoutMilliseconds: 0) { apply(.event(more)) }
            }
            for action in inbox.drain() { apply(action) }
            let tickEvery = sending ? 0.1 : (state.overlay == .history || state.overlay == .schedule ? 1 : nil)
            if let tickEvery, Date().timeIntervalSince(lastTick) >= tickEvery {
                apply(.tick)
                lastTick = Date()
            }
            // Autosave, at most once a second while the form changes.
            if Date().timeIntervalSince(lastSave) >= 1 { saveDraft() }
        }
        // Quit, SIGHUP (the SSH connection dropped) or SIGTERM: save what was typed at once.
        if reopenWithAccount == nil { saveDraft() }
    }

    /// After `run`: the schedule's runner finishes what it is posting (a few seconds at most).
    func finish() async {
        await scheduleHost?.stop()
    }

    private func saveDraft(accounts: [String]? = nil) {
        let form = (draft: state.draft, accounts: accounts ?? state.selected)
        if let saved = savedForm, saved.draft == form.draft, saved.accounts == form.accounts { return }
        try? store.saveDraft(SavedDraft(draft: form.draft, accounts: form.accounts))
        savedForm = form
        lastSave = Date()
    }

    func apply(_ action: ComposerAction) {
        let effects = ComposerReducer.reduce(&state, action, now: Date())
        dirty = true
        perform(effects)
    }

    private func perform(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .quit:
                quitting = true
            case .saveAccount(let entry):
                let saver = accountSaver, inbox = inbox
                Task.detached { inbox.push(.accountSaved(saver.save(entry))) }
            case .reopen(let account):
                // The draft is kept with the new account chosen beside those chosen already
                // (the built-in sandbox's are not in the config it reopens on).
                saveDraft(accounts: (state.usesBuiltInSandbox ? [] : state.selected.filter { $0 != account }) + [account])
                reopenWithAccount = account
                quitting = true
            case .post(let postID, let typed, let items):
                post(postID: postID, typed: typed, items: items)
            case .loadHistory:
                let store = store, inbox = inbox
                Task.detached { inbox.push(.historyLoaded(RecentStatuses.read(from: store))) }
            case .deleteStatus(let status):
                delete(status)
            case .readMediaFacts(let reference):
                // A stat and a look at a file's headers are quick: answered at once, before the
                // next frame. A link's HEAD and a `data:` URI's decoding come back through the
                // inbox like a post's answer.
                // Work still going for the media the field named before is cancelled.
                if let facts = MediaInspector.localFacts(for: reference) {
                    mediaJobs.keepOnly(reference)
                    apply(.mediaFactsRead(reference, facts))
                } else {
                    let inspector = inspector
                    mediaJobs.start(.facts, for: reference) { .mediaFactsRead(reference, await inspector.facts(for: reference)) }
                }
            case .drawPreview(let request):
                let previewer = previewer
                mediaJobs.start(.preview, for: request.reference) {
                    let drawn = await previewer.draw(
                        request.reference, byteCount: request.byteCount, modified: request.modified,
                        columns: request.columns, rows: request.rows, profile: request.profile)
                    switch drawn {
                    case .success(let cells): return .previewDrawn(request, .cells(cells))
                    case .failure(let why): return .previewDrawn(request, .failed(why.description))
                    }
                }
            case .checkHealth(let accounts):
                guard checksAccounts else { continue }
                let cache = healthCache, inbox = inbox
                for account in accounts {
                    Task.detached { inbox.push(.healthChecked(await cache.health(of: account))) }
                }
            case .fetchViews(let statuses):
                let fetcher = viewsFetcher, inbox = inbox
                for status in statuses {
                    guard let account = state.accounts.first(where: { $0.name == status.accountName }), let id = status.messageId else {
                        inbox.push(.viewsFetched(attemptID: status.id, .failed("the account is not in the config")))
                        continue
                    }
                    Task.detached { inbox.push(.viewsFetched(attemptID: status.id, await fetcher.views(messageId: id, account: account))) }
                }
            case .openEditor(let text):
                let environment = environment
                let edited = screen.suspend { ExternalEditor.edit(text, environment: environment) }
                screen.invalidate()
                apply(.editorFinished(edited))
            case .loadSchedule, .checkSchedule, .saveSchedule, .changeSchedule:
                performSchedule(effect)
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

    /// Resolves posts an earlier run left without an answer, from the gateways' own lists, and
    /// tells what it found (nothing when there was nothing to resolve).
    private func reconcileInBackground() {
        let healthCache = healthCache
        let reconciler = HistoryReconciler(store: store, client: poster.client, health: { await healthCache.health(of: $0) })
        let accounts = state.accounts, inbox = inbox
        Task.detached {
            guard let results = try? await reconciler.run(accounts: accounts) else { return }
            let sent = results.filter { if case .sent = $0.decision { true } else { false } }.count
            let notSent = results.filter { if case .notSent = $0.decision { true } else { false } }.count
            // Nothing decided: the start's own notice about unanswered posts stays.
            guard sent + notSent > 0 else { return }
            inbox.push(.reconciled(sent: sent, notSent: notSent, undecided: results.count - sent - notSent))
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

    var hasPending: Bool { pending.withLock { !$0.isEmpty } }

    func drain() -> [ComposerAction] {
        pending.withLock { pending in
            defer { pending.removeAll() }
            return pending
        }
    }
}
