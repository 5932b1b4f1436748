import Foundation

/// Posts valid drafts: the upload step when the gateway needs one, then the status request,
/// and reads the receipt. Accounts post concurrently; each outcome is reported as it arrives.
public struct StatusPoster: Sendable {
    public let client: GatewayHTTPClient
    /// Overrides every gateway's default timeout when set.
    public let timeout: Duration?

    /// Shared by every post this poster makes, so limits hold across accounts and posts.
    public let pacer: Pacer
    /// How often a request refused with 429 is tried again (a 429 means it was not accepted).
    static let rateLimitRetries = 3
    /// The longest Retry-After honoured; beyond it the 429 is reported instead.
    static let longestRetryAfter = 120

    /// The accounts' own numbers, added to an explicit Evolution audience (see `SelfAudience`);
    /// nil leaves audiences as typed.
    public let ownNumbers: OwnNumberCache?

    public init(client: GatewayHTTPClient, timeout: Duration? = nil, pacer: Pacer = Pacer(), ownNumbers: OwnNumberCache? = nil) {
        self.client = client
        self.timeout = timeout
        self.pacer = pacer
        self.ownNumbers = ownNumbers
    }

    /// Evolution can take over a minute to fan a status out; the others answer fast.
    public static func defaultTimeout(for gateway: GatewayKind) -> Duration {
        gateway == .evolution ? .seconds(120) : .seconds(60)
    }

    /// The requests a post would send, in order, for `--dry-run`. A later request that needs an
    /// earlier answer shows a placeholder for it.
    public static func plannedRequests(for draft: ValidDraft, account: Account) throws -> [GatewayRequest] {
        let adapter = account.gateway.adapter
        let upload = try adapter.uploadRequest(for: draft, account: account)
        let status = try adapter.statusRequest(for: draft, account: account, uploadedLink: upload == nil ? nil : "<urlFile from the upload's answer>")
        return [upload, status].compactMap { $0 }
    }

    /// The draft as it goes to `account`: with the account's own number added to an explicit
    /// Evolution audience (see `SelfAudience`). `own` is nil when that does not apply (or this
    /// poster keeps no own numbers), else the number added or why it could not be (the draft
    /// then goes as typed).
    public func audience(for draft: ValidDraft, account: Account) async -> (draft: ValidDraft, own: Result<AudienceMember, OwnNumberUnknown>?) {
        guard let ownNumbers, SelfAudience.applies(to: account, draft: draft) else { return (draft, nil) }
        let own = await ownNumbers.number(of: account)
        guard case .success(let member) = own else { return (draft, own) }
        return (SelfAudience.adding(member, to: draft), own)
    }

    public func post(_ draft: ValidDraft, to account: Account, onStage: @escaping PostStageObserver = { _, _ in }) async -> PostOutcome {
        let result = await send(draft, to: account) { onStage(account.name, $0) }.mapError { $0.masking(SecretMasker(accounts: [account])) }
        return PostOutcome(accountName: account.name, gateway: account.gateway, result: result)
    }

    /// Posts to every account at once; `onStage` runs when a request leaves or must wait again,
    /// `onOutcome` as each one finishes.
    public func postAll(
        _ items: [(account: Account, draft: ValidDraft)],
        onStage: @escaping PostStageObserver = { _, _ in },
        onOutcome: @escaping @Sendable (PostOutcome) -> Void = { _ in }
    ) async -> [PostOutcome] {
        await withTaskGroup(of: (Int, PostOutcome).self) { group in
            for (index, item) in items.enumerated() {
                group.addTask {
                    let outcome = await self.post(item.draft, to: item.account, onStage: onStage)
                    onOutcome(outcome)
                    return (index, outcome)
                }
            }
            var outcomes: [(Int, PostOutcome)] = []
            for await outcome in group { outcomes.append(outcome) }
            return outcomes.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    private func send(_ draft: ValidDraft, to account: Account, onStage: (PostStage) -> Void) async -> Result<StatusReceipt, GatewayFailure> {
        let adapter = account.gateway.adapter
        let draft = await audience(for: draft, account: account).draft
        let limit = timeout ?? Self.defaultTimeout(for: account.gateway)
        var uploadedLink: String?
        do {
            if let upload = try adapter.uploadRequest(for: draft, account: account) {
                onStage(.sending)
                switch await client.send(upload, timeout: limit) {
                case .failure(let failure): return .failure(Self.uploadFailure(failure))
                case .success(let response):
                    switch adapter.uploadedLink(from: response) {
                    case .failure(let failure): return .failure(Self.uploadFailure(failure))
                    case .success(let link): uploadedLink = link
                    }
                }
            }
            let request = try adapter.statusRequest(for: draft, account: account, uploadedLink: uploadedLink)
            return await sendPaced(request, account: account, adapter: adapter, timeout: limit, onStage: onStage)
        } catch {
            return .failure(.cannotBuildRequest((error as? RequestBuildError)?.reason ?? .verbatim(String(describing: error))))
        }
    }

    /// Sends the status request in the account's turn; a 429 waits as long as the gateway asks and
    /// tries again, since a rate-limited request was not accepted.
    private func sendPaced(_ request: GatewayRequest, account: Account, adapter: any GatewayAdapter, timeout: Duration, onStage: (PostStage) -> Void) async -> Result<StatusReceipt, GatewayFailure> {
        let rule = PacingRule.rule(for: account)
        var attempt = 0
        while true {
            attempt += 1
            await pacer.waitTurn(rule.key, interval: rule.interval)
            onStage(.sending)
            let result: Result<StatusReceipt, GatewayFailure>
            switch await client.send(request, timeout: timeout) {
            case .failure(let failure): result = .failure(failure)
            case .success(let response): result = adapter.receipt(from: response)
            }
            if case .success(let receipt) = result, receipt.rateLimitRemaining == 0, let reset = receipt.rateLimitReset {
                let wait = max(0, Double(reset) - Date().timeIntervalSince1970)
                await pacer.hold(rule.key, for: .milliseconds(Int(wait * 1000)))
            }
            guard case .failure(.rateLimited(_, let retryAfter, _, _)) = result, attempt < Self.rateLimitRetries,
                  (retryAfter ?? 1) <= Self.longestRetryAfter else {
                return result
            }
            onStage(.waitingToRetry(seconds: retryAfter ?? 1))
            await pacer.hold(rule.key, for: .seconds(retryAfter ?? 1))
        }
    }

    /// An upload that failed posted nothing: say so, whatever the transport thought.
    private static func uploadFailure(_ failure: GatewayFailure) -> GatewayFailure {
        switch failure {
        case .refused(let status, let reason, let hint): .refused(status: status, reason: .mediaUploadFailed(reason, hint: hint), hint: nil)
        case .timedOut, .connectionLost: .connectionLost(reason: .mediaUploadUnfinished)
        default: failure
        }
    }
}
