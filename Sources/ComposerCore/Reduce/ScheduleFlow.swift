import Foundation
import StatusKit
import TerminalCells

/// Scheduling from the form (When set to a time or the next slot): Ctrl-S sends the order to
/// the schedule's checker, its answer is confirmed with the time, the zone and the accounts,
/// and the stored item shows in the log. An item loaded from the Schedule panel is updated.
enum ScheduleFlow {
    /// The form passed the draft's checks: the schedule's rules come next (an effect).
    static func check(_ state: inout ComposerState) -> [Effect] {
        let order = order(from: state)
        state.checkingSchedule = order
        state.scheduleProblems = []
        state.notice = .info(UIText(state.language).checkingSchedule)
        return [.checkSchedule(order)]
    }

    static func order(from state: ComposerState) -> ScheduleOrder {
        let rule = state.repeatChoice.rule(days: state.repeatDays.text)
        let until = state.until.text.trimmingCharacters(in: .whitespaces)
        return ScheduleOrder(
            accounts: state.selected, draft: state.draft, when: state.when,
            at: state.when == .at ? state.atTime.text.trimmingCharacters(in: .whitespaces) : "",
            repeatRule: rule, until: rule == nil || until.isEmpty ? nil : until, replacing: state.editingSchedule)
    }

    static func checked(_ order: ScheduleOrder, _ result: Result<SchedulePlan, ScheduleProblems>, in state: inout ComposerState) {
        // An answer for a form that has changed since is dropped: Ctrl-S asks again.
        guard state.checkingSchedule == order else { return }
        state.checkingSchedule = nil
        let words = UIText(state.language)
        switch result {
        case .success(let plan):
            // The check can take seconds (a link's HEAD): a panel or form opened meanwhile stays.
            guard state.overlay == .none else {
                state.notice = .info(words.scheduleCheckedBehind)
                return
            }
            state.pendingSchedule = (order, plan)
            state.overlay = .confirmSchedule
            state.notice = nil
        case .failure(let found):
            state.scheduleProblems = found.problems
            let loose = found.problems.filter { $0.field == nil || !state.visibleFields.contains($0.field!) }.map(\.message)
            state.notice = .error(([words.notScheduledFix(found.problems.count)] + loose).joined(separator: " "))
            if let first = state.visibleFields.first(where: { field in found.problems.contains { $0.field == field } }) {
                state.focus = first
            }
        }
    }

    /// The answer to "Schedule for …?".
    static func answer(_ answer: AnswerCommand, in state: inout ComposerState) -> [Effect] {
        let pending = state.pendingSchedule
        state.pendingSchedule = nil
        state.overlay = .none
        let words = UIText(state.language)
        guard answer == .yes, let pending else {
            state.notice = .info(words.scheduleCancelled)
            return []
        }
        state.notice = .info(words.scheduling)
        return [.saveSchedule(pending.order)]
    }

    /// The store's answer: one log line per account, and the agenda read again.
    static func saved(_ order: ScheduleOrder, _ result: Result<ScheduleEntry, ScheduleFailure>, in state: inout ComposerState, now: Date) -> [Effect] {
        let words = UIText(state.language)
        let postID = state.nextPostID
        state.nextPostID += 1
        let status: LogEntry.Status
        switch result {
        case .success(let item):
            let time = item.next.map { AgendaTimeText.dayAndTime($0, timeZone: state.timeZone, language: state.language) } ?? "—"
            status = .scheduled(id: item.id, at: "\(time) (\(state.timeZone.identifier))", updated: order.replacing != nil)
            if state.editingSchedule == order.replacing { state.editingSchedule = nil }
            state.notice = .info(words.scheduled(item.id, at: time, count: order.accounts.count, updated: order.replacing != nil))
        case .failure(let failure):
            status = .notScheduled(message: failure.message)
            state.notice = .error(words.notScheduled(failure.message))
        }
        for name in order.accounts {
            guard let account = state.accounts.first(where: { $0.name == name }) else { continue }
            state.log.append(LogEntry(postID: postID, accountName: name, gateway: account.gateway, kind: order.draft.kind, startedAt: now, finishedAt: now, status: status))
        }
        state.logScroll = 0
        return [.loadSchedule]
    }

    /// A post the runner in this composer made, logged as the form's posts are (with its item).
    static func runnerPosted(_ id: Int64, campaign: String?, _ outcome: PostOutcome, in state: inout ComposerState, now: Date) {
        let status: LogEntry.Status = switch outcome.result {
        case .success(let receipt): .posted(messageId: receipt.messageId, zaapId: receipt.zaapId)
        case .failure(let failure): .failed(message: failure.message(in: state.language), mayHavePosted: failure.mayHavePosted)
        }
        let kind = state.schedule.items.first { $0.id == id }?.draft.kind ?? .text
        let postID = state.nextPostID
        state.nextPostID += 1
        state.log.append(LogEntry(
            postID: postID, accountName: outcome.accountName, gateway: outcome.gateway, kind: kind, startedAt: now, finishedAt: now,
            status: status, scheduleId: id, campaign: campaign))
    }

    /// A new draft no longer updates the item it was loaded from.
    static func forgetEditing(_ state: inout ComposerState) {
        state.editingSchedule = nil
    }
}
