import Foundation
import StatusKit

/// One line of the live log: one account of one post.
public struct LogEntry: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        /// Waiting for its turn under the gateway's pace (or the account's minimum gap).
        case queued
        /// Refused for now with 429: goes again after the gateway's Retry-After.
        case waitingToRetry(seconds: Int)
        case sending
        case posted(messageId: String, zaapId: String?)
        /// No receipt. `mayHavePosted`: the answer was lost after the request may have reached
        /// the gateway, so the outcome is unknown (shown as such), not a failure.
        case failed(message: String, mayHavePosted: Bool)
        /// Stored in the schedule (a new item, or `updated`), to post at `at` ("Thu 3 Dec 08:00 (zone)").
        case scheduled(id: Int64, at: String, updated: Bool)
        /// The schedule did not take it.
        case notScheduled(message: String)
    }

    public let postID: Int
    public let accountName: String
    public let gateway: GatewayKind
    public let kind: StatusKind
    public let startedAt: Date
    public var finishedAt: Date?
    public var status: Status
    /// The scheduled item this post was made for, when the runner posted it.
    public var scheduleId: Int64?
    /// The campaign of that item, if any.
    public var campaign: String?

    public init(
        postID: Int, accountName: String, gateway: GatewayKind, kind: StatusKind, startedAt: Date, finishedAt: Date?, status: Status,
        scheduleId: Int64? = nil, campaign: String? = nil
    ) {
        self.scheduleId = scheduleId
        self.campaign = campaign
        self.postID = postID
        self.accountName = accountName
        self.gateway = gateway
        self.kind = kind
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.status = status
    }

    /// Queued, waiting or sending: no answer yet.
    public var isInFlight: Bool {
        switch status {
        case .queued, .waitingToRetry, .sending: true
        case .posted, .failed, .scheduled, .notScheduled: false
        }
    }

    public var isQueued: Bool { isInFlight && status != .sending }
}

extension LogEntry.Status {
    /// The answer was lost: it may have been published.
    public var isOutcomeUnknown: Bool {
        if case .failed(_, mayHavePosted: true) = self { return true }
        return false
    }
}
