import Foundation
import StatusKit
import TerminalCells

/// The whole composer as one value: the form, what is being posted, the log, and the screen.
/// `ComposerReducer` changes it; `ComposerView` draws it. Nothing here does I/O.
public struct ComposerState: Sendable {
    // Environment
    public var accounts: [Account]
    public var language: Language
    /// The zone local times are shown in (the log, the History panel, the notices): the
    /// program's, set at the start like the language; UTC until then.
    public var timeZone: TimeZone
    public var theme: Theme
    public var colorProfile: ColorProfile
    /// How the terminal draws emoji clusters (what its width probe answered): the text box,
    /// the preview and the cursor are laid out with it.
    public var widthProfile: WidthProfile = .safe
    public var size: (width: Int, height: Int)
    /// What a leading `~` in the media field stands for: the user's home, set at the start
    /// (the state looks nothing up); the root until then.
    public var homeFolder = "/"
    /// Shown in the header: the built-in sandbox publishes nothing.
    public var usesBuiltInSandbox: Bool

    // The form
    public var selected: [String]
    public var accountCursor = 0
    public var kind: StatusKind = .text
    public var text = EditableText()
    public var media = EditableText()
    public var color = EditableText()
    /// Index into `fontOptions` (0 = the gateway's default).
    public var fontIndex = 0
    public var audience: [String] = []
    public var audienceInput = EditableText()
    /// The highlighted audience entry, for removing it.
    public var audienceCursor: Int?
    public var voice = true
    public var source = ""
    public var focus: ComposerField = .text
    /// When the status goes out: anything but now makes Ctrl-S schedule it.
    public var when: WhenChoice = .now
    /// The time typed for `.at` ("2026-12-03 08:00" or "08:00"), in `timeZone`.
    public var atTime = EditableText()
    public var repeatChoice: RepeatChoice = .once
    /// The days of a weekly repeat ("mon,thu").
    public var repeatDays = EditableText()
    /// The last day of a repeat (YYYY-MM-DD), optional.
    public var until = EditableText()
    /// The scheduled item the form was loaded from: the next schedule updates it.
    public var editingSchedule: Int64?
    /// What the schedule's checker found wrong with the last order, shown under the fields
    /// (cleared when a scheduling field changes).
    public var scheduleProblems: [ScheduleProblem] = []
    /// The checked order and its plan, while the schedule question waits for y/n.
    public var pendingSchedule: (order: ScheduleOrder, plan: SchedulePlan)?
    /// An order sent to the checker and not answered yet.
    public var checkingSchedule: ScheduleOrder?
    /// For slow links: no preview, no live counter, and the text in the terminal's own colours,
    /// so a typed character costs the terminal little more than the character. The count is
    /// still told on request (the toggle's notice) and shown when the text is over the limit.
    public var quietScreen = false

    // Accounts' connection states
    /// The last answer for each account (by name).
    public var health: [String: AccountHealth] = [:]
    /// Accounts whose state was asked while chosen; deselecting one forgets it, so choosing it
    /// again asks again.
    public var healthAsked: Set<String> = []

    /// The chosen accounts known not to be connected now (an account not answered yet is not
    /// among them).
    public var notConnected: [AccountHealth] {
        selected.compactMap { health[$0] }.filter(\.saysNotConnected)
    }

    // Posting and the log
    public var log: [LogEntry] = []
    /// Lines scrolled up from the newest log entry.
    public var logScroll = 0
    public var nextPostID = 1
    public var overlay: Overlay = .none
    /// A one-line message under the form (why a post did not start, what a key did).
    public var notice: Notice?
    public var spinnerFrame = 0
    /// Set by a first Esc / quit request while posts are in flight; the second one quits.
    public var quitArmed = false
    /// The help's page shown (from 0), on windows too small for every key at once.
    public var helpPage = 0
    /// The modes whose keys worked where the help was opened (ids): the help lists them first.
    public var helpFrom: [String] = []
    /// The History panel's contents (shown while `overlay` is `.history`).
    public var history = HistoryPanel()
    /// Who posts the scheduled statuses (the header says it); the app tells as it changes.
    public var scheduleRunner: ScheduleRunnerStatus = .none
    /// The add-account form while it is open (or its answers are being written).
    public var accountForm: AccountForm?
    /// The scheduled items (the Schedule panel's agenda, the header's count).
    public var schedule = SchedulePanel()

    /// Whether the header names the schedule's runner: a runner is known, something waits to be
    /// posted, or the form is about to schedule.
    public var showsRunner: Bool { scheduleRunner != .none || schedule.upcomingCount > 0 || when != .now }
    /// The time of the last action, for countdowns (the view reads no clock): given at the start
    /// and with each action, never read here; the epoch until then.
    public var now = Date(timeIntervalSince1970: 0)

    /// Validation of the current draft for every chosen account, refreshed after each change.
    public private(set) var checks: [AccountCheck] = []
    /// The media field read as a source (nil when empty, unusable, or a file whose facts are
    /// not known yet), refreshed with `checks`, so the view takes it from here.
    public private(set) var parsedMedia: MediaSource?
    /// What is known of the media the field names; facts come in as `.mediaFactsRead`.
    public internal(set) var mediaLookup = MediaLookup()
    /// The image the preview pane shows; cells come in as `.previewDrawn`.
    public internal(set) var preview = MediaPreview()
    /// What `checks` were made from: an unchanged form (a spinner tick, a cursor move) is not
    /// checked again.
    private var checkedForm: CheckedForm?

