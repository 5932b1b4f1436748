import Foundation
import StatusKit

/// One scheduled status as the composer shows it: the app maps the store's items to this, so
/// the view-model knows nothing of the database.
public struct ScheduleEntry: Sendable, Equatable {
    /// The item's states, as the store and `schedule list` name them.
    public enum State: String, Sendable, CaseIterable {
        case scheduled, paused, posting, posted, failed, missed, cancelled, unknown

        /// Nothing more will happen to the item.
        public var isFinished: Bool {
            switch self {
            case .scheduled, .paused, .posting: false
            case .posted, .failed, .missed, .cancelled, .unknown: true
            }
        }
    }

    public let id: Int64
    public var accounts: [String]
    public var draft: StatusDraft
    /// The next time it posts; nil once finished.
    public var next: Date?
    /// "daily", "weekdays", "weekly:mon,thu", or nil for once.
    public var repeatRule: String?
    /// The last day a repeat posts (YYYY-MM-DD), or nil.
    public var until: String?
    public var state: State
    public var campaign: String?
    /// The last change (a finished item's end): finished items show for a day after it.
    public var updatedAt: Date

    public init(
        id: Int64, accounts: [String], draft: StatusDraft, next: Date?, repeatRule: String? = nil, until: String? = nil,
        state: State, campaign: String? = nil, updatedAt: Date
    ) {
        self.id = id
        self.accounts = accounts
        self.draft = draft
        self.next = next
        self.repeatRule = repeatRule
        self.until = until
        self.state = state
        self.campaign = campaign
        self.updatedAt = updatedAt
    }

    /// When it shows in the agenda: its next time, or when it finished.
    public var agendaTime: Date { next ?? updatedAt }
}
