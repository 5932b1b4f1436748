import Foundation
import History
import StatusKit

/// Checks a schedule request exactly as `post` checks a draft (`AccountCheck.all` against every
/// account) plus the time rules, and plans the item to store. Every problem is returned at once,
/// each naming field, value, rule and an example; nothing is stored by the checker. A campaign
/// import calls it once per row, with the items of earlier rows in `existing`.
public struct ScheduleChecker: Sendable {
    /// Every account of the config.
    public let accounts: [Account]
    public let settings: ScheduleSettings
    public let zone: ScheduleZone
    public let language: Language

    public init(accounts: [Account], settings: ScheduleSettings, zone: ScheduleZone, language: Language = .english) {
        self.accounts = accounts
        self.settings = settings
        self.zone = zone
        self.language = language
    }

    /// The item to store (not yet stored: its id is nil) and the validator's notes.
    public struct Plan: Sendable {
        public let item: ScheduledItem
        /// Warnings, as `post` prints them: `account (gateway): message`.
        public let notes: [String]
    }

    /// `existing`: items already stored (for the slots they hold). `media`: the draft's media as
    /// read before (Media's `MediaInspector.reading(of:)`, as `post` checks with).
    public func check(
        _ request: ScheduleRequest, existing: [ScheduledItem] = [], media: MediaReading? = nil, now: Date = Date()
    ) -> Result<Plan, ScheduleCheckFailure> {
        var problems: [ScheduleInputError] = []
        let chosen = chooseAccounts(request.accounts, problems: &problems)
        let checks = AccountCheck.all(request.draft, accounts: chosen, language: language, reading: media)
        for item in checks {
            for issue in item.check.errors {
                problems.append(ScheduleInputError(
                    field: issue.field.rawValue, value: Self.value(of: issue.field, in: request.draft), rule: issue.message,
                    example: Self.example(for: issue.field, gateway: item.account.gateway), gateway: issue.gateway,
                    account: item.account.name, ruleNamesField: true))
            }
        }
        let notes = checks.flatMap { item in item.check.warnings.map { "\(item.account.name) (\(item.account.gateway.displayName)): \($0.message)" } }
        if !ScheduleRequest.jitterRange.contains(request.jitter) {
            problems.append(ScheduleInputError(
                field: "jitter", value: "\(request.jitter)", rule: "give 0 to 3600 seconds (each account waits a random 0…N seconds)",
                example: "--jitter 120"))
        }
        let first = firstTime(request, accounts: chosen, existing: existing, now: now, problems: &problems)
        if let first, let until = request.until {
            let rules = OccurrenceRules(zone: zone.timeZone)
            let firstDay = rules.local(first).day
            if until < firstDay {
                problems.append(ScheduleInputError(
                    field: "until", value: until.description,
                    rule: "is before the first time, \(ScheduleTimeText(zone: zone.timeZone).minute(first)) (\(zone.identifier)); the last day must be that day or later",
                    example: "--until \(firstDay.adding(days: 30))"))
            }
        }
        if request.until != nil, request.repeatRule == nil {
            problems.append(ScheduleInputError(
                field: "until", value: request.until!.description, rule: "only a repeating status has a last day", example: "--repeat daily --until 2026-12-31"))
        }
        guard problems.isEmpty, let first, checks.ready != nil else { return .failure(ScheduleCheckFailure(problems)) }
        let wall = wallClock(request.when, first: first)
        let item = ScheduledItem(
            createdAt: now, accounts: chosen.map(\.name), draft: request.draft, zone: zone.identifier, hour: wall.hour, minute: wall.minute,
            repeatRule: request.repeatRule?.description, until: request.until?.description, jitter: request.jitter, next: first,
            state: .scheduled, campaign: request.campaign)
        return .success(Plan(item: item, notes: notes))
    }

