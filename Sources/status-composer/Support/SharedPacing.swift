import Foundation
import History
import StatusKit

extension Pacer {
    /// Pacing shared with every other status-composer of this user posting at the same time,
    /// kept beside the history.
    static func shared(environment: [String: String] = ProcessInfo.processInfo.environment) -> Pacer {
        Pacer(ledger: PacingLedger(directory: HistoryStore.stateFolder(environment: environment) + "/pacing"))
    }
}
