import ArgumentParser
import Foundation
import History

struct HistoryRepairCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair",
        abstract: "Move a damaged history file aside (kept, with the date in its name) and start a new history.",
        discussion: "Posting needs the history (every attempt is written before it is sent), so a history that cannot be opened stops every post until it is repaired. A history that opens is left as it is."
    )

    func run() async throws {
        let path = HistoryStore.defaultPath()
        let report: HistoryRepair.Report
        do {
            report = try HistoryRepair.repair(path: path)
        } catch {
            Console.error("Cannot repair the history at \(path): \(error)")
            throw Exit.invalidInput
        }
        guard let moved = report.movedTo else {
            Console.out("The history at \(path) opens; nothing to repair.")
            return
        }
        Console.out("The damaged history (\(report.damage ?? "cannot be opened")) is kept at \(moved).")
        switch report.readableAttempts {
        case .some(let count) where count > 0:
            Console.out("Lost from the list: \(count) recorded post attempt\(count == 1 ? "" : "s") (still in the kept file) and the saved draft.")
        default:
            Console.out("Lost: the recorded post attempts and the saved draft; none could be read from the damaged file.")
        }
        Console.out("A new, empty history is at \(path); posting works again. Statuses already posted stay on the accounts, and expire as usual.")
    }
}
