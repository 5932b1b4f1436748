import Foundation

/// Each account's own number, asked of its gateway once and kept for the program's life (a
/// number does not change under a running instance). Failures are kept too, so a gateway that
/// cannot tell is not waited on again within the run.
public actor OwnNumberCache {
    private let client: GatewayHTTPClient
    private var answers: [String: Result<AudienceMember, OwnNumberUnknown>] = [:]

    public init(client: GatewayHTTPClient) {
        self.client = client
    }

    /// The own number, or why it could not be read.
    public func number(of account: Account) async -> Result<AudienceMember, OwnNumberUnknown> {
        if let kept = answers[account.instanceKey] { return kept }
        let answer = await ask(account)
        answers[account.instanceKey] = answer
        return answer
    }

    private func ask(_ account: Account) async -> Result<AudienceMember, OwnNumberUnknown> {
        let adapter = account.gateway.adapter
        guard let request = adapter.ownNumberRequest(account: account) else {
            return .failure(OwnNumberUnknown(reason: "\(account.gateway.displayName) does not tell the account's own number"))
        }
        switch await client.send(request, timeout: .seconds(15)) {
        case .failure(let failure):
            return .failure(OwnNumberUnknown(reason: SecretMasker(accounts: [account]).mask(failure.message)))
        case .success(let response):
            guard (200...299).contains(response.status) else {
                return .failure(OwnNumberUnknown(reason: SecretMasker(accounts: [account]).mask(adapter.errorWords(from: response))))
            }
            guard let own = adapter.ownNumber(from: response) else {
                return .failure(OwnNumberUnknown(reason: "the gateway's answer names no number yet (is the instance connected?)"))
            }
            return .success(own)
        }
    }
}

public struct OwnNumberUnknown: Error, Sendable, Equatable {
    public let reason: String
}

/// The sender sees their own status: with an explicit audience on a gateway that takes one as
/// JIDs (Evolution API), the account's own number is added unless `include_self = false`.
public enum SelfAudience {
    public static func applies(to account: Account, draft: ValidDraft) -> Bool {
        account.gateway == .evolution && account.includeSelf && !draft.audience.isEmpty
    }

    /// The draft with `own` added to its audience (once).
    public static func adding(_ own: AudienceMember, to draft: ValidDraft) -> ValidDraft {
        guard !draft.audience.contains(own) else { return draft }
        var draft = draft
        draft.audience.append(own)
        return draft
    }
}
