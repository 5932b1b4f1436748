import Foundation
import History
import Scheduling
import StatusKit

/// Turns a plan's rows into items to store, each row checked exactly as `schedule add` checks
/// (`ScheduleChecker`: every account it names, the media as read, the time rules). Every wrong
/// row is reported, each problem with its row, column, value, rule and gateway; the items come
/// back only when no row is wrong, so the caller stores all of them or none.
public struct CampaignPlanner: Sendable {
    public let checker: ScheduleChecker
    /// Accounts for rows that leave `accounts` empty (`--account` on the command line).
    public let defaultAccounts: [String]
    /// Reads a draft's media before the check (Media's `MediaInspector.reading(of:)`).
    public let readMedia: @Sendable (StatusDraft) async -> MediaReading?

    public init(checker: ScheduleChecker, defaultAccounts: [String] = [], readMedia: @escaping @Sendable (StatusDraft) async -> MediaReading? = { _ in nil }) {
        self.checker = checker
        self.defaultAccounts = defaultAccounts
        self.readMedia = readMedia
    }

    /// One row's item and the validator's notes (warnings) about it.
    public struct PlannedRow: Sendable {
        public let row: PlanRow
        public let item: ScheduledItem
        public let notes: [String]
    }

    /// `existing`: the items already stored (slots they hold); rows taking `next-slot` also
    /// see the rows planned before them.
    public func plan(_ rows: [PlanRow], campaign: String, existing: [ScheduledItem], now: Date = Date()) async -> Result<[PlannedRow], PlanProblems> {
        var problems: [PlanProblem] = []
        var planned: [PlannedRow] = []
        var requests: [(row: PlanRow, request: ScheduleRequest)] = []
        for row in rows {
            switch request(for: row, campaign: campaign) {
            case .success(let request): requests.append((row, request))
            case .failure(let found): problems += found.list
            }
        }
        let readings = await readAll(requests.map(\.request.draft))
        var taken = existing
        for (row, request) in requests {
            switch checker.check(request, existing: taken, media: readings[request.draft.media] ?? nil, now: now) {
            case .success(let plan):
                planned.append(PlannedRow(row: row, item: plan.item, notes: plan.notes))
                taken.append(plan.item)
            case .failure(let failure):
                problems += failure.problems.map { Self.problem($0, row: row) }
            }
        }
        return problems.isEmpty ? .success(planned) : .failure(PlanProblems(problems))
    }

    /// The request a row makes, or every problem of reading it (before any gateway's rule).
    func request(for row: PlanRow, campaign: String) -> Result<ScheduleRequest, PlanProblems> {
        var problems: [PlanProblem] = []
        func refuse(_ column: PlanColumn, _ rule: String) {
            problems.append(PlanProblem(place: row.label, column: column.rawValue, value: row[column], rule: rule))
        }
        let draft: StatusDraft?
        switch PlanDraft.draft(of: row) {
        case .success(let read): draft = read
        case .failure(let found):
            problems += found.list
            draft = nil
        }
        var when = WhenSpec.nextSlot
        if let cell = row[.when] {
            if !Self.nextSlotWords.contains(cell.lowercased()) {
                do { when = try WhenSpec.parse(at: cell) } catch { problems.append(Self.problem(error, row: row)) }
            }
        } else {
            refuse(.when, "missing; write YYYY-MM-DD HH:MM, HH:MM (the next such time) or next-slot, e.g. 2026-12-03 08:00")
        }
        let accounts = row[.accounts].map(PlanValues.list) ?? defaultAccounts
        if accounts.isEmpty {
            refuse(.accounts, "missing; name the accounts (separated by ; or spaces), or give --account NAME on the command line for rows without")
        }
        var rule: RepeatRule?
        if let cell = row[.repeat] {
            do { rule = try RepeatRule.parse(cell) } catch { problems.append(Self.problem(error, row: row)) }
        }
        var until: LocalDate?
        if let cell = row[.until] {
            until = LocalDate.parse(cell)
            if until == nil { refuse(.until, "not a day of the calendar as YYYY-MM-DD, e.g. 2026-12-31") }
        }
        var jitter = 0
        if let cell = row[.jitter] {
            if let seconds = Int(cell) { jitter = seconds } else { refuse(.jitter, "not a whole number of seconds (0 to 3600), e.g. 120") }
        }
        guard problems.isEmpty, let draft else { return .failure(PlanProblems(problems)) }
        return .success(ScheduleRequest(accounts: accounts, draft: draft, when: when, repeatRule: rule, until: until, jitter: jitter, campaign: campaign))
    }

    /// The media of every row, each distinct one read once, a few at a time (a link's HEAD is
    /// bounded; a week of statuses often repeats the same picture).
    private func readAll(_ drafts: [StatusDraft]) async -> [String: MediaReading?] {
        var unique: [String: StatusDraft] = [:]
        for draft in drafts where draft.kind.isMedia && unique[draft.media] == nil { unique[draft.media] = draft }
        let readMedia = readMedia
        var readings: [String: MediaReading?] = [:]
        var pending = Array(unique.values)
        await withTaskGroup(of: (String, MediaReading?).self) { group in
            func startNext() {
                guard let draft = pending.popLast() else { return }
                group.addTask { (draft.media, await readMedia(draft)) }
            }
            for _ in 0..<8 { startNext() }
            while let (media, reading) = await group.next() {
                readings[media] = reading
                startNext()
            }
        }
        return readings
    }

    /// Whether a row takes the next free slot: only then does the plan need the items already
    /// stored (the slots they hold).
    public static func needsSlots(_ rows: [PlanRow]) -> Bool {
        rows.contains { $0[.when].map { nextSlotWords.contains($0.lowercased()) } ?? false }
    }

    static let nextSlotWords: Set<String> = ["next-slot", "next slot", "proximo-horario", "próximo-horário", "próximo horário", "proximo horario"]

    /// A checker's problem as the plan names it: the column for the option, the example without
    /// the command line's option names.
    static func problem(_ error: ScheduleInputError, row: PlanRow) -> PlanProblem {
        let column = column(for: error.field)
        let example = withoutOptionNames(error.example)
        let gateway = error.gateway.map { "\($0.displayName)" + (error.account.map { ", account \($0)" } ?? "") }
        // A validator's rule names its field and value itself.
        if error.ruleNamesField {
            return PlanProblem(place: row.label, column: column, rule: error.rule + "; e.g. " + example, gateway: gateway)
        }
        return PlanProblem(place: row.label, column: column, value: error.value.isEmpty ? nil : error.value, rule: error.rule + "; e.g. " + example, gateway: gateway)
    }

    /// `--at "2026-12-03 08:00" or --next-slot` → `2026-12-03 08:00 or next-slot`.
    static func withoutOptionNames(_ example: String) -> String {
        let text = example.replacingOccurrences(of: "--next-slot", with: "next-slot")
            .replacingOccurrences(of: #"--[a-z][a-z-]* "#, with: "", options: .regularExpression)
        return text.replacingOccurrences(of: "\"", with: "")
    }

    static func column(for field: String) -> String {
        switch field {
        case "at", "in", "next-slot": PlanColumn.when.rawValue
        case "account": PlanColumn.accounts.rawValue
        case "audience": PlanColumn.to.rawValue
        default: PlanColumn(rawValue: field)?.rawValue ?? field
        }
    }
}
