import Foundation
import StatusKit

/// Days and times of the schedule as the composer writes them ("Thu 3 Dec 08:00", "qui 3 dez
/// 08:00"), through Foundation's verbatim format style in the language's locale and the state's
/// zone — never the machine's, so the same state draws the same screen anywhere. (The commands'
/// `ScheduleTimeText`, in Scheduling, writes English only and for ten thousand rows at a time.)
enum AgendaTimeText {
    static func day(_ date: Date, timeZone: TimeZone, language: Language) -> String {
        date.formatted(style("\(weekday: .abbreviated) \(day: .defaultDigits) \(month: .abbreviated)", timeZone, language))
    }

    static func dayAndTime(_ date: Date, timeZone: TimeZone, language: Language) -> String {
        day(date, timeZone: timeZone, language: language) + " " + ClockText.hoursAndMinutes(date, timeZone: timeZone)
    }

    /// "2026-12-03 08:00": how the At field takes a time back (an item loaded from the panel).
    static func typed(_ date: Date, timeZone: TimeZone) -> String {
        date.formatted(style("\(year: .defaultDigits)-\(month: .twoDigits)-\(day: .twoDigits)", timeZone, .english))
            + " " + ClockText.hoursAndMinutes(date, timeZone: timeZone)
    }

    /// Whole days from `now`'s day to the date's (0 today, 1 tomorrow).
    static func daysAway(_ date: Date, from now: Date, timeZone: TimeZone) -> Int {
        let calendar = calendar(timeZone)
        return calendar.dateComponents([.day], from: calendar.startOfDay(for: now), to: calendar.startOfDay(for: date)).day ?? 0
    }

    static func calendar(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    private static func style(_ format: Date.FormatString, _ timeZone: TimeZone, _ language: Language) -> Date.VerbatimFormatStyle {
        Date.VerbatimFormatStyle(
            format: format, locale: Locale(identifier: language == .portuguese ? "pt_BR" : "en_US_POSIX"),
            timeZone: timeZone, calendar: calendar(timeZone))
    }
}
