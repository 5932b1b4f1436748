import Foundation
import StatusKit
import TerminalCells

/// What the composer opens with, assembled from what the program read before starting: the
/// draft options, or else the draft the last run saved; the posts an earlier run left without
/// an answer; and the notices that tell of them. Reads nothing itself: the command reads the
/// journal and the terminal, this decides what they make.
public struct ComposerStart: Sendable {
    /// The form as the last run saved it.
    public struct SavedForm: Sendable, Equatable {
        public var draft: StatusDraft
        public var accounts: [String]
        public var savedAt: Date

        public init(draft: StatusDraft, accounts: [String], savedAt: Date) {
            self.draft = draft
            self.accounts = accounts
            self.savedAt = savedAt
        }
    }

    /// A post an earlier run sent and never heard back about (the journal's `unknown`): it may
    /// or may not be live, and it is never sent again on its own. Gateway and kind as the
    /// journal spells them.
    public struct UnansweredAttempt: Sendable, Equatable {
        public var account: String
        public var gateway: String
        public var kind: String
        public var startedAt: Date

        public init(account: String, gateway: String, kind: String, startedAt: Date) {
            self.account = account
            self.gateway = gateway
            self.kind = kind
            self.startedAt = startedAt
        }
    }

    public var accounts: [Account]
    /// The accounts named on the command line.
    public var chosen: [String] = []
    /// The form as the draft options fill it (empty without options).
    public var prefill = StatusDraft()
    public var saved: SavedForm?
    public var unanswered: [UnansweredAttempt] = []
    public var language: Language = .english
    /// The zone local times are shown in: the program's, as the caller reads it at the start.
    public var timeZone: TimeZone = .gmt
    /// What a leading `~` in the media field stands for.
    public var homeFolder = "/"
    /// When the composer opens, as the caller's clock says.
    public var now = Date(timeIntervalSince1970: 0)
    public var theme: Theme = .dark
    /// Why the theme asked for is not in use, to tell at once.
    public var themeProblem: String?
    public var colorProfile: ColorProfile = .ansi256
    public var size: (width: Int, height: Int) = (100, 30)
    public var usesBuiltInSandbox = false
    public var quietScreen = false
    /// How the terminal draws the uncertain emoji kinds, as its start-up probe measured.
    public var widthProfile: WidthProfile = .safe

    public init(accounts: [Account]) {
        self.accounts = accounts
    }

    /// The saved draft, when it is the one to carry on with: nothing was given on the command
    /// line and the last run left something typed.
    public var restored: SavedForm? {
        guard prefill == StatusDraft(), chosen.isEmpty, let saved, saved.draft != StatusDraft() else { return nil }
        return saved
    }

    /// The composer's first state. Of the notices, the last that applies shows: a broken theme,
    /// else posts without an answer, else the restored draft.
    public func state(keyMap: KeyMap = .standard) -> ComposerState {
        let restored = restored
        var state = ComposerState(
            accounts: accounts, selected: restored?.accounts ?? chosen, draft: restored?.draft ?? prefill,
            language: language, timeZone: timeZone, theme: theme, colorProfile: colorProfile, size: size, usesBuiltInSandbox: usesBuiltInSandbox
        )
        state.now = now
        state.homeFolder = homeFolder
        state.revalidate()
        state.quietScreen = quietScreen
        state.widthProfile = widthProfile
        let words = UIText(language, keys: keyMap)
        // A first run: the Accounts field has the key that adds one.
        if usesBuiltInSandbox, restored == nil {
            state.focus = .accounts
            state.notice = .info(words.noAccountsYet)
        }
        if let restored { state.notice = .info(words.draftRestored(restored.savedAt, timeZone: timeZone)) }
        // Shown first in the log, as failures that may have posted.
        for attempt in unanswered {
            state.log.append(LogEntry(
                postID: 0, accountName: attempt.account, gateway: GatewayKind(rawValue: attempt.gateway) ?? .sandbox,
                kind: StatusKind(rawValue: attempt.kind) ?? .text, startedAt: attempt.startedAt, finishedAt: attempt.startedAt,
                status: .failed(message: words.unknownOutcome, mayHavePosted: true)
            ))
        }
        if !unanswered.isEmpty { state.notice = .error(words.unknownOutcomes(unanswered.count)) }
        if let themeProblem { state.notice = .error(themeProblem) }
        return state
    }
}
