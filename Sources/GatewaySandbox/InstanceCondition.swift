import Foundation
import Synchronization

/// How a sandbox instance's phone link stands, set through the control API; each gateway
/// reports it in its own words (Green's `stateInstance`, Evolution's `state`, …).
public enum InstanceCondition: String, Sendable, CaseIterable {
    case connected
    /// The session is linked but the phone is off or offline (Green's `sleepMode`).
    case phoneOffline
    /// No session: the QR code must be scanned in the gateway's panel.
    case notAuthorized
    case blocked
    case starting
    /// Green's warning state: some sending suspended.
    case yellowCard
    /// Green: the instance is still being created (its state answer is `null`).
    case creating

    /// Z-API's `/status`: `connected`, `error` (null when all is well), `smartphoneConnected`.
    var zapiAnswer: (connected: Bool, error: String?, smartphone: Bool) {
        switch self {
        case .connected, .yellowCard: (true, nil, true)
        case .phoneOffline: (true, "", false)
        case .notAuthorized, .blocked: (false, "You are not connected", false)
        case .starting, .creating: (false, "You need to restore the session", false)
        }
    }

    /// Green API's `stateInstance`; nil is a `null` body.
    var greenState: String? {
        switch self {
        case .connected: "authorized"
        case .phoneOffline: "sleepMode"
        case .notAuthorized: "notAuthorized"
        case .blocked: "blocked"
        case .starting: "starting"
        case .yellowCard: "yellowCard"
        case .creating: nil
        }
    }

    /// RyzeAPI's `connection.state`.
    var ryzeState: String {
        switch self {
        case .connected, .yellowCard: "connected"
        case .phoneOffline: "disconnected"
        case .notAuthorized, .blocked: "loggedout"
        case .starting, .creating: "connecting"
        }
    }

    /// Evolution API's `state` (Baileys: `open`, `connecting`, `close`).
    var evolutionState: String {
        switch self {
        case .connected, .yellowCard: "open"
        case .phoneOffline, .starting, .creating: "connecting"
        case .notAuthorized, .blocked: "close"
        }
    }
}

/// What the sandbox knows of each instance beyond its credential: the link's condition, the
/// account's own number and Green's outgoing-webhook setting.
final class InstanceConditions: Sendable {
    private struct Entry {
        var condition: InstanceCondition = .connected
        var outgoingWebhook = true
        var phone: String?
    }

    private let entries = Mutex<[InstanceKey: Entry]>([:])

    func condition(_ provider: SandboxProvider, _ instance: String) -> InstanceCondition {
        entries.withLock { $0[InstanceKey(provider: provider, instance: instance)]?.condition ?? .connected }
    }

    func setCondition(_ condition: InstanceCondition, _ provider: SandboxProvider, _ instance: String) {
        entries.withLock { $0[InstanceKey(provider: provider, instance: instance), default: Entry()].condition = condition }
    }

    func outgoingWebhook(_ provider: SandboxProvider, _ instance: String) -> Bool {
        entries.withLock { $0[InstanceKey(provider: provider, instance: instance)]?.outgoingWebhook ?? true }
    }

    func setOutgoingWebhook(_ on: Bool, _ provider: SandboxProvider, _ instance: String) {
        entries.withLock { $0[InstanceKey(provider: provider, instance: instance), default: Entry()].outgoingWebhook = on }
    }

    func setPhone(_ phone: String, _ provider: SandboxProvider, _ instance: String) {
        entries.withLock { $0[InstanceKey(provider: provider, instance: instance), default: Entry()].phone = phone }
    }

    /// The account's own number: set through the control API, else made from the instance's
    /// name (stable, so a test can predict it: `5511` and eight digits).
    func phone(_ provider: SandboxProvider, _ instance: String) -> String {
        if let set = entries.withLock({ $0[InstanceKey(provider: provider, instance: instance)]?.phone }) { return set }
        return Self.derivedPhone(instance)
    }

    /// `5511` and eight digits from an FNV-1a hash of the instance name.
    static func derivedPhone(_ instance: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in instance.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let digits = String(hash % 100_000_000)
        return "5511" + String(repeating: "0", count: 8 - digits.count) + digits
    }
}
