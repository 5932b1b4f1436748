import Foundation
import StatusKit

/// The chosen accounts' connection states: asked in the background when the composer opens
/// and when an account is chosen, shown beside each account, and named by the confirmation.
enum HealthFlow {
    /// The check for chosen accounts not asked yet; deselected accounts are forgotten.
    static func requests(_ state: inout ComposerState) -> [Effect] {
        state.healthAsked.formIntersection(state.selected)
        let ask = state.selectedAccounts.filter { !state.healthAsked.contains($0.name) }
        guard !ask.isEmpty else { return [] }
        state.healthAsked.formUnion(ask.map(\.name))
        return [.checkHealth(ask)]
    }

    static func answered(_ health: AccountHealth, in state: inout ComposerState) {
        state.health[health.accountName] = health
    }

    /// The mark beside an account: ✓ connected, ✗ and the state otherwise, nothing until known.
    static func mark(_ name: String, in state: ComposerState) -> String? {
        guard state.selected.contains(name), let health = state.health[name] else { return nil }
        return health.isConnected ? "✓" : "✗ \(UIText(state.language).healthState(health.state))"
    }
}
