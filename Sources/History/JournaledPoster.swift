import Foundation
import StatusKit

/// Posts with the journal first: every attempt is written as `sending` before any request
/// leaves (if the journal cannot be written, nothing is sent), and each answer is recorded as
/// it arrives.
public struct JournaledPoster: Sendable {
    public let poster: StatusPoster
    public let store: HistoryStore

    public init(poster: StatusPoster, store: HistoryStore) {
        self.poster = poster
        self.store = store
    }

    /// `typed` is the form as the user filled it, kept so the status can be loaded back;
    /// `scheduleRun` links each attempt to the occurrence of a scheduled item it posts.
    public func postAll(
        _ items: [(account: Account, draft: ValidDraft)],
        typed: StatusDraft? = nil,
        scheduleRun: Int64? = nil,
        onStage: @escaping PostStageObserver = { _, _ in },
        onOutcome: @escaping @Sendable (PostOutcome) -> Void = { _ in }
    ) async throws -> [PostOutcome] {
        var ids: [String: Int64] = [:]
        let batch = UUID().uuidString
        for item in items { ids[item.account.name] = try store.begin(account: item.account, draft: item.draft, typed: typed, batch: batch, scheduleRun: scheduleRun) }
        let journal = ids
        let store = store
        return await poster.postAll(items, onStage: onStage) { outcome in
            if let id = journal[outcome.accountName] { try? store.finish(id, outcome: outcome) }
            onOutcome(outcome)
        }
    }
}
