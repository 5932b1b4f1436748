import Synchronization

/// The faults waiting to be applied to gateway requests.
///
/// Faults are kept in injection order and the oldest one that matches a request wins, so a test
/// can script a sequence: inject `.serverError` for 1 request, then `.tooManyRequests` for 1,
/// and the next two requests see 500 then 429.
final class FaultSchedule: Sendable {
    private struct Entry {
        let fault: SandboxFault
        /// nil applies to every instance.
        let instance: String?
        /// nil lasts until cleared.
        var remaining: Int?
    }

    private let entries = Mutex<[Entry]>([])

    func inject(_ fault: SandboxFault, instance: String?, count: Int?) {
        if let count, count <= 0 { return }
        entries.withLock { $0.append(Entry(fault: fault, instance: instance, remaining: count)) }
    }

    func clear() {
        entries.withLock { $0.removeAll() }
    }

    /// Takes the fault for a request to `instance` (nil when the path names none), consuming one
    /// use of a count-limited fault.
    /// A reading request (`GatewayContract.isReading`) takes only a `disconnected` fault.
    func take(forInstance instance: String?, reading: Bool = false) -> SandboxFault? {
        entries.withLock { entries in
            guard let index = entries.firstIndex(where: {
                ($0.instance == nil || $0.instance == instance) && (!reading || $0.fault == .disconnected)
            }) else {
                return nil
            }
            let fault = entries[index].fault
            if let remaining = entries[index].remaining {
                if remaining <= 1 {
                    entries.remove(at: index)
                } else {
                    entries[index].remaining = remaining - 1
                }
            }
            return fault
        }
    }
}
