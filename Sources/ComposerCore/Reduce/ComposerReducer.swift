import Foundation
import StatusKit
import TerminalCells

/// The composer's update function: applies an action to the state and returns the effects to
/// run. Pure: time comes in as `now` (the run loop's clock, with every action), and nothing is
/// read or written outside the state.
public enum ComposerReducer {
    /// Without `now`, the state's time stays as it was (tests that do not care about the clock).
    public static func reduce(_ state: inout ComposerState, _ action: ComposerAction, now: Date? = nil, keyMap: KeyMap = .standard) -> [Effect] {
        var effects: [Effect] = []
        let chosenBefore = state.selected
        if let now { state.now = now }
        let now = state.now
        // The form as the checker saw it, while its problems show: they go when it changes.
        let checked = state.scheduleProblems.isEmpty ? nil : ScheduleFlow.order(from: state)
        switch action {
        case .event(.resize(let width, let height)):
            state.size = (max(0, width), max(0, height))
        case .event(.paste(let text)):
            state.quitArmed = false
            if state.overlay == .addAccount { AccountFormFlow.paste(text, into: &state) } else { FieldEditing.paste(text, into: &state) }
        case .event(.key(let key)):
            effects = handle(key, in: &state, now: now, keyMap: keyMap)
        case .tick:
            state.spinnerFrame &+= 1
        case .postStage(let postID, let accountName, let stage):
            PostFlow.stage(stage, postID: postID, accountName: accountName, in: &state)
        case .postFinished(let postID, let outcome):
            PostFlow.finish(postID: postID, outcome: outcome, in: &state, now: now, keyMap: keyMap)
        case .historyLoaded(let result):
            HistoryFlow.loaded(result, in: &state)
            effects = HistoryFlow.viewsRequests(&state)
        case .deleteFinished(let attemptID, let result):
            HistoryFlow.deleteFinished(attemptID, result, in: &state)
        case .mediaFactsRead(let reference, let facts):
            effects = PostFlow.mediaFactsRead(facts, for: reference, in: &state, keyMap: keyMap)
        case .previewDrawn(let request, let image):
            PreviewFlow.drawn(image, for: request, in: &state)
        case .viewsFetched(let attemptID, let views):
            state.history.viewsInFlight.remove(attemptID)
            state.history.views[attemptID] = views
        case .healthChecked(let health):
            HealthFlow.answered(health, in: &state)
        case .reconciled(let sent, let notSent, let undecided):
            state.notice = .info(UIText(state.language).reconciled(sent: sent, notSent: notSent, undecided: undecided))
        case .accountSaved(let result):
            effects = AccountFormFlow.saved(result, in: &state)
        case .scheduledPostFinished(let id, let campaign, let outcome):
            ScheduleFlow.runnerPosted(id, campaign: campaign, outcome, in: &state, now: now)
        case .scheduleRunnerChanged(let runner):
            state.scheduleRunner = runner
        case .scheduleChanged:
            effects = [.loadSchedule]
        case .scheduleLoaded(let result):
            SchedulePanelFlow.loaded(result, in: &state)
        case .scheduleChecked(let order, let result):
            ScheduleFlow.checked(order, result, in: &state)
        case .scheduleSaved(let order, let result):
            effects = ScheduleFlow.saved(order, result, in: &state, now: now)
        case .scheduleChangeFinished(let change, let result):
            effects = SchedulePanelFlow.changeFinished(change, result, in: &state)
        case .editorFinished(let text):
            let words = UIText(state.language)
            if let text {
                state.text.replaceAll(with: text)
                state.notice = .info(words.editorDone)
            } else {
                state.notice = .error(words.editorFailed)
            }
        }
        if let checked, ScheduleFlow.order(from: state) != checked { state.scheduleProblems = [] }
        // Checked again only if the form changed (a tick or a resize finds it as it was).
        state.revalidate()
        // Chosen accounts changed: their states are asked in the background (never otherwise
        // on a key: a keystroke costs no request).
        let health = state.selected != chosenBefore ? HealthFlow.requests(&state) : []
        return effects + health + requests(&state)
    }

    /// What the first frame needs: `requests`, and the chosen accounts' connection states.
    public static func startRequests(_ state: inout ComposerState) -> [Effect] {
        HealthFlow.requests(&state) + requests(&state)
    }

    /// What the state needs found out before it can be judged or drawn: the facts of the media
    /// the field names (asked once per reference, and again before a post), and the preview's
    /// image. The runtime runs these at the start too, before the first frame.
    public static func requests(_ state: inout ComposerState) -> [Effect] {
        var effects: [Effect] = []
        if state.kind.isMedia, let reference = state.mediaLookup.request() { effects.append(.readMediaFacts(reference)) }
        let wanted = PreviewFlow.wanted(state)
        if let preview = state.preview.ask(wanted) { effects.append(.drawPreview(preview)) }
        return effects
    }

