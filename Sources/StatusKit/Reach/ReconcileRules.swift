import Foundation

/// What an attempt whose answer was lost looked like, to find it in a gateway's list.
public struct LostAttempt: Sendable, Equatable {
    public let id: Int64
    public let kind: StatusKind
    /// The text, or the media's caption.
    public let text: String
    /// `#RRGGBB` as sent; empty when none.
    public let color: String
    public let startedAt: Date

    public init(id: Int64, kind: StatusKind, text: String, color: String, startedAt: Date) {
        self.id = id
        self.kind = kind
        self.text = text
        self.color = color
        self.startedAt = startedAt
    }
}

/// What is known of one account's side when deciding.
public struct ListingContext: Sendable {
    /// The account's statuses the gateway listed.
    public let listed: [OutgoingStatus]
    /// Ids the history already holds for this account (sent or deleted), with when each post started.
    public let knownIds: [String: Date]
    /// Other attempts of the account still unknown (twins of the same text make a match unsure).
    public let otherLost: [LostAttempt]
    /// `outgoingWebhook`; nil when the settings could not be read.
    public let webhookOn: Bool?
    /// Whether the instance is connected now (a status can wait in the gateway's queue, unlisted,
    /// while it is not).
    public let connected: Bool
    public let now: Date

    public init(listed: [OutgoingStatus], knownIds: [String: Date], otherLost: [LostAttempt], webhookOn: Bool?, connected: Bool, now: Date) {
        self.listed = listed
        self.knownIds = knownIds
        self.otherLost = otherLost
        self.webhookOn = webhookOn
        self.connected = connected
        self.now = now
    }
}

public enum ReconcileDecision: Sendable, Equatable {
    /// Published: this is its id.
    case sent(messageId: String)
    /// Surely not published: safe to post again.
    case notSent(reason: String)
    /// Cannot tell; why.
    case undecided(reason: String)
}

/// The rules that resolve a lost answer from the gateway's own list (Green API's
/// `getOutgoingStatuses`). A match is the same kind, text or caption and colour, listed no
/// earlier than the attempt (less the clocks' possible skew), with an id the history does not
/// already hold. Absence is sure only when the list provably covers the attempt: the
/// outgoing-webhook setting is on, the instance is connected (nothing can be waiting in its
/// queue), an earlier post of ours is listed (the setting was on before the attempt) and a
/// later post of ours is listed or enough time has passed (the list is up to date past it).
public enum ReconcileRules {
    /// How far the gateway's clock and ours may disagree.
    public static let clockSkew: TimeInterval = 5 * 60
    /// How long a status may take to show in the list.
    public static let settleTime: TimeInterval = 2 * 60

    public static func decide(_ attempt: LostAttempt, in context: ListingContext) -> ReconcileDecision {
        let candidates = context.listed.filter { matches(attempt, $0) && context.knownIds[$0.id] == nil }
        let twins = context.otherLost.filter { $0.id != attempt.id && sameContent($0, attempt) }
        if candidates.count == 1, twins.isEmpty { return .sent(messageId: candidates[0].id) }
        if !candidates.isEmpty {
            return .undecided(reason: "\(candidates.count) listed status\(candidates.count == 1 ? "" : "es") match \(twins.count + 1) attempts with the same content; cannot tell which is which — check the phone")
        }
        guard context.webhookOn == true else {
            return .undecided(reason: context.webhookOn == false
                ? "not listed, but Green API lists statuses only while the outgoing-webhook setting is on, and it is off"
                : "not listed, and the instance's settings could not be read")
        }
        guard context.connected else {
            return .undecided(reason: "not listed, but the instance is not connected: Green API may hold the status in its queue for up to 24 hours")
        }
        let ours = context.listed.compactMap { context.knownIds[$0.id] }
        guard ours.contains(where: { $0 <= attempt.startedAt }) else {
            return .undecided(reason: "not listed, but no earlier post of this account is listed either, so the list may not reach back to it (posts made before the outgoing-webhook setting was on are not listed)")
        }
        let upToDate = ours.contains { $0 > attempt.startedAt } || context.now.timeIntervalSince(attempt.startedAt) >= settleTime
        guard upToDate else {
            return .undecided(reason: "not listed yet; posted under \(Int(settleTime / 60)) minutes ago — ask again later")
        }
        return .notSent(reason: "Green API lists posts before and after it but not this one")
    }

    static func matches(_ attempt: LostAttempt, _ status: OutgoingStatus) -> Bool {
        guard status.sendByApi != false, status.kind == attempt.kind, status.text == attempt.text else { return false }
        if !attempt.color.isEmpty, let color = status.backgroundColor, color.lowercased() != attempt.color.lowercased() { return false }
        // The listed time is the post's last action: never before it was sent, give or take the clocks.
        if let timestamp = status.timestamp, timestamp < attempt.startedAt.addingTimeInterval(-clockSkew) { return false }
        return true
    }

    static func sameContent(_ one: LostAttempt, _ other: LostAttempt) -> Bool {
        one.kind == other.kind && one.text == other.text && one.color.lowercased() == other.color.lowercased()
    }
}
