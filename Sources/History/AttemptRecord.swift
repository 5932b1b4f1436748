import Foundation
import GRDB
import StatusKit

/// One post attempt to one account, as the journal keeps it. No secret is ever stored.
public struct AttemptRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "attempt"

    public enum State: String, Codable, Sendable {
        /// Written before the request left; still the state if the process died before the answer.
        case sending
        case sent
        /// The gateway's own error answer, or a request that never left: not published.
        case failed
        /// The request may have reached the gateway and no whole answer came back (the
        /// connection broke after sending, no answer in time, a cut-off or unreadable accepted
        /// answer), or the process ended while it was in flight: it may or may not have been
        /// published. Check the gateway before posting again.
        case unknown
        /// Taken back with `delete` before it expired.
        case deleted

        /// Was `unknown`; the gateway's own list shows it was surely not published (see
        /// `history reconcile`): safe to post again.
        case notSent = "not sent"

        /// How a post ended. A lost answer is not a refusal: the status may be live, and
        /// `failed` would invite posting it twice.
        public init(outcome: PostOutcome) {
            self = outcome.succeeded ? .sent : outcome.outcomeUnknown ? .unknown : .failed
        }
    }

    public var id: Int64?
    public var account: String
    public var gateway: String
    public var kind: String
    public var text: String
    public var media: String
    public var color: String
    public var font: String
    /// Audience entries joined by newlines.
    public var audience: String
    public var startedAt: Date
    public var finishedAt: Date?
    public var state: State
    public var messageId: String?
    public var zaapId: String?
    public var httpStatus: Int?
    public var error: String?
    /// When the status was deleted.
    public var deletedAt: Date?
    /// The process that wrote `sending`, to tell an abandoned attempt from one in flight.
    public var pid: Int32
    /// The draft as typed (JSON), for loading it back; nil for attempts older than it.
    public var typed: String?
    /// Shared by the attempts of one post to several accounts; nil for older attempts.
    public var batch: String?
    /// Why `history reconcile` could not decide an `unknown` attempt, or how it decided.
    public var reconcileNote: String?

    /// The occurrence of a scheduled item (`schedule_run.id`) it was made for; nil for a post.
    public var scheduleRun: Int64? = nil

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// Dates in the store's usual text form, written by the app: GRDB's own encoding builds an
    /// ICU date formatter on first use, a few milliseconds of every `post`.
    public static func databaseDateEncodingStrategy(for column: String) -> DatabaseDateEncodingStrategy {
        .custom { StoredDate.text(of: $0) }
    }

    /// Seconds until a sent status expires, nil when it was not sent or has expired.
    public func timeLeft(now: Date = Date()) -> TimeInterval? {
        guard state == .sent else { return nil }
        let left = (finishedAt ?? startedAt).addingTimeInterval(StatusReceipt.lifetime).timeIntervalSince(now)
        return left > 0 ? left : nil
    }

    /// The draft to load back into the form: as typed when it was kept, else rebuilt from what
    /// was sent (the font by its app name when a gateway's spelling is recognised).
    public var draft: StatusDraft {
        if let typed, let draft = try? JSONDecoder().decode(StatusDraft.self, from: Data(typed.utf8)) { return draft }
        let kind = StatusKind(rawValue: kind) ?? .text
        let gateway = GatewayKind(rawValue: gateway)
        let fontName = FontChoice.allCases.first { gateway?.capabilities.wireName(of: $0) == font }?.rawValue ?? ""
        return StatusDraft(
            kind: kind, text: text, media: media.hasPrefix("data:") ? "" : media, color: color, font: fontName,
            audience: audience.split(separator: "\n").map(String.init)
        )
    }

    /// A pasted data URI can be megabytes: it is not kept (the form asks for the media again).
    static let longestTypedMedia = 4096

    static func encodeTyped(_ draft: StatusDraft) -> String? {
        var kept = draft
        if kept.media.utf8.count > longestTypedMedia { kept.media = "" }
        return (try? JSONEncoder().encode(kept)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// What is kept of media: a link or path as typed; a data URI only by its size, since it can
    /// be megabytes of base64.
    static func mediaSummary(_ media: MediaSource?) -> String {
        switch media {
        case nil: ""
        case .url(let url): url.absoluteString
        case .file(let path, _, _): path
        case .dataURI(let mime, let base64): "data:\(mime) (\(base64.utf8.count / 4 * 3) bytes)"
        }
    }
}
