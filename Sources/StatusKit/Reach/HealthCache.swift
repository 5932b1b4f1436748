import Foundation

/// Connection states kept for a short while inside one program (the composer, the runner),
/// so a campaign does not ask before every post. Checks of the same account at the same time
/// share one request. A command that must ask afresh (`post`, `accounts check`) uses a new cache.
///
/// ```swift
/// let cache = HealthCache(checker: HealthChecker(client: client))
/// let health = await cache.health(of: account)      // asks, or answers from the last 60 s
/// if !health.isConnected { /* refuse, or ask */ }
/// ```
public actor HealthCache {
    private let checker: HealthChecker
    private let lifetime: TimeInterval
    private let now: @Sendable () -> Date
    private var answers: [String: AccountHealth] = [:]
    private var inFlight: [String: Task<AccountHealth, Never>] = [:]

    public init(checker: HealthChecker, lifetime: Duration = .seconds(60), now: @escaping @Sendable () -> Date = { Date() }) {
        self.checker = checker
        self.lifetime = lifetime.timeInterval
        self.now = now
    }

    /// The account's state: kept from less than `lifetime` ago, or asked now.
    public func health(of account: Account) async -> AccountHealth {
        let key = account.instanceKey
        if let kept = answers[key], now().timeIntervalSince(kept.checkedAt) < lifetime { return kept }
        if let running = inFlight[key] { return await running.value }
        let checker = checker
        let task = Task { await checker.check(account) }
        inFlight[key] = task
        let answer = await task.value
        inFlight[key] = nil
        answers[key] = answer
        return answer
    }

    /// Every account's state, asked at once, in the order given.
    public func health(of accounts: [Account]) async -> [AccountHealth] {
        await withTaskGroup(of: (Int, AccountHealth).self) { group in
            for (index, account) in accounts.enumerated() {
                group.addTask { (index, await self.health(of: account)) }
            }
            var answers: [(Int, AccountHealth)] = []
            for await answer in group { answers.append(answer) }
            return answers.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }
}
