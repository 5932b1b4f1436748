import Foundation
import GRDB
import StatusKit

/// A status to post later, as the `schedule` table keeps it: the draft as typed, the accounts
/// (by name), the wall-clock time in its zone, the repeat, and the next time as a UTC instant.
/// Rows are read and written by hand (no Codable): `schedule list` reads thousands at once.
public struct ScheduledItem: Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "schedule"

    public var id: Int64?
    public var createdAt: Date
    /// Account names, in the order given.
    public var accounts: [String]
    /// The draft as typed; its media is the original path, for showing (see `draftToPost`).
    public var draft: StatusDraft
    /// The copy of a local media file under the state folder's `scheduled-media/`, made when
    /// the item was added: what was scheduled is what goes out, even if the file changes.
    public var mediaCopy: String?
    /// The IANA zone its wall-clock time is read in.
    public var zone: String
    public var hour: Int
    public var minute: Int
    /// `daily`, `weekdays`, `weekly:mon,thu`; nil for a single post.
    public var repeatRule: String?
    /// The last day a repeat may fall on, `YYYY-MM-DD` in `zone`.
    public var until: String?
    /// Each account's send waits a random 0…jitter seconds.
    public var jitter: Int
    /// When it is next due (UTC); nil once finished.
    public var next: Date?
    public var state: ScheduleState
    /// The campaign it was imported from, if any.
    public var campaign: String?
    public var updatedAt: Date

    public init(
        id: Int64? = nil, createdAt: Date, accounts: [String], draft: StatusDraft, mediaCopy: String? = nil,
        zone: String, hour: Int, minute: Int, repeatRule: String? = nil, until: String? = nil, jitter: Int = 0,
        next: Date?, state: ScheduleState = .scheduled, campaign: String? = nil, updatedAt: Date? = nil
    ) {
        self.id = id
        self.createdAt = createdAt
        self.accounts = accounts
        self.draft = draft
        self.mediaCopy = mediaCopy
        self.zone = zone
        self.hour = hour
        self.minute = minute
        self.repeatRule = repeatRule
        self.until = until
        self.jitter = jitter
        self.next = next
        self.state = state
        self.campaign = campaign
        self.updatedAt = updatedAt ?? createdAt
    }

    /// The draft the runner posts: the media copy in place of the original file.
    public var draftToPost: StatusDraft {
        var draft = draft
        if let mediaCopy { draft.media = mediaCopy }
        return draft
    }

    /// One for every row read: `schedule list` reads thousands.
    private static let decoder = JSONDecoder()

    public init(row: Row) throws {
        id = row["id"]
        createdAt = row["createdAt"]
        accounts = (row["accounts"] as String).split(separator: "\n").map(String.init)
        let typed: String = row["typed"]
        draft = try Self.decoder.decode(StatusDraft.self, from: Data(typed.utf8))
        mediaCopy = row["mediaCopy"]
        zone = row["zone"]
        hour = row["hour"]
        minute = row["minute"]
        repeatRule = row["repeat"]
        until = row["until"]
        jitter = row["jitter"]
        next = row["next"]
        let stateText: String = row["state"]
        state = ScheduleState(rawValue: stateText) ?? .unknown
        campaign = row["campaign"]
        updatedAt = row["updatedAt"]
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["createdAt"] = StoredDate.text(of: createdAt)
        container["accounts"] = accounts.joined(separator: "\n")
        container["typed"] = String(decoding: try JSONEncoder().encode(draft), as: UTF8.self)
        container["mediaCopy"] = mediaCopy
        container["zone"] = zone
        container["hour"] = hour
        container["minute"] = minute
        container["repeat"] = repeatRule
        container["until"] = until
        container["jitter"] = jitter
        container["next"] = next.map(StoredDate.text(of:))
        container["state"] = state.rawValue
        container["campaign"] = campaign
        container["updatedAt"] = StoredDate.text(of: updatedAt)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
