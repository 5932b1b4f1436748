import ComposerCore
import Foundation
import History
import Media
import Scheduling
import StatusKit

/// The schedule as the composer uses it: an order from the form is checked by the same
/// `ScheduleChecker` as `schedule add` (every account, the media as read, the time rules),
/// stored or updated, and the store's items are mapped to the view-model's entries. Called
/// from background tasks only: the store and a link's HEAD never run on the keystroke path.
struct ComposerScheduling: Sendable {
    let store: ScheduleStore
    let checker: ScheduleChecker

    /// The order checked now: the plan to confirm, or every problem under its form field.
    func check(_ order: ScheduleOrder, now: Date = Date()) async -> Result<SchedulePlan, ScheduleProblems> {
        switch await plan(order, now: now) {
        case .success(let planned):
            let first = planned.item.next ?? now
            return .success(SchedulePlan(first: first, zone: checker.zone.identifier, accounts: planned.item.accounts))
        case .failure(let problems): return .failure(problems)
        }
    }

    /// Checks the order again (time has passed since the question) and stores it: a new item,
    /// or the update of the one it was loaded from.
    func save(_ order: ScheduleOrder, now: Date = Date()) async -> Result<ScheduleEntry, ScheduleFailure> {
        let planned: ScheduleChecker.Plan
        switch await plan(order, now: now) {
        case .success(let found): planned = found
        case .failure(let problems): return .failure(ScheduleFailure(problems.problems.map(\.message).joined(separator: " ")))
        }
        do {
            guard let id = order.replacing else { return .success(Self.entry(try store.add(planned.item))) }
            switch try store.update(id: id, to: planned.item, now: now) {
            case .changed(let item): return .success(Self.entry(item))
            case .refused(let item): return .failure(ScheduleFailure("#\(id) is \(item.state.rawValue) and can no longer be changed; Ctrl-N starts a new one"))
            case .notFound: return .failure(ScheduleFailure("#\(id) is no longer in the schedule; Ctrl-N starts a new one"))
            }
        } catch {
            return .failure(ScheduleFailure("the schedule cannot be written (\(error))"))
        }
    }

    /// Pause, resume or cancel; how many items changed (the others' states did not allow it).
    func change(_ change: ScheduleItemsChange, now: Date = Date()) -> Result<Int, ScheduleFailure> {
        do {
            let results: [ScheduleChange] = switch change.kind {
            case .pause: try store.pause(ids: change.ids, now: now)
            case .resume: try store.resume(ids: change.ids, now: now)
            case .cancel: try store.cancel(ids: change.ids, now: now)
            }
            return .success(results.filter { if case .changed = $0 { true } else { false } }.count)
        } catch {
            return .failure(ScheduleFailure("the schedule cannot be written (\(error))"))
        }
    }

    /// What is to come, what finished in the last day, and every item of a campaign (its
    /// progress counts them all).
    func load(now: Date = Date()) -> Result<[ScheduleEntry], HistoryUnreadable> {
        do {
            let items = try store.agenda(finishedSince: now.addingTimeInterval(-SchedulePanel.finishedShownFor))
            return .success(items.map(Self.entry))
        } catch {
            return .failure(HistoryUnreadable("the schedule cannot be read (\(error))"))
        }
    }

    private func plan(_ order: ScheduleOrder, now: Date) async -> Result<ScheduleChecker.Plan, ScheduleProblems> {
        var problems: [ScheduleInputError] = []
        var when = WhenSpec.nextSlot
        if order.when == .at {
            do { when = try WhenSpec.parse(at: order.at) } catch {
                problems.append(order.at.isEmpty ? Self.missingTime : error)
                when = .after(seconds: 3600)
            }
        }
        var rule: RepeatRule?
        if let text = order.repeatRule {
            do { rule = try RepeatRule.parse(text) } catch { problems.append(error) }
        }
        var lastDay: LocalDate?
        if let until = order.until {
            lastDay = LocalDate.parse(until)
            if lastDay == nil {
                problems.append(ScheduleInputError(field: "until", value: until, rule: "not a day of the calendar as YYYY-MM-DD", example: "--until 2026-12-31"))
            }
        }
        let request = ScheduleRequest(accounts: order.accounts, draft: order.draft, when: when, repeatRule: rule, until: problems.isEmpty ? lastDay : nil)
        // A slot is free of the other items, not of the one being edited.
        let existing = when == .nextSlot ? ((try? store.items()) ?? []).filter { $0.id != order.replacing } : []
        let media = await MediaInspector().reading(of: order.draft)
        switch checker.check(request, existing: existing, media: media, now: now) {
        case .success(let planned) where problems.isEmpty: return .success(planned)
        case .success: return .failure(Self.composerProblems(problems, order: order))
        case .failure(let failure): return .failure(Self.composerProblems(problems + failure.problems, order: order))
        }
    }

    private static let missingTime = ScheduleInputError(
        field: "at", value: "", rule: "missing; type a day and time, or a time for the next such time", example: "--at \"2026-12-03 08:00\" or --at 08:00")

    /// The checker's problems as the form shows them: under the field they are about, named as
    /// the form names it, with the example as it is typed there (no option names).
    static func composerProblems(_ problems: [ScheduleInputError], order: ScheduleOrder) -> ScheduleProblems {
        ScheduleProblems(problems.map { problem in
            let field = formField(problem.field, order: order)
            let cleaned = ScheduleInputError(
                field: problem.field, value: problem.value, rule: problem.rule, example: formExample(problem.example),
                gateway: problem.gateway, account: problem.account, ruleNamesField: problem.ruleNamesField)
            return ScheduleProblem(field: field, message: cleaned.message(fieldName: formName))
        })
    }

    private static func formField(_ name: String, order: ScheduleOrder) -> ComposerField? {
        switch name {
        case "at": .at
        case "next-slot": .when
        case "repeat": order.repeatRule?.hasPrefix("weekly:") == true ? .days : .repeats
        case "until": .until
        case "account": .accounts
        default: DraftField(rawValue: name).flatMap { draft in ComposerField.allCases.first { $0.draftField == draft } }
        }
    }

    private static func formName(_ name: String) -> String {
        switch name {
        case "at": "At"
        case "next-slot": "When"
        case "repeat": "Repeat"
        case "until": "Until"
        case "account": "Accounts"
        default: name.prefix(1).uppercased() + name.dropFirst()
        }
    }

    /// `--at "2026-12-03 08:00" or --at 08:00` → `2026-12-03 08:00 or 08:00`.
    static func formExample(_ example: String) -> String {
        var text = example
        for option in ["--at ", "--until ", "--repeat ", "--next-slot"] { text = text.replacingOccurrences(of: option, with: "") }
        return text.replacingOccurrences(of: "\"", with: "")
    }

    static func entry(_ item: ScheduledItem) -> ScheduleEntry {
        ScheduleEntry(
            id: item.id ?? 0, accounts: item.accounts, draft: item.draft, next: item.next, repeatRule: item.repeatRule, until: item.until,
            state: ScheduleEntry.State(rawValue: item.state.rawValue) ?? .unknown, campaign: item.campaign, updatedAt: item.updatedAt)
    }
}
