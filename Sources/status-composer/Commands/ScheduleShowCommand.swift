import ArgumentParser
import Foundation
import History
import Scheduling
import StatusKit

struct ScheduleShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "One scheduled item: what it posts, when, each occurrence and every attempt with its receipt.",
        discussion: "Each occurrence gives every account's outcome: sent (with the message id), failed, or unknown (it may have been published)."
    )

    @Argument(help: ArgumentHelp("The item's id, as schedule list shows it.", valueName: "id"))
    var id: Int64

    @Flag(name: .long, help: "The item as one JSON object, with its runs and their attempts.")
    var json = false

    @OptionGroup var configOptions: ConfigOptions

    func run() async throws {
        let context = try ScheduleContext.open(configOptions)
        let item: ScheduledItem
        let runs: [(ScheduleRun, [AttemptRecord])]
        do {
            guard let found = try context.store.item(id: id) else {
                ScheduleContext.printProblems(["id: '\(id)': no scheduled item has this id; e.g. an id from status-composer schedule list --all"], nothing: "shown")
                throw Exit.invalidInput
            }
            item = found
            runs = try context.store.runs(of: id).map { run in (run, try context.store.attempts(ofRun: run.id ?? 0)) }
        } catch let code as ExitCode {
            throw code
        } catch {
            Console.error("Cannot read the schedule: \(error)")
            throw Exit.gatewayFailed
        }
        let text = context.text
        if json {
            var fields = ScheduleRows(text: text, now: Date()).jsonFields(ScheduleListing(item))
            fields += [
                ("zone", .string(item.zone)), ("time", .string(ScheduleTimeText.clock(item.hour, item.minute))),
                ("until", item.until.map(JSONValue.string) ?? .null), ("jitter", .int(item.jitter)),
                ("media", .string(item.draft.media)),
                ("runs", .array(runs.map { run, attempts in runJSON(run, attempts, text: text) })),
            ]
            Console.out(JSONValue.object(fields).serialized())
            return
        }
        var lines = ["#\(id)  \(item.state.rawValue)"]
        lines.append("  next:     \(item.next.map { "\(text.short($0)) (\(context.zone.identifier))" } ?? "-")")
        lines.append("  time:     \(ScheduleTimeText.clock(item.hour, item.minute)) in \(item.zone)")
        lines.append("  repeat:   \(item.repeatRule.map { $0 + (item.until.map { " until \($0)" } ?? "") } ?? "once")")
        if item.jitter > 0 { lines.append("  jitter:   up to \(item.jitter) s per account") }
        lines.append("  accounts: \(item.accounts.joined(separator: ", "))")
        lines.append("  type:     \(item.draft.kind.rawValue)")
        lines.append("  text:     \(item.draft.text)")
        if !item.draft.media.isEmpty { lines.append("  media:    \(item.draft.media)\(item.mediaCopy.map { " (copy kept at \($0))" } ?? "")") }
        if let campaign = item.campaign { lines.append("  campaign: \(campaign)") }
        lines.append(runs.isEmpty ? "No occurrence yet." : "Occurrences:")
        for (run, attempts) in runs {
            lines.append("  \(text.short(run.dueAt)): \(run.state.rawValue)")
            for attempt in attempts { lines.append("    " + attemptLine(attempt)) }
            let tried = Set(attempts.map(\.account))
            for name in item.accounts where !tried.contains(name) && run.state != .missed {
                lines.append("    \(name): no attempt recorded")
            }
        }
        Console.out(lines.joined(separator: "\n"))
    }

    private func attemptLine(_ attempt: AttemptRecord) -> String {
        var parts = ["\(attempt.account) (\(GatewayKind(rawValue: attempt.gateway)?.displayName ?? attempt.gateway)): \(attempt.state.rawValue)"]
        if let id = attempt.messageId { parts.append("messageId \(id)") }
        if let id = attempt.zaapId { parts.append("zaapId \(id)") }
        if let status = attempt.httpStatus { parts.append("HTTP \(status)") }
        if let error = attempt.error { parts.append(error) }
        return parts.joined(separator: ", ")
    }

    private func runJSON(_ run: ScheduleRun, _ attempts: [AttemptRecord], text: ScheduleTimeText) -> JSONValue {
        func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        return .object([
            ("due", .string(text.iso(run.dueAt))), ("state", .string(run.state.rawValue)),
            ("attempts", .array(attempts.map { attempt in
                .object([
                    ("account", .string(attempt.account)), ("provider", .string(attempt.gateway)), ("state", .string(attempt.state.rawValue)),
                    ("messageId", optional(attempt.messageId)), ("zaapId", optional(attempt.zaapId)),
                    ("httpStatus", attempt.httpStatus.map(JSONValue.int) ?? .null), ("error", optional(attempt.error)),
                    ("startedAt", .string(text.iso(attempt.startedAt))), ("finishedAt", attempt.finishedAt.map { .string(text.iso($0)) } ?? .null),
                ])
            })),
        ])
    }
}
