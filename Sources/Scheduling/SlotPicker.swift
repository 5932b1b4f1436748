import Foundation
import History
import StatusKit

/// Posting slots as a queue, the way social schedulers do it: `--next-slot` takes the earliest
/// slot, at least a minute away, that no scheduled item of those accounts already holds; and
/// `schedule list --slots` shows which slots of the coming days are free.
///
/// An item holds a slot when its next time falls on it, or, for a repeat, when one of its later
/// days does (a daily 08:00 holds 08:00 every day until its `until`).
public struct SlotPicker: Sendable {
    public let rules: OccurrenceRules
    /// The slots every one of the accounts has, in the order of the day.
    public let slots: [SlotTime]
    private let holdsOnce: Set<Int>
    private let repeats: [(rule: RepeatRule, slot: SlotTime, from: LocalDate, until: LocalDate?)]

    /// `existing` may hold any items: only those still to come and sharing an account count
    /// (every one still to come when `accounts` is empty: the top-level slots of the config).
    public init(accounts: [Account], topLevel: [SlotTime], existing: [ScheduledItem], rules: OccurrenceRules) {
        self.rules = rules
        slots = Self.slots(for: accounts, topLevel: topLevel)
        let names = Set(accounts.map(\.name))
        let holders = existing.filter { $0.state.isActive && (names.isEmpty || !names.isDisjoint(with: $0.accounts)) }
        holdsOnce = Set(holders.compactMap { $0.next.map { Int($0.timeIntervalSince1970.rounded()) } })
        repeats = holders.compactMap { item in
            guard let text = item.repeatRule, let rule = try? RepeatRule.parse(text), let next = item.next,
                  let slot = SlotTime(hour: item.hour, minute: item.minute) else { return nil }
            return (rule, slot, rules.local(next).day, item.until.flatMap(LocalDate.parse))
        }
    }

    /// The slots shared by all `accounts`: each account's own `slots`, else the top-level ones.
    public static func slots(for accounts: [Account], topLevel: [SlotTime]) -> [SlotTime] {
        let lists = accounts.map { $0.slots.isEmpty ? topLevel : $0.slots }
        guard var shared = lists.first else { return topLevel }
        for list in lists.dropFirst() { shared = shared.filter(list.contains) }
        return shared.sorted()
    }

    /// Whether an item holds `slot` on `day` (at `instant`).
    public func isTaken(day: LocalDate, slot: SlotTime, instant: Date) -> Bool {
        if holdsOnce.contains(Int(instant.timeIntervalSince1970.rounded())) { return true }
        return repeats.contains { held in
            held.slot == slot && held.rule.includes(day.weekday) && held.from <= day && (held.until.map { day <= $0 } ?? true)
        }
    }

    /// Every slot of the `days` days from `now`'s day on, after `now`, with whether it is taken.
    public func slotsAhead(days: Int, from now: Date) -> [(time: Date, slot: SlotTime, taken: Bool)] {
        let today = rules.local(now).day
        var found: [(time: Date, slot: SlotTime, taken: Bool)] = []
        for offset in 0..<days {
            let day = today.adding(days: offset)
            for slot in slots {
                let time = rules.instant(on: day, hour: slot.hour, minute: slot.minute)
                guard time > now else { continue }
                found.append((time, slot, isTaken(day: day, slot: slot, instant: time)))
            }
        }
        return found
    }

    /// The earliest free slot at least a minute after `now`, on a day `rule` includes (any day
    /// without one), within `horizon` days; nil when every slot is held.
    public func next(after now: Date, rule: RepeatRule? = nil, horizon: Int = 366) -> Date? {
        let earliest = now.addingTimeInterval(60)
        let today = rules.local(now).day
        for offset in 0...horizon {
            let day = today.adding(days: offset)
            guard rule?.includes(day.weekday) ?? true else { continue }
            for slot in slots {
                let time = rules.instant(on: day, hour: slot.hour, minute: slot.minute)
                if time >= earliest, !isTaken(day: day, slot: slot, instant: time) { return time }
            }
        }
        return nil
    }
}
