import Foundation

/// The Schedule panel: the scheduled items, the highlighted row, and the question awaiting y/n.
/// The agenda is worked out from the items (`rows`): single statuses first, then each
/// campaign with its progress, each group by day.
public struct SchedulePanel: Sendable, Equatable {
    public var items: [ScheduleEntry] = []
    /// Until the store answers.
    public var loading = false
    /// Set when the store could not be read.
    public var problem: String?
    /// The highlighted row (an item or a campaign), kept by identity across reloads.
    public var selection: AgendaKey?
    /// The change awaiting y/n (a cancel, or a whole campaign's pause, resume or cancel).
    public var question: ScheduleItemsChange?
    /// Items with a change sent and not answered yet.
    public var busy: Set<Int64> = []

    /// Finished items stay in the agenda this long after they finished.
    public static let finishedShownFor: TimeInterval = 24 * 3600

    public init() {}

    /// Items still to post (scheduled or paused): the header names the runner while there are.
    public var upcomingCount: Int { items.filter { $0.state == .scheduled || $0.state == .paused }.count }

    /// The agenda's rows, for the view and for moving the highlight.
    public func rows(now: Date, timeZone: TimeZone) -> [AgendaRow] {
        let shown = items.filter { !$0.state.isFinished || now.timeIntervalSince($0.updatedAt) < Self.finishedShownFor }
        let loose = shown.filter { $0.campaign == nil }
        let campaigns = Dictionary(grouping: items.filter { $0.campaign != nil }) { $0.campaign ?? "" }
            .map { CampaignProgress(name: $0.key, items: $0.value) }
            .sorted { ($0.next ?? .distantFuture, $0.name) < ($1.next ?? .distantFuture, $1.name) }
        var rows: [AgendaRow] = []
        if !loose.isEmpty, !campaigns.isEmpty { rows.append(.looseHeading) }
        rows += byDay(loose, timeZone: timeZone)
        for campaign in campaigns {
            rows.append(.campaign(campaign))
            rows += byDay(shown.filter { $0.campaign == campaign.name }, timeZone: timeZone)
        }
        return rows
    }

    private func byDay(_ items: [ScheduleEntry], timeZone: TimeZone) -> [AgendaRow] {
        var rows: [AgendaRow] = []
        var day: Date?
        let calendar = AgendaTimeText.calendar(timeZone)
        for item in items.sorted(by: { ($0.agendaTime, $0.id) < ($1.agendaTime, $1.id) }) {
            let start = calendar.startOfDay(for: item.agendaTime)
            if start != day { rows.append(.day(start)) }
            day = start
            rows.append(.item(item))
        }
        return rows
    }

    /// The highlighted row's key: the selection when it is still there, else the first row's.
    public func selectedKey(in rows: [AgendaRow]) -> AgendaKey? {
        let keys = rows.compactMap(\.key)
        if let selection, keys.contains(selection) { return selection }
        return keys.first
    }

    public func item(id: Int64) -> ScheduleEntry? { items.first { $0.id == id } }
}

/// What can be highlighted in the agenda.
public enum AgendaKey: Sendable, Hashable {
    case campaign(String)
    case item(Int64)
}

/// One row of the agenda.
public enum AgendaRow: Sendable, Equatable {
    /// "Single statuses", above the items of no campaign when there are campaigns too.
    case looseHeading
    case campaign(CampaignProgress)
    /// A day's heading (the start of the day in the composer's zone).
    case day(Date)
    case item(ScheduleEntry)

    public var key: AgendaKey? {
        switch self {
        case .campaign(let campaign): .campaign(campaign.name)
        case .item(let item): .item(item.id)
        case .looseHeading, .day: nil
        }
    }
}

/// A campaign's items counted by state: the progress bar shows posted of total, with failed
/// (unknown outcomes among them) and missed counted apart.
public struct CampaignProgress: Sendable, Equatable {
    public let name: String
    public let total: Int
    public let posted: Int
    public let failed: Int
    public let missed: Int
    public let cancelled: Int
    /// Ids still to post, by state: what a whole campaign's pause, resume or cancel acts on.
    public let scheduledIDs: [Int64]
    public let pausedIDs: [Int64]
    /// The soonest next time among its items.
    public let next: Date?

    public init(name: String, items: [ScheduleEntry]) {
        self.name = name
        total = items.count
        posted = items.filter { $0.state == .posted }.count
        failed = items.filter { $0.state == .failed || $0.state == .unknown }.count
        missed = items.filter { $0.state == .missed }.count
        cancelled = items.filter { $0.state == .cancelled }.count
        scheduledIDs = items.filter { $0.state == .scheduled }.map(\.id).sorted()
        pausedIDs = items.filter { $0.state == .paused }.map(\.id).sorted()
        next = items.filter { !$0.state.isFinished }.compactMap(\.next).min()
    }
}