    /// A key, matched on the key map's modes for this state (see `KeyMap.activeModes`).
    private static func handle(_ key: Key, in state: inout ComposerState, now: Date, keyMap: KeyMap) -> [Effect] {
        let words = UIText(state.language, keys: keyMap)
        switch state.overlay {
        case .help:
            // On a window too small for every key at once, the help turns pages. They are laid
            // out only for a page key: other keys in the help change nothing.
            func lastPage() -> Int {
                HelpPages(keyMap.helpModes(from: state.helpFrom), width: state.size.width, height: state.size.height, words, widths: state.widthProfile).pages.count - 1
            }
            switch keyMap.help.command(for: key) {
            case .close?: state.overlay = .none
            case .nextPage?: state.helpPage = min(state.helpPage + 1, max(0, lastPage()))
            case .previousPage?: state.helpPage = max(0, min(state.helpPage, lastPage()) - 1)
            case nil: break
            }
            return []
        case .confirmPost:
            if !state.notConnected.isEmpty, keyMap.notConnected.command(for: key) == .postAnyway {
                return PostFlow.start(&state, now: now, includingNotConnected: true)
            }
            switch keyMap.question.command(for: key) {
            case .yes?: return PostFlow.start(&state, now: now)
            case .no?:
                state.overlay = .none
                state.notice = .info(words.postCancelled)
            case nil: break
            }
            return []
        case .confirmSchedule:
            return keyMap.question.command(for: key).map { ScheduleFlow.answer($0, in: &state) } ?? []
        case .addAccount:
            return AccountFormFlow.key(key, in: &state, keyMap: keyMap)
        case .schedule:
            if state.schedule.question != nil {
                return keyMap.question.command(for: key).map { SchedulePanelFlow.answer($0, in: &state) } ?? []
            }
            if let command = keyMap.schedule.command(for: key) { return SchedulePanelFlow.run(command, in: &state) }
            return fromPanel(key, in: &state, keyMap: keyMap)
        case .history:
            if !state.history.pendingDelete.isEmpty {
                return keyMap.question.command(for: key).map { HistoryFlow.answer($0, in: &state) } ?? []
            }
            if let command = keyMap.history.command(for: key) { return HistoryFlow.run(command, in: &state) }
            return fromPanel(key, in: &state, keyMap: keyMap)
        case .none:
            break
        }

        if let command = keyMap.fields[state.focus]?.command(for: key) {
            _ = takeQuitArmed(&state)
            state.notice = nil
            return FieldEditing.run(command, key: key, in: &state, keyMap: keyMap)
        }
        if state.focus.takesText, let command = keyMap.editing.command(for: key) {
            _ = takeQuitArmed(&state)
            state.notice = nil
            FieldEditing.edit(command, key: key, in: &state)
            return []
        }
        let wasArmed = takeQuitArmed(&state)
        guard let command = keyMap.form.command(for: key) ?? keyMap.global.command(for: key) else {
            state.notice = nil
            return []
        }
        return run(command, in: &state, wasArmed: wasArmed, keyMap: keyMap)
    }

    /// Help and quit work from a panel as from the form (the panel closes first).
    private static func fromPanel(_ key: Key, in state: inout ComposerState, keyMap: KeyMap) -> [Effect] {
        guard let command = keyMap.global.command(for: key) else { return [] }
        let panelModes = keyMap.activeModes(in: state).map(\.id)
        state.overlay = .none
        return run(command, in: &state, wasArmed: takeQuitArmed(&state), keyMap: keyMap, cameFrom: panelModes)
    }

    /// Whether a first Esc or quit asked to be pressed again; any other key forgets it.
    private static func takeQuitArmed(_ state: inout ComposerState) -> Bool {
        defer { state.quitArmed = false }
        return state.quitArmed
    }

    /// `cameFrom`: the modes of the panel the command was given in (nil: the form's).
    private static func run(_ command: Command, in state: inout ComposerState, wasArmed: Bool, keyMap: KeyMap, cameFrom: [String]? = nil) -> [Effect] {
        let words = UIText(state.language, keys: keyMap)
        switch command {
        case .nextField: moveFocus(by: 1, in: &state)
        case .previousField: moveFocus(by: -1, in: &state)
        case .help:
            state.helpFrom = cameFrom ?? keyMap.activeModes(in: state).map(\.id)
            state.overlay = .help
            state.helpPage = 0
        case .history: return HistoryFlow.open(&state)
        case .post: return PostFlow.ask(&state, keyMap: keyMap)
        case .schedule: return SchedulePanelFlow.open(&state)
        case .openEditor: return [.openEditor(text: state.text.text)]
        case .newDraft:
            state.text.clear()
            state.media.clear()
            state.audience = []
            state.audienceInput.clear()
            state.audienceCursor = nil
            ScheduleFlow.forgetEditing(&state)
            state.notice = .info(words.newDraft)
        case .quit:
            let sending = state.postsInFlight
            if sending > 0, !wasArmed {
                state.quitArmed = true
                state.notice = .error(words.quitWhileSending(sending))
                return []
            }
            return [.quit]
        case .logOlder: state.logScroll = min(state.logScroll + 3, max(0, state.log.count - 1))
        case .logNewer: state.logScroll = max(0, state.logScroll - 3)
        case .cancel:
            if wasArmed { return [.quit] }
            state.quitArmed = true
            state.notice = .info(words.escAgainToQuit)
        case .quietScreen:
            state.quietScreen.toggle()
            let count = words.chars(state.text.text.unicodeScalars.count, state.textLimit?.limit)
            state.notice = .info(state.quietScreen ? words.quietScreenOn(count) : words.quietScreenOff)
        }
        return []
    }

    static func moveFocus(by step: Int, in state: inout ComposerState) {
        let fields = state.visibleFields
        let index = fields.firstIndex(of: state.focus) ?? 0
        state.focus = fields[(index + step + fields.count) % fields.count]
        state.notice = nil
    }
}
