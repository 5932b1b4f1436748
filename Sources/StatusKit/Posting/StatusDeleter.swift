import Foundation

/// Takes a posted status back through its account's gateway.
public struct StatusDeleter: Sendable {
    public let client: GatewayHTTPClient

    public init(client: GatewayHTTPClient) {
        self.client = client
    }

    /// Whether the account's gateway can delete statuses at all.
    public static func canDelete(on account: Account) -> Bool {
        account.gateway.adapter.deleteRequest(messageId: "probe", account: account) != nil
    }

    /// Sends the gateway's delete for `messageId` and reads its answer.
    public func delete(messageId: String, from account: Account, timeout: Duration = .seconds(60)) async -> Result<Void, GatewayFailure> {
        let adapter = account.gateway.adapter
        guard let request = adapter.deleteRequest(messageId: messageId, account: account) else {
            return .failure(.cannotBuildRequest(.verbatim("\(account.gateway.displayName) cannot delete statuses; it expires 24 hours after posting")))
        }
        let result: Result<Void, GatewayFailure>
        switch await client.send(request, timeout: timeout) {
        case .failure(let failure): result = .failure(failure)
        case .success(let response): result = adapter.deleteResult(from: response)
        }
        // A gateway may echo the request path, token and all.
        return result.mapError { $0.masking(SecretMasker(accounts: [account])) }
    }
}
