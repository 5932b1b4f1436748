import Foundation

/// A day on the calendar, without a zone: `--until 2026-12-31`, or the day of a time in the
/// schedule's zone. Day arithmetic goes through Foundation's Gregorian calendar in UTC, where
/// every day has 24 hours.
public struct LocalDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil for a day that does not exist (2027-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = Self.calendar.date(from: components),
              Self.calendar.component(.day, from: date) == day, Self.calendar.component(.month, from: date) == month else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`.
    public static func parse(_ text: String) -> LocalDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// Seconds from 1970-01-01 00:00 to this day's midnight, as if the zone were UTC.
    var midnightSeconds: Int {
        Int(Self.calendar.date(from: DateComponents(year: year, month: month, day: day))!.timeIntervalSince1970)
    }

    /// The day holding `seconds` counted as if the zone were UTC.
    init(seconds: Int) {
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let date = Date(timeIntervalSince1970: TimeInterval(days * 86_400))
        let parts = Self.calendar.dateComponents([.year, .month, .day], from: date)
        year = parts.year!
        month = parts.month!
        day = parts.day!
    }

    public func adding(days: Int) -> LocalDate {
        LocalDate(seconds: midnightSeconds + days * 86_400)
    }

    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let days = Int((Double(midnightSeconds) / 86_400).rounded(.down))
        return Weekday.allCases[((days + 3) % 7 + 7) % 7]
    }

    public static func < (one: LocalDate, other: LocalDate) -> Bool {
        (one.year, one.month, one.day) < (other.year, other.month, other.day)
    }

    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }
}
