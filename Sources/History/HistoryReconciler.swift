import Foundation
import StatusKit

/// Resolves attempts left `unknown` from what the gateways list as really posted (Green API's
/// `getOutgoingStatuses`; the others list nothing). Each decision is recorded in the history:
/// `sent` with the real id, `not sent`, or still `unknown` with the reason.
public struct HistoryReconciler: Sendable {
    public struct Result: Sendable, Equatable {
        public let attemptID: Int64
        public let account: String
        public let decision: ReconcileDecision
    }

    public let store: HistoryStore
    public let client: GatewayHTTPClient
    /// The account's connection state: the composer answers from its cache, so the state is
    /// asked once at start (Green API allows one state request a second).
    let health: @Sendable (Account) async -> AccountHealth
    let now: @Sendable () -> Date

    /// Green API keeps its list 30 days.
    static let listingDays = 30

    public init(
        store: HistoryStore, client: GatewayHTTPClient, health: @escaping @Sendable (Account) async -> AccountHealth,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.store = store
        self.client = client
        self.health = health
        self.now = now
    }

    /// Decides every `unknown` attempt of the last 30 days among `accounts`' names.
    public func run(accounts: [Account]) async throws -> [Result] {
        let since = now().addingTimeInterval(-Double(Self.listingDays) * 86_400)
        let records = try store.attempts(since: since)
        let lost = records.filter { $0.state == .unknown }
        var results: [Result] = []
        for name in orderedNames(lost) {
            let mine = lost.filter { $0.account == name }
            let decisions: [(Int64, ReconcileDecision)]
            if let account = accounts.first(where: { $0.name == name }) {
                decisions = await decide(mine, account: account, history: records.filter { $0.account == name })
            } else {
                decisions = mine.map { ($0.id ?? 0, .undecided(reason: "the account '\(name)' is not in the config any more")) }
            }
            for (id, decision) in decisions {
                try store.reconcile(id, decision: decision, at: now())
                results.append(Result(attemptID: id, account: name, decision: decision))
            }
        }
        return results
    }

    private func orderedNames(_ records: [AttemptRecord]) -> [String] {
        var seen: Set<String> = []
        return records.map(\.account).filter { seen.insert($0).inserted }
    }

    private func decide(_ lost: [AttemptRecord], account: Account, history: [AttemptRecord]) async -> [(Int64, ReconcileDecision)] {
        guard account.gateway == .greenAPI else {
            let reason = "\(account.gateway.displayName) cannot list what was posted; check the phone before posting again"
            return lost.map { ($0.id ?? 0, .undecided(reason: reason)) }
        }
        let green = GreenAPIGateway()
        let masker = SecretMasker(accounts: [account])
        let oldest = lost.map(\.startedAt).min() ?? now()
        let minutes = min(Self.listingDays * 1440, Int(now().timeIntervalSince(oldest) / 60) + Int(ReconcileRules.clockSkew / 60) + 5)
        let listed: [OutgoingStatus]
        switch await client.send(green.outgoingStatusesRequest(account: account, minutes: minutes), timeout: .seconds(30)) {
        case .failure(let failure):
            return lost.map { ($0.id ?? 0, .undecided(reason: masker.mask("could not list the posted statuses: \(failure.message)"))) }
        case .success(let response):
            guard (200...299).contains(response.status), let statuses = green.outgoingStatuses(from: response) else {
                let words = masker.mask(green.errorWords(from: response))
                return lost.map { ($0.id ?? 0, .undecided(reason: "could not list the posted statuses: \(words)")) }
            }
            listed = statuses
        }
        var webhookOn: Bool?
        if case .success(let response) = await client.send(green.settingsRequest(account: account), timeout: .seconds(15)), (200...299).contains(response.status) {
            webhookOn = green.outgoingWebhookOn(from: response)
        }
        let health = await health(account)
        var known: [String: Date] = [:]
        for record in history where record.state == .sent || record.state == .deleted {
            if let id = record.messageId { known[id] = record.startedAt }
        }
        let attempts = lost.map(Self.lostAttempt)
        var decisions: [(Int64, ReconcileDecision)] = []
        for attempt in attempts {
            let context = ListingContext(
                listed: listed, knownIds: known, otherLost: attempts.filter { $0.id != attempt.id },
                webhookOn: webhookOn, connected: health.isConnected, now: now())
            let decision = ReconcileRules.decide(attempt, in: context)
            if case .sent(let id) = decision { known[id] = attempt.startedAt }
            decisions.append((attempt.id, decision))
        }
        return decisions
    }

    static func lostAttempt(_ record: AttemptRecord) -> LostAttempt {
        LostAttempt(id: record.id ?? 0, kind: StatusKind(rawValue: record.kind) ?? .text, text: record.text, color: record.color, startedAt: record.startedAt)
    }
}
