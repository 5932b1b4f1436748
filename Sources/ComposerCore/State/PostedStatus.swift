import Foundation
import StatusKit

/// One status from the journal, as the History panel lists it.
public struct PostedStatus: Sendable, Equatable {
    public enum State: Sendable, Equatable {
        /// Posted, with the gateway's id; live until 24 hours after `postedAt`.
        case live(messageId: String)
        /// The program ended before the gateway answered: it may or may not be live.
        case unknownOutcome
        case deleted
    }

    /// The journal's id of the attempt.
    public let id: Int64
    public let accountName: String
    public let gateway: GatewayKind
    /// The draft to load back into the form.
    public let draft: StatusDraft
    public let postedAt: Date
    public var state: State
    /// Shared by the statuses of one post to several accounts.
    public let batch: String?

    public init(id: Int64, accountName: String, gateway: GatewayKind, draft: StatusDraft, postedAt: Date, state: State, batch: String? = nil) {
        self.id = id
        self.batch = batch
        self.accountName = accountName
        self.gateway = gateway
        self.draft = draft
        self.postedAt = postedAt
        self.state = state
    }

    public func timeLeft(now: Date) -> TimeInterval {
        max(0, postedAt.addingTimeInterval(StatusReceipt.lifetime).timeIntervalSince(now))
    }

    /// The account and its gateway, as notices and the panel name them: `shop (Z-API)`.
    public var accountLabel: String { "\(accountName) (\(gateway.displayName))" }

    public var messageId: String? {
        if case .live(let id) = state { return id }
        return nil
    }
}

/// Why the History panel has nothing to show: the journal could not be read.
public struct HistoryUnreadable: Error, Sendable, Equatable {
    public let detail: String

    public init(_ detail: String) { self.detail = detail }
}
