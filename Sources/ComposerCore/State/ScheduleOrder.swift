import Foundation
import StatusKit

/// A status to schedule as the form holds it, for the app to check and store with the
/// schedule's own rules (the composer reads no time rule itself): the texts go as typed.
public struct ScheduleOrder: Sendable, Equatable {
    public var accounts: [String]
    /// The form as filled (what `schedule show` and a reload give back).
    public var draft: StatusDraft
    /// `.at` or `.nextSlot` (never `.now`).
    public var when: WhenChoice
    /// With `.at`: "2026-12-03 08:00" or "08:00", in the composer's zone.
    public var at: String
    /// "daily", "weekdays", "weekly:mon,thu", or nil for once.
    public var repeatRule: String?
    /// YYYY-MM-DD, or nil.
    public var until: String?
    /// The item this order replaces (loaded from the Schedule panel), or nil for a new one.
    public var replacing: Int64?

    public init(accounts: [String], draft: StatusDraft, when: WhenChoice, at: String = "", repeatRule: String? = nil, until: String? = nil, replacing: Int64? = nil) {
        self.accounts = accounts
        self.draft = draft
        self.when = when
        self.at = at
        self.repeatRule = repeatRule
        self.until = until
        self.replacing = replacing
    }
}

/// What the checker made of an order: its first time, in which zone, on which accounts.
public struct SchedulePlan: Sendable, Equatable {
    public let first: Date
    /// The IANA name the times are read and shown in.
    public let zone: String
    public let accounts: [String]

    public init(first: Date, zone: String, accounts: [String]) {
        self.first = first
        self.zone = zone
        self.accounts = accounts
    }
}

/// One thing wrong with an order, as the checker words it (field, value, rule, example), shown
/// under its form field; `field` nil: under no field (the notice says it).
public struct ScheduleProblem: Sendable, Equatable {
    public let field: ComposerField?
    public let message: String

    public init(field: ComposerField?, message: String) {
        self.field = field
        self.message = message
    }
}

/// Why the store did not do what was asked (it could not be written, the item is gone…).
public struct ScheduleFailure: Error, Sendable, Equatable {
    public let message: String

    public init(_ message: String) { self.message = message }
}

/// Pause, resume or cancel of items (one, or a whole campaign's).
public struct ScheduleItemsChange: Sendable, Equatable {
    public enum Kind: String, Sendable { case pause, resume, cancel }
    public let kind: Kind
    public let ids: [Int64]
    /// The campaign when the change is a whole campaign's.
    public let campaign: String?

    public init(_ kind: Kind, ids: [Int64], campaign: String? = nil) {
        self.kind = kind
        self.ids = ids
        self.campaign = campaign
    }
}

/// Every problem the checker found with an order.
public struct ScheduleProblems: Error, Sendable, Equatable {
    public let problems: [ScheduleProblem]

    public init(_ problems: [ScheduleProblem]) { self.problems = problems }
}
