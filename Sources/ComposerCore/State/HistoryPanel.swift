import Foundation
import StatusKit

/// The History panel: the statuses of the last 24 hours, newest first, with the highlighted one
/// and the delete in progress or awaiting confirmation.
public struct HistoryPanel: Sendable, Equatable {
    public var items: [PostedStatus] = []
    public var cursor = 0
    /// Until the journal answers.
    public var loading = false
    /// Set when the journal could not be read.
    public var problem: String?
    /// The statuses whose deletion awaits y/n: the highlighted one, or every account's of its post.
    public var pendingDelete: [Int64] = []
    /// Deletes sent and not answered yet.
    public var deleting: Set<Int64> = []
    /// Who saw each live status, as its gateway told (by attempt id).
    public var views: [Int64: StatusViews] = [:]
    /// Views asked and not answered yet.
    public var viewsInFlight: Set<Int64> = []

    public init() {}

    public var selected: PostedStatus? { items.indices.contains(cursor) ? items[cursor] : nil }

    /// The statuses of `pendingDelete`, in the list's order.
    var pendingItems: [PostedStatus] { items.filter { pendingDelete.contains($0.id) } }

    /// The y/n question for the statuses awaiting deletion, nil when none is.
    func deleteQuestion(_ words: UIText, timeZone: TimeZone) -> String? {
        guard let first = pendingItems.first else { return nil }
        let time = ClockText.hoursAndMinutes(first.postedAt, timeZone: timeZone)
        if pendingItems.count == 1 { return words.confirmDelete(first.accountLabel, at: time) }
        return words.confirmDeletePost(pendingItems.map(\.accountLabel), at: time)
    }
}