    public init(
        accounts: [Account], selected: [String] = [], draft: StatusDraft = StatusDraft(),
        language: Language = .english, timeZone: TimeZone = .gmt, theme: Theme = .dark, colorProfile: ColorProfile = .ansi256,
        size: (width: Int, height: Int) = (100, 30), usesBuiltInSandbox: Bool = false
    ) {
        self.accounts = accounts
        self.language = language
        self.timeZone = timeZone
        self.theme = theme
        self.colorProfile = colorProfile
        self.size = size
        self.usesBuiltInSandbox = usesBuiltInSandbox
        self.selected = selected.filter { name in accounts.contains { $0.name == name } }
        if self.selected.isEmpty, let first = accounts.first { self.selected = [first.name] }
        load(draft)
        focus = .text
        revalidate()
    }

    /// Puts a draft into the form (pre-filled options, or a new draft).
    public mutating func load(_ draft: StatusDraft) {
        kind = draft.kind
        text = EditableText(draft.text)
        media = EditableText(draft.media)
        color = EditableText(draft.color)
        audience = draft.audience
        audienceInput = EditableText()
        audienceCursor = nil
        voice = draft.voice
        source = draft.source
        fontIndex = FontChoice(name: draft.font).flatMap { fontOptions.firstIndex(of: $0) } ?? 0
    }

    public var selectedAccounts: [Account] {
        selected.compactMap { name in accounts.first { $0.name == name } }
    }

    public var visibleFields: [ComposerField] { ComposerField.visible(for: kind, when: when, repeats: repeatChoice) }

    /// Columns the text wraps at in this window: the reducer moves the cursor through the
    /// same lines the view draws.
    public var textWrapWidth: Int { ComposerLayout.textWidth(windowWidth: size.width) }

    /// The draft as the form holds it now.
    public var draft: StatusDraft {
        StatusDraft(
            kind: kind, text: text.text, media: media.text, color: color.text,
            font: fontOptions[safe: fontIndex]??.rawValue ?? "", audience: audience, voice: voice, source: source
        )
    }

    /// nil first (the gateway's default), then the fonts every chosen gateway that has fonts offers.
    public var fontOptions: [FontChoice?] {
        let gateways = Set(selectedAccounts.map(\.gateway)).filter { !$0.capabilities.fonts.isEmpty }
        guard !gateways.isEmpty else { return [nil] }
        let common = FontChoice.allCases.filter { font in gateways.allSatisfy { $0.capabilities.wireName(of: font) != nil } }
        return [nil] + common
    }

    /// The strictest limit on the text among the chosen gateways, with the gateway that sets it.
    public var textLimit: (limit: Int, gateway: GatewayKind)? {
        selectedAccounts.compactMap { account in
            account.gateway.capabilities.limit(for: kind).map { ($0, account.gateway) }
        }.min { $0.0 < $1.0 }
    }

    public var postsInFlight: Int { log.filter(\.isInFlight).count }

    public var hasErrors: Bool { selected.isEmpty || checks.hasErrors }

    /// What shows under a form field: its validation issues, and what the schedule's checker
    /// found on it (always an error; for an account or a media link, found only when scheduling).
    public func fieldNotes(for field: ComposerField) -> [(message: String, isError: Bool)] {
        let scheduled = scheduleProblems.filter { $0.field == field }.map { (message: $0.message, isError: true) }
        if field.isScheduling { return scheduled }
        return issues(for: field).map { ($0.message, $0.isError) } + scheduled
    }

    /// The issues for one form field across the chosen accounts, errors first, each once.
    public func issues(for field: ComposerField) -> [ValidationIssue] {
        var seen: Set<String> = []
        let all = checks.flatMap(\.check.issues).filter { $0.field == field.draftField }
        return (all.filter(\.isError) + all.filter { !$0.isError }).filter { seen.insert($0.message).inserted }
    }

    /// Checks the form when it changed since the last check, or always with `force` (the media's
    /// facts changed). Reads nothing: a local file is judged by the facts in `mediaLookup`.
    public mutating func revalidate(force: Bool = false) {
        let form = CheckedForm(
            kind: kind, texts: [text.text, media.text, color.text, source, homeFolder] + audience,
            fontIndex: fontIndex, voice: voice, selected: selected, language: language)
        guard force || checkedForm.map({ !form.isSame(as: $0) }) ?? true else { return }
        let reference = MediaReference.parse(media.text, homeFolder: homeFolder)
        let named = try? reference.get()
        // Another reference: what was known of the last one does not hold for it.
        if named != mediaLookup.reference { mediaLookup = MediaLookup(reference: named) }
        let parsed = mediaLookup.source(from: reference)
        checks = AccountCheck.all(draft, accounts: selectedAccounts, language: language, media: parsed, facts: mediaLookup.facts)
        parsedMedia = try? parsed.get()
        checkedForm = form
    }
}

/// The inputs of validation, to tell whether the form changed: the form's own fields (the font
/// by its place among the options, which follow from `selected`), so that telling costs no
/// draft built and no font options worked out at every event.
private struct CheckedForm: Sendable {
    let kind: StatusKind
    /// The text, media, colour, source, home folder and audience entries, in that order.
    let texts: [String]
    let fontIndex: Int
    let voice: Bool
    let selected: [String]
    let language: Language

    /// Texts compared by their code points, as drafts are (`StatusDraft ==`).
    func isSame(as other: CheckedForm) -> Bool {
        kind == other.kind && fontIndex == other.fontIndex && voice == other.voice
            && language == other.language && selected == other.selected
            && texts.elementsEqual(other.texts) { $0.hasSameCodeUnits(as: $1) }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
