#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A date as the store keeps it: GRDB's text form, "yyyy-MM-dd HH:mm:ss.SSS" in UTC, which
/// sorts like the dates themselves.
///
/// Written here rather than through GRDB's `Date` encoding, which builds an ICU date formatter
/// (ICU's locale data loaded and parsed) the first time it is used: that was the dearest step
/// of opening the composer, which asks for the attempts of the last 24 hours at once.
enum StoredDate {
    static func text(of date: Date) -> String {
        // To the nearest millisecond, as the date formatter rounds.
        let total = Int64((date.timeIntervalSince1970 * 1000).rounded())
        var whole = time_t(total.quotientAndRemainder(dividingBy: 1000).quotient - (total % 1000 < 0 ? 1 : 0))
        let milliseconds = Int(total - Int64(whole) * 1000)
        var parts = tm()
        gmtime_r(&whole, &parts)
        func padded(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(parts.tm_year + 1900, 4))-\(padded(parts.tm_mon + 1, 2))-\(padded(parts.tm_mday, 2)) "
            + "\(padded(parts.tm_hour, 2)):\(padded(parts.tm_min, 2)):\(padded(parts.tm_sec, 2)).\(padded(Int32(milliseconds), 3))"
    }
}