    private func chooseAccounts(_ names: [String], problems: inout [ScheduleInputError]) -> [Account] {
        guard !names.isEmpty else {
            problems.append(ScheduleInputError(
                field: "account", value: "", rule: "missing; name at least one account (status-composer accounts lists them)",
                example: "--account \(accounts.first?.name ?? "shop")"))
            return []
        }
        var chosen: [Account] = []
        for name in names {
            guard let account = accounts.first(where: { $0.name == name }) else {
                problems.append(ScheduleInputError(
                    field: "account", value: name, rule: "not an account of the config (accounts: \(accounts.map(\.name).joined(separator: ", ")))",
                    example: "--account \(accounts.first?.name ?? "shop")"))
                continue
            }
            if !chosen.contains(where: { $0.name == name }) { chosen.append(account) }
        }
        return chosen
    }

    private func firstTime(
        _ request: ScheduleRequest, accounts chosen: [Account], existing: [ScheduledItem], now: Date, problems: inout [ScheduleInputError]
    ) -> Date? {
        let rules = OccurrenceRules(zone: zone.timeZone)
        guard request.when == .nextSlot else {
            do {
                return try rules.first(request.when, rule: request.repeatRule, now: now)
            } catch {
                problems.append(error)
                return nil
            }
        }
        let picker = SlotPicker(accounts: chosen, topLevel: settings.slots, existing: existing, rules: rules)
        guard !chosen.isEmpty else { return nil }
        if picker.slots.isEmpty {
            let without = chosen.filter { $0.slots.isEmpty && settings.slots.isEmpty }
            let rule = without.isEmpty
                ? "the accounts \(chosen.map(\.name).joined(separator: ", ")) have no slot in common"
                : "no posting slots are set for \(without.map(\.name).joined(separator: ", ")); add slots at the top of the config or in its [[account]]"
            problems.append(ScheduleInputError(field: "next-slot", value: "", rule: rule, example: "slots = [\"08:00\", \"11:30\", \"18:00\"] in the config, or --at 08:00"))
            return nil
        }
        guard let slot = picker.next(after: now, rule: request.repeatRule) else {
            problems.append(ScheduleInputError(
                field: "next-slot", value: "", rule: "every slot of the next year is taken by scheduled items of these accounts",
                example: "--at \"\(ScheduleTimeText(zone: zone.timeZone).minute(now.addingTimeInterval(3600)))\""))
            return nil
        }
        return slot
    }

    /// The wall-clock time a repeat keeps: the one asked for with `--at` (even when the first
    /// day moved it out of a daylight-saving gap), else the first time's.
    private func wallClock(_ when: WhenSpec, first: Date) -> (hour: Int, minute: Int) {
        if case .at(_, let hour, let minute) = when { return (hour, minute) }
        let local = OccurrenceRules(zone: zone.timeZone).local(first)
        return (local.hour, local.minute)
    }

    static func value(of field: DraftField, in draft: StatusDraft) -> String {
        switch field {
        case .type: draft.kind.rawValue
        case .text: draft.text.count > 40 ? String(draft.text.prefix(40)) + "…" : draft.text
        case .media: draft.media.count > 80 ? String(draft.media.prefix(80)) + "…" : draft.media
        case .color: draft.color
        case .font: draft.font
        case .audience: draft.audience.joined(separator: ",")
        case .voice: draft.voice ? "on" : "off"
        case .source: draft.source
        case .account: ""
        }
    }

    static func example(for field: DraftField, gateway: GatewayKind) -> String {
        switch field {
        case .type: "--type \(StatusKind.allCases.first { gateway.capabilities.kinds.contains($0) }?.rawValue ?? "text")"
        case .text: "--text \"Breakfast offer until 10:00\""
        case .media: "--media ~/offers/breakfast.jpg or --media https://example.com/breakfast.jpg"
        case .color: "--color \"#1E8449\""
        case .font: "--font \(FontChoice.allCases.first { gateway.capabilities.wireName(of: $0) != nil }?.rawValue ?? "serif")"
        case .audience: "--to 5511999999999"
        case .voice: "--voice"
        case .source: "--source newsletter"
        case .account: "--account shop"
        }
    }
}
