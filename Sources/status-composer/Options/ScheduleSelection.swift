import ArgumentParser
import Foundation
import History

/// The items `schedule pause|resume|cancel` act on: ids, or `--all`; and how each result is told.
struct ScheduleSelection: ParsableArguments {
    @Argument(help: ArgumentHelp("Item ids, as schedule list shows them.", valueName: "id"))
    var ids: [Int64] = []

    @Flag(name: .long, help: "Every item still to come.")
    var all = false

    func validate() throws {
        if ids.isEmpty, !all { throw ValidationError("id: missing; give one or more ids (status-composer schedule list shows them) or --all") }
        if !ids.isEmpty, all { throw ValidationError("--all: give either ids or --all, not both") }
    }

    /// Applies a change and prints one line per item: "#12 paused"; an id that is not there or
    /// whose state does not allow it is named with why, and the command exits 2 (the others
    /// are changed).
    /// `all` and `each` are the store's methods for `--all` and for ids.
    func apply(
        _ verb: String, allowedFrom: String, options: ConfigOptions,
        all allItems: (ScheduleStore) -> (Date) throws -> [ScheduleChange],
        each: (ScheduleStore) -> ([Int64], Date) throws -> [ScheduleChange]
    ) throws {
        let context = try ScheduleContext.open(options)
        let results: [ScheduleChange]
        do {
            results = try all ? allItems(context.store)(Date()) : each(context.store)(ids, Date())
        } catch {
            Console.error("Nothing was \(verb): the schedule cannot be written (\(error)).")
            throw Exit.invalidInput
        }
        var refused = false
        for result in results {
            switch result {
            case .changed(let item):
                Console.out("#\(item.id ?? 0) \(item.state.rawValue)")
            case .refused(let item):
                refused = true
                Console.error("id: '\(item.id ?? 0)': is \(item.state.rawValue); only \(allowedFrom) items can be \(verb) (status-composer schedule list --all shows states)")
            case .notFound(let id):
                refused = true
                Console.error("id: '\(id)': no scheduled item has this id; e.g. an id from status-composer schedule list")
            }
        }
        if all, results.isEmpty { Console.out("Nothing to \(verb == "cancelled" ? "cancel" : verb.dropLast(1)).") }
        if refused { throw Exit.invalidInput }
    }
}
