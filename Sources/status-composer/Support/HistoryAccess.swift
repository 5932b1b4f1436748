import Foundation
import History

/// Opens the history for a command. A history that cannot be opened stops posting (every attempt
/// is journaled before it is sent), and the message gives the way out.
enum HistoryAccess {
    static func open(environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<HistoryStore, HistoryOpenFailure> {
        let path = HistoryStore.defaultPath(environment: environment)
        do {
            return .success(try HistoryStore(path: path))
        } catch {
            return .failure(HistoryOpenFailure(path: path, reason: "\(error)"))
        }
    }

    /// The history for a command that reads or amends it; when it cannot be opened, the way out
    /// is printed and the command ends with exit 1.
    static func openForReading() throws -> HistoryStore {
        switch open() {
        case .success(let store): return store
        case .failure(let failure):
            Console.error(failure.description)
            throw Exit.gatewayFailed
        }
    }
}

struct HistoryOpenFailure: Error, CustomStringConvertible {
    let path: String
    let reason: String

    var description: String {
        "Cannot open the history at \(path): \(reason).\nNothing is posted without it. Run: status-composer history repair — it keeps the damaged file (moved aside, with the date in its name), starts a new history and says what was lost."
    }
}
