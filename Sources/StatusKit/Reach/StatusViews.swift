import Foundation

/// One recipient of a status, as Green API's `getStatusStatistic` lists them.
public struct RecipientView: Sendable, Equatable {
    /// The recipient's chat id (`11001234567@c.us`).
    public let participant: String
    /// `sent`, `delivered` or `read`.
    public let status: String
    public let at: Date?

    public init(participant: String, status: String, at: Date?) {
        self.participant = participant
        self.status = status
        self.at = at
    }
}

/// Who saw a status, as far as its gateway tells. Nothing here is ever a made-up figure:
/// a gateway without such a call is `notOffered`, an empty answer `noDataYet`.
public enum StatusViews: Sendable, Equatable {
    /// Each recipient and how far the status reached them (Green API).
    case recipients([RecipientView])
    /// One delivery state for the message as a whole (RyzeAPI: `sent`, `delivered`, `read`, …).
    case delivery(state: String, code: Int?)
    /// The gateway answered with nothing yet; `reason` says what it needs.
    case noDataYet(reason: String)
    /// The gateway has no call that tells.
    case notOffered
    /// Asking failed (the gateway's error, no answer).
    case failed(String)

    public static let notOfferedText = "not offered by this gateway"

    /// How many recipients the status reached as `sent`, `delivered` and `read`; nil unless the
    /// gateway lists recipients.
    public var counts: (sent: Int, delivered: Int, read: Int)? {
        guard case .recipients(let list) = self else { return nil }
        return (list.filter { $0.status == "sent" }.count, list.filter { $0.status == "delivered" }.count, list.filter { $0.status == "read" }.count)
    }

    /// In a few words, for the History panel's bottom line: `3 read, 1 delivered, 0 sent`, the
    /// delivery state (`delivered`), `no data yet`, `not offered by this gateway`, `could not ask`.
    public var summary: String {
        switch self {
        case .recipients:
            let counts = counts!
            return "\(counts.read) read, \(counts.delivered) delivered, \(counts.sent) sent"
        case .delivery(let state, _): return state
        case .noDataYet: return "no data yet"
        case .notOffered: return Self.notOfferedText
        case .failed: return "could not ask"
        }
    }

    /// The full sentence for `views` and the recipients list.
    public var sentence: String {
        switch self {
        case .recipients(let list): return "\(list.count) recipient\(list.count == 1 ? "" : "s"): \(summary)"
        case .delivery(let state, let code): return "delivery state: \(state)\(code.map { " (code \($0))" } ?? "")"
        case .noDataYet(let reason): return "no data yet — \(reason)"
        case .notOffered: return Self.notOfferedText
        case .failed(let message): return "could not ask: \(message)"
        }
    }

    /// `{"state": "recipients|delivery|noDataYet|notOffered|failed", …}`.
    public var json: [(String, JSONValue)] {
        switch self {
        case .recipients(let list):
            let counts = counts!
            let iso = ISO8601DateFormatter()
            return [
                ("state", .string("recipients")), ("sent", .int(counts.sent)), ("delivered", .int(counts.delivered)), ("read", .int(counts.read)),
                ("recipients", .array(list.map { recipient -> JSONValue in
                    .object([
                        ("participant", .string(recipient.participant)), ("status", .string(recipient.status)),
                        ("at", recipient.at.map { .string(iso.string(from: $0)) } ?? .null),
                    ])
                })),
            ]
        case .delivery(let state, let code):
            return [("state", .string("delivery")), ("delivery", .string(state)), ("code", code.map { .int($0) } ?? .null)]
        case .noDataYet(let reason): return [("state", .string("noDataYet")), ("detail", .string(reason))]
        case .notOffered: return [("state", .string("notOffered")), ("detail", .string(Self.notOfferedText))]
        case .failed(let message): return [("state", .string("failed")), ("detail", .string(message))]
        }
    }
}
