import Foundation

/// Asks an account's gateway for its connection state. Every outcome is an `AccountHealth`:
/// a transport failure is `unreachable`, a refused instance or token `token refused`.
public struct HealthChecker: Sendable {
    public let client: GatewayHTTPClient
    public let timeout: Duration
    /// Time source for `checkedAt`.
    let now: @Sendable () -> Date

    public init(client: GatewayHTTPClient, timeout: Duration = .seconds(15), now: @escaping @Sendable () -> Date = { Date() }) {
        self.client = client
        self.timeout = timeout
        self.now = now
    }

    public func check(_ account: Account) async -> AccountHealth {
        let reading = await read(account)
        let masked = SecretMasker(accounts: [account]).mask(reading.detail)
        return AccountHealth(accountName: account.name, gateway: account.gateway, state: reading.state, detail: masked, checkedAt: now())
    }

    private func read(_ account: Account) async -> HealthReading {
        let adapter = account.gateway.adapter
        guard let request = adapter.healthRequest(account: account) else {
            return HealthReading(.unknown, "\(account.gateway.displayName) offers no connection-state call")
        }
        var result = await client.send(request, timeout: timeout)
        // Green API allows one state request a second: a 429 is waited out once.
        if case .success(let response) = result, response.status == 429 {
            let wait = min(3, response.header("Retry-After").flatMap(Int.init) ?? 1)
            try? await Task.sleep(for: .seconds(wait))
            result = await client.send(request, timeout: timeout)
        }
        switch result {
        case .failure(let failure):
            return HealthReading(.unreachable, failure.message)
        case .success(let response):
            return Self.reading(response, adapter: adapter)
        }
    }

    /// The adapter reads a 2xx answer; error statuses read the same for every gateway.
    static func reading(_ response: GatewayResponse, adapter: any GatewayAdapter) -> HealthReading {
        if (200...299).contains(response.status) { return adapter.health(from: response) }
        let words = adapter.errorWords(from: response)
        switch response.status {
        case 401, 403, 404: return HealthReading(.tokenRefused, words)
        case 500...599: return HealthReading(.unreachable, words)
        default: return HealthReading(.unknown, words)
        }
    }
}
