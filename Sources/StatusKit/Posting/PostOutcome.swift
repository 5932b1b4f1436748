import Foundation

/// How a post to one account ended.
public struct PostOutcome: Sendable {
    public let accountName: String
    public let gateway: GatewayKind
    public let result: Result<StatusReceipt, GatewayFailure>
    public let finishedAt: Date

    public init(accountName: String, gateway: GatewayKind, result: Result<StatusReceipt, GatewayFailure>, finishedAt: Date = Date()) {
        self.accountName = accountName
        self.gateway = gateway
        self.result = result
        self.finishedAt = finishedAt
    }

    public var receipt: StatusReceipt? {
        if case .success(let receipt) = result { return receipt }
        return nil
    }

    public var failure: GatewayFailure? {
        if case .failure(let failure) = result { return failure }
        return nil
    }

    public var succeeded: Bool { receipt != nil }

    /// The request may have reached the gateway and its answer was lost: it may have been
    /// published. Not a failure — check the gateway before posting again.
    public var outcomeUnknown: Bool { failure?.mayHavePosted ?? false }
}
