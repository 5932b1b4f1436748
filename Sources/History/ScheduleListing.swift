import Foundation
import GRDB
import StatusKit

/// What `schedule list` shows of an item, read without decoding its draft: the kind and the
/// text come out of the stored JSON in SQLite (json_extract), so ten thousand rows are listed
/// without ten thousand JSON decodings (the dearest step of reading whole items).
public struct ScheduleListing: Sendable, Equatable {
    public let id: Int64
    public let state: ScheduleState
    public let next: Date?
    public let repeatRule: String?
    public let accounts: [String]
    public let kind: StatusKind
    public let text: String
    public let campaign: String?

    /// The listing of an item already read whole.
    public init(_ item: ScheduledItem) {
        id = item.id ?? 0
        state = item.state
        next = item.next
        repeatRule = item.repeatRule
        accounts = item.accounts
        kind = item.draft.kind
        text = item.draft.text
        campaign = item.campaign
    }

    init(row: Row) {
        id = row["id"]
        state = ScheduleState(rawValue: row["state"]) ?? .unknown
        next = row["next"]
        repeatRule = row["repeat"]
        accounts = (row["accounts"] as String).split(separator: "\n").map(String.init)
        kind = StatusKind(rawValue: row["kind"] ?? "") ?? .text
        text = row["text"] ?? ""
        campaign = row["campaign"]
    }
}

extension ScheduleStore {
    /// As `items`, the listing's fields only: soonest first, only those still to come unless
    /// `includeFinished`, optionally of one account or campaign.
    public func listing(includeFinished: Bool = false, account: String? = nil, campaign: String? = nil) throws -> [ScheduleListing] {
        let (filter, arguments) = Self.filter(includeFinished: includeFinished, account: account, campaign: campaign)
        return try pool.read { db in
            try Row.fetchCursor(db, sql: """
                SELECT id, state, next, "repeat", accounts, campaign,
                       json_extract(typed, '$.kind') AS kind, json_extract(typed, '$.text') AS text
                FROM schedule \(filter) ORDER BY next IS NULL, next, id
                """, arguments: arguments).map(ScheduleListing.init(row:)).reduce(into: []) { $0.append($1) }
        }
    }
}
