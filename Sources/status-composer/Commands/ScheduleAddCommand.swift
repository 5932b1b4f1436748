import ArgumentParser
import Foundation
import History
import Media
import Scheduling
import StatusKit

struct ScheduleAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Schedule a status for one or more accounts, once or repeating.",
        discussion: """
        Give exactly one of --at, --in and --next-slot. The draft is checked as post checks it, against every \
        account, plus the time rules; on any problem nothing is stored (exit 2). A local media file is copied \
        into the state folder now, so what was scheduled is what goes out.
        Example: status-composer schedule add --account shop --type text --text "Breakfast offer" --at 08:00 --repeat weekdays
        """
    )

    @Option(name: .long, help: ArgumentHelp("An account from the config (repeat to post to several).", valueName: "name"))
    var account: [String] = []

    @OptionGroup var draftOptions: DraftOptions

    @Option(name: .long, help: ArgumentHelp("\"YYYY-MM-DD HH:MM\", or HH:MM for the next such time.", valueName: "time"))
    var at: String?

    @Option(name: .customLong("in"), help: ArgumentHelp("After a while: 90s, 30m, 2h, 1d.", valueName: "duration"))
    var after: String?

    @Flag(name: .long, help: "The earliest free posting slot (slots in the config) at least a minute away.")
    var nextSlot = false

    @Option(name: .customLong("repeat"), help: ArgumentHelp("daily, weekdays or weekly:mon,thu — at the same wall-clock time.", valueName: "rule"))
    var repeatRule: String?

    @Option(name: .long, help: ArgumentHelp("The last day of a repeat, YYYY-MM-DD.", valueName: "date"))
    var until: String?

    @Option(name: .long, help: ArgumentHelp("Each account's send waits a random 0…N seconds (0 to 3600).", valueName: "seconds"))
    var jitter: Int = 0

    @Flag(name: .long, help: "Print {\"id\", \"next\", \"accounts\", \"repeat\"} as JSON.")
    var json = false

    @OptionGroup var configOptions: ConfigOptions

    func run() async throws {
        let draft: StatusDraft
        do {
            draft = try draftOptions.makeDraft()
        } catch {
            ScheduleContext.printProblems(error.problems, nothing: "scheduled")
            throw Exit.invalidInput
        }
        let context = try ScheduleContext.open(configOptions)
        var problems: [ScheduleInputError] = []
        let when = parseWhen(&problems)
        var rule: RepeatRule?
        if let repeatRule {
            do { rule = try RepeatRule.parse(repeatRule) } catch { problems.append(error) }
        }
        var lastDay: LocalDate?
        if let until {
            lastDay = LocalDate.parse(until)
            if lastDay == nil {
                problems.append(ScheduleInputError(field: "until", value: until, rule: "not a day of the calendar as YYYY-MM-DD", example: "--until 2026-12-31"))
            }
        }
        // With a time that cannot be read, the draft and accounts are still checked, so every
        // problem shows at once.
        let request = ScheduleRequest(
            accounts: account, draft: draft, when: when ?? .after(seconds: 3600), repeatRule: rule,
            until: problems.isEmpty ? lastDay : nil, jitter: jitter)
        let checker = ScheduleChecker(accounts: context.accounts, settings: context.settings, zone: context.zone, language: Language.from())
        // Only a slot needs the items already stored.
        let existing = request.when == .nextSlot ? (try? context.store.items()) ?? [] : []
        let media = await MediaInspector().reading(of: draft)
        let plan: ScheduleChecker.Plan
        switch checker.check(request, existing: existing, media: media, now: Date()) {
        case .success(let planned) where problems.isEmpty: plan = planned
        case .success: try fail(problems, context: context)
        case .failure(let failure): try fail(problems + failure.problems, context: context)
        }
        let masker = SecretMasker(accounts: context.accounts)
        for note in plan.notes { Console.error(masker.mask("note: " + note)) }
        let stored: ScheduledItem
        do {
            stored = try context.store.add(plan.item)
        } catch {
            Console.error("Nothing was scheduled: \(error)")
            throw Exit.invalidInput
        }
        report(stored, context: context)
    }

    private func parseWhen(_ problems: inout [ScheduleInputError]) -> WhenSpec? {
        let given = [at.map { _ in "--at" }, after.map { _ in "--in" }, nextSlot ? "--next-slot" : nil].compactMap { $0 }
        guard given.count == 1 else {
            problems.append(ScheduleInputError(
                field: "at", value: given.isEmpty ? "" : given.joined(separator: " "),
                rule: given.isEmpty ? "missing; give exactly one of --at, --in and --next-slot" : "give only one of --at, --in and --next-slot",
                example: "--at \"2026-12-03 08:00\", --in 2h or --next-slot"))
            return nil
        }
        do {
            if let at { return try WhenSpec.parse(at: at) }
            if let after { return try WhenSpec.parse(in: after) }
        } catch {
            problems.append(error)
            return nil
        }
        return .nextSlot
    }

    private func fail(_ problems: [ScheduleInputError], context: ScheduleContext) throws -> Never {
        let masker = SecretMasker(accounts: context.accounts)
        ScheduleContext.printProblems(problems.map { masker.mask($0.message()) }, nothing: "scheduled")
        throw Exit.invalidInput
    }

    private func report(_ item: ScheduledItem, context: ScheduleContext) {
        let next = item.next.map(context.text.iso)
        if json {
            Console.out(JSONValue.object([
                ("id", .int(Int(item.id ?? 0))), ("next", next.map(JSONValue.string) ?? .null),
                ("accounts", .array(item.accounts.map(JSONValue.string))), ("repeat", item.repeatRule.map(JSONValue.string) ?? .null),
            ]).serialized())
            return
        }
        let when = item.next.map { context.text.short($0) } ?? "-"
        let repeats = item.repeatRule.map { ", repeating \($0)" + (item.until.map { " until \($0)" } ?? "") } ?? ""
        Console.out("Scheduled #\(item.id ?? 0) for \(when) (\(context.zone.identifier)) on \(item.accounts.joined(separator: ", "))\(repeats).")
    }
}
