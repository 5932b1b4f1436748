import Synchronization

/// The message ids the sandbox has handed out, so delete endpoints can tell a real id from a
/// made-up one. Ids are scoped to the instance that issued them.
final class IssuedMessageLedger: Sendable {
    private let issued = Mutex<[InstanceKey: Set<String>]>([:])

    func record(_ id: String, provider: SandboxProvider, instance: String) {
        _ = issued.withLock { $0[InstanceKey(provider: provider, instance: instance), default: []].insert(id) }
    }

    /// Every id the instance issued and that was not deleted: the statuses it published.
    func ids(provider: SandboxProvider, instance: String) -> Set<String> {
        issued.withLock { $0[InstanceKey(provider: provider, instance: instance)] ?? [] }
    }

    func contains(_ id: String, provider: SandboxProvider, instance: String) -> Bool {
        issued.withLock { $0[InstanceKey(provider: provider, instance: instance)]?.contains(id) ?? false }
    }

    /// Forgets a deleted id; returns false when it was never issued (or is already gone).
    func remove(_ id: String, provider: SandboxProvider, instance: String) -> Bool {
        issued.withLock { $0[InstanceKey(provider: provider, instance: instance)]?.remove(id) != nil }
    }
}
