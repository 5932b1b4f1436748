import ComposerCore
import Foundation
import History
import StatusKit

/// The History panel's list, read from the journal: what was posted, or may have been, in the
/// last 24 hours, newest first.
enum RecentStatuses {
    static func read(from store: HistoryStore, now: Date = Date()) -> Result<[PostedStatus], HistoryUnreadable> {
        do {
            let records = try store.attempts(since: now.addingTimeInterval(-StatusReceipt.lifetime))
            return .success(records.reversed().compactMap(status))
        } catch {
            return .failure(HistoryUnreadable("\(store.path): \(error)"))
        }
    }

    static func status(_ record: AttemptRecord) -> PostedStatus? {
        let state: PostedStatus.State
        switch record.state {
        case .sent:
            guard let id = record.messageId else { return nil }
            state = .live(messageId: id)
        case .unknown: state = .unknownOutcome
        case .deleted: state = .deleted
        case .sending, .failed, .notSent: return nil
        }
        guard let id = record.id, let gateway = GatewayKind(rawValue: record.gateway) else { return nil }
        return PostedStatus(
            id: id, accountName: record.account, gateway: gateway, draft: record.draft,
            postedAt: record.finishedAt ?? record.startedAt, state: state, batch: record.batch
        )
    }
}
