import Foundation
import TerminalCells
import StatusKit

/// The Schedule panel: open it (the store is read in the background), move through the agenda,
/// pause or resume an item (p), cancel one after y/n (x), steer a whole campaign after y/n, or
/// load an item into the form so that the next schedule updates it (Enter).
enum SchedulePanelFlow {
    static func open(_ state: inout ComposerState) -> [Effect] {
        state.overlay = .schedule
        state.schedule.loading = true
        state.schedule.question = nil
        state.notice = nil
        return [.loadSchedule]
    }

    static func loaded(_ result: Result<[ScheduleEntry], HistoryUnreadable>, in state: inout ComposerState) {
        state.schedule.loading = false
        switch result {
        case .success(let items):
            state.schedule.items = items
            state.schedule.problem = nil
        case .failure(let unreadable):
            state.schedule.problem = unreadable.detail
        }
    }

    /// A key of the panel (`KeyMap.schedule`).
    static func run(_ command: SchedulePanelCommand, in state: inout ComposerState) -> [Effect] {
        let rows = state.schedule.rows(now: state.now, timeZone: state.timeZone)
        let keys = rows.compactMap(\.key)
        let current = state.schedule.selectedKey(in: rows)
        let index = current.flatMap { keys.firstIndex(of: $0) } ?? 0
        func select(_ at: Int) { if keys.indices.contains(at) { state.schedule.selection = keys[at] } }
        switch command {
        case .up: select(max(0, index - 1))
        case .down: select(min(keys.count - 1, index + 1))
        case .first: select(0)
        case .last: select(keys.count - 1)
        case .refresh:
            state.schedule.loading = true
            return [.loadSchedule]
        case .close: state.overlay = .none
        case .load:
            if case .item(let id)? = current, let item = state.schedule.item(id: id) { load(item, &state) }
        case .pauseResume:
            switch current {
            case .item(let id)?: return pauseOrResume(id, &state)
            case .campaign(let name)?: askCampaign(name, cancel: false, rows: rows, &state)
            case nil: break
            }
        case .cancel:
            switch current {
            case .item(let id)?: askCancel(id, &state)
            case .campaign(let name)?: askCampaign(name, cancel: true, rows: rows, &state)
            case nil: break
            }
        }
        return []
    }

    /// The answer to a cancel or a campaign's question (`KeyMap.question`).
    static func answer(_ answer: AnswerCommand, in state: inout ComposerState) -> [Effect] {
        guard let change = state.schedule.question else { return [] }
        state.schedule.question = nil
        switch answer {
        case .yes:
            state.schedule.busy.formUnion(change.ids)
            return [.changeSchedule(change)]
        case .no:
            state.notice = .info(UIText(state.language).scheduleUnchanged)
            return []
        }
    }

    static func changeFinished(_ change: ScheduleItemsChange, _ result: Result<Int, ScheduleFailure>, in state: inout ComposerState) -> [Effect] {
        let words = UIText(state.language)
        state.schedule.busy.subtract(change.ids)
        switch result {
        case .success(let count): state.notice = .info(words.scheduleChanged(change, count: count))
        case .failure(let failure): state.notice = .error(words.scheduleNotChanged(change, failure.message))
        }
        return [.loadSchedule]
    }

    private static func pauseOrResume(_ id: Int64, _ state: inout ComposerState) -> [Effect] {
        guard let item = state.schedule.item(id: id), !state.schedule.busy.contains(id) else { return [] }
        let change: ScheduleItemsChange
        switch item.state {
        case .scheduled: change = ScheduleItemsChange(.pause, ids: [id])
        case .paused: change = ScheduleItemsChange(.resume, ids: [id])
        default:
            state.notice = .error(UIText(state.language).cannotPause(id, state: item.state))
            return []
        }
        state.schedule.busy.insert(id)
        state.notice = nil
        return [.changeSchedule(change)]
    }

    private static func askCancel(_ id: Int64, _ state: inout ComposerState) {
        guard let item = state.schedule.item(id: id), !state.schedule.busy.contains(id) else { return }
        guard item.state == .scheduled || item.state == .paused else {
            state.notice = .error(UIText(state.language).cannotCancel(id, state: item.state))
            return
        }
        state.schedule.question = ScheduleItemsChange(.cancel, ids: [id])
        state.notice = nil
    }

    /// p on a campaign pauses what is scheduled, or resumes what is paused when nothing is; x
    /// cancels everything not posted yet. Each asks first.
    private static func askCampaign(_ name: String, cancel: Bool, rows: [AgendaRow], _ state: inout ComposerState) {
        guard let progress = rows.lazy.compactMap({ row -> CampaignProgress? in
            if case .campaign(let campaign) = row, campaign.name == name { return campaign } else { return nil }
        }).first else { return }
        let change: ScheduleItemsChange
        if cancel {
            change = ScheduleItemsChange(.cancel, ids: progress.scheduledIDs + progress.pausedIDs, campaign: name)
        } else if !progress.scheduledIDs.isEmpty {
            change = ScheduleItemsChange(.pause, ids: progress.scheduledIDs, campaign: name)
        } else {
            change = ScheduleItemsChange(.resume, ids: progress.pausedIDs, campaign: name)
        }
        guard !change.ids.isEmpty else {
            state.notice = .info(UIText(state.language).campaignHasNothingLeft(name))
            return
        }
        state.schedule.question = change
        state.notice = nil
    }

    /// Puts the item into the form; while it is still to post, the next schedule updates it.
    private static func load(_ item: ScheduleEntry, _ state: inout ComposerState) {
        state.load(item.draft)
        let known = item.accounts.filter { name in state.accounts.contains { $0.name == name } }
        if !known.isEmpty { state.selected = state.accounts.map(\.name).filter(known.contains) }
        state.when = .at
        state.atTime = EditableText(item.next.map { AgendaTimeText.typed($0, timeZone: state.timeZone) } ?? "")
        state.repeatChoice = RepeatChoice(rule: item.repeatRule)
        state.repeatDays = EditableText(RepeatChoice.days(of: item.repeatRule))
        state.until = EditableText(item.until ?? "")
        state.scheduleProblems = []
        state.editingSchedule = item.state.isFinished ? nil : item.id
        state.overlay = .none
        state.focus = .text
        let words = UIText(state.language)
        state.notice = .info(state.editingSchedule == nil ? words.scheduleLoadedAsNew(item.id) : words.scheduleLoadedForUpdate(item.id))
    }
}
