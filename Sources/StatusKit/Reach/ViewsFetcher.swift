import Foundation

/// Asks a status's gateway who saw it, within the gateway's pace: Green API allows one
/// statistics request a second per instance, so requests queue behind each other (the History
/// panel may ask for many rows at once).
public struct ViewsFetcher: Sendable {
    public let client: GatewayHTTPClient
    public let pacer: Pacer
    public let timeout: Duration

    /// Green's "1 request a second", with room for network jitter.
    public static let greenInterval: Duration = .milliseconds(1100)

    public init(client: GatewayHTTPClient, pacer: Pacer = Pacer(), timeout: Duration = .seconds(20)) {
        self.client = client
        self.pacer = pacer
        self.timeout = timeout
    }

    public func views(messageId: String, account: Account) async -> StatusViews {
        let adapter = account.gateway.adapter
        guard let request = adapter.viewsRequest(messageId: messageId, account: account) else { return .notOffered }
        let masker = SecretMasker(accounts: [account])
        for attempt in 1...2 {
            if let interval = Self.interval(for: account) {
                await pacer.waitTurn("views " + account.instanceKey, interval: interval)
            }
            switch await client.send(request, timeout: timeout) {
            case .failure(let failure):
                return .failed(masker.mask(failure.message))
            case .success(let response) where response.status == 429 && attempt == 1:
                continue
            case .success(let response) where response.status == 404 && account.gateway == .ryze:
                // RyzeAPI answers 404 for a status its lookup does not hold.
                return .noDataYet(reason: masker.mask("RyzeAPI's lookup does not know this message (\(adapter.errorWords(from: response)))"))
            case .success(let response):
                guard (200...299).contains(response.status) else { return .failed(masker.mask(adapter.errorWords(from: response))) }
                return adapter.views(from: response)
            }
        }
        return .failed("rate limited")
    }

    static func interval(for account: Account) -> Duration? {
        account.gateway == .greenAPI ? greenInterval : nil
    }
}
