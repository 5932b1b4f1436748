#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Times of the schedule as people read them, in its zone: `2026-12-03T08:00:00-03:00` for
/// JSON, `2026-12-03 08:00` as `--at` takes it, `Thu 3 Dec 08:00` in lists.
///
/// Built on the zone's offset and the C library's `gmtime_r` rather than a `DateFormatter`: a
/// list of ten thousand items formats ten thousand times, and a formatter loads ICU's locale
/// data the first time it is used (the same reason as the history's `StoredDate`).
public struct ScheduleTimeText: Sendable {
    public let zone: TimeZone

    public init(zone: TimeZone) {
        self.zone = zone
    }

    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// ISO 8601 with the zone's offset: `2026-12-03T08:00:00-03:00` (`Z` never: the offset is
    /// what a reader in another zone needs).
    public func iso(_ date: Date) -> String {
        let (parts, offset) = fields(date)
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        return "\(Self.pad(Int(parts.tm_year) + 1900, 4))-\(Self.pad(Int(parts.tm_mon) + 1))-\(Self.pad(Int(parts.tm_mday)))T"
            + "\(Self.pad(Int(parts.tm_hour))):\(Self.pad(Int(parts.tm_min))):\(Self.pad(Int(parts.tm_sec)))"
            + "\(sign)\(Self.pad(minutes / 60)):\(Self.pad(minutes % 60))"
    }

    /// `2026-12-03 08:00`, as `--at` takes it.
    public func minute(_ date: Date) -> String {
        let (parts, _) = fields(date)
        return "\(Self.pad(Int(parts.tm_year) + 1900, 4))-\(Self.pad(Int(parts.tm_mon) + 1))-\(Self.pad(Int(parts.tm_mday))) "
            + Self.clock(Int(parts.tm_hour), Int(parts.tm_min))
    }

    /// `Thu 3 Dec 08:00`, with the year when it is not `now`'s.
    public func short(_ date: Date, now: Date = Date()) -> String {
        let (parts, _) = fields(date)
        let (today, _) = fields(now)
        let year = parts.tm_year == today.tm_year ? "" : " \(Int(parts.tm_year) + 1900)"
        return "\(Self.weekdays[Int(parts.tm_wday)]) \(parts.tm_mday) \(Self.months[Int(parts.tm_mon)])\(year) "
            + Self.clock(Int(parts.tm_hour), Int(parts.tm_min))
    }

    /// `08:00`.
    public static func clock(_ hour: Int, _ minute: Int) -> String {
        "\(pad(hour)):\(pad(minute))"
    }

    private func fields(_ date: Date) -> (tm, Int) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let offset = zone.secondsFromGMT(for: date)
        var local = time_t(seconds + offset)
        var parts = tm()
        gmtime_r(&local, &parts)
        return (parts, offset)
    }

    private static func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
