import ArgumentParser
import Foundation
import History

/// A campaign named on the command line, and the change `campaign pause|resume|cancel` makes
/// to its items: one line per item changed, and a summary.
struct CampaignSelection: ParsableArguments {
    @Argument(help: ArgumentHelp("The campaign's name, as campaign list shows it.", valueName: "name"))
    var name: String

    /// `each` is the store's method for ids; items whose state does not allow the change are
    /// counted, not refused (a campaign is half posted by design).
    func apply(_ verb: String, options: ConfigOptions, each: (ScheduleStore) -> ([Int64], Date) throws -> [ScheduleChange]) throws {
        let context = try ScheduleContext.open(options)
        let results: [ScheduleChange]
        do {
            let ids = try context.store.ids(ofCampaign: name)
            guard !ids.isEmpty else {
                Self.unknown(name, in: context.store)
                throw Exit.invalidInput
            }
            results = try each(context.store)(ids, Date())
        } catch let exit as ExitCode {
            throw exit
        } catch {
            Console.error("Nothing was \(verb): the schedule cannot be written (\(error)).")
            throw Exit.invalidInput
        }
        var changed = 0
        for case .changed(let item) in results {
            changed += 1
            Console.out("#\(item.id ?? 0) \(item.state.rawValue)")
        }
        Console.out("Campaign \"\(name)\": \(changed) item\(changed == 1 ? "" : "s") \(verb); \(results.count - changed) left as they were (already posted, finished or not in a state to be \(verb)).")
    }

    /// "name: 'x': no campaign has this name (campaigns: a, b); …", on standard error.
    static func unknown(_ name: String, in store: ScheduleStore) {
        let known = (try? store.campaigns().map(\.name)) ?? []
        Console.error("name: '\(name)': no campaign has this name (\(known.isEmpty ? "none yet" : "campaigns: " + known.joined(separator: ", "))); status-composer campaign list shows them")
    }
}
