import Foundation
import StatusKit

/// When a scheduled status is first due, as the user said it: at a wall-clock time (on a given
/// day, or the next such time), after a while, or in the next free posting slot.
public enum WhenSpec: Sendable, Hashable {
    /// `--at "YYYY-MM-DD HH:MM"`, or `--at HH:MM` (date nil) for the next such time.
    case at(date: LocalDate?, hour: Int, minute: Int)
    /// `--in 90s|30m|2h|1d`.
    case after(seconds: Int)
    /// `--next-slot`.
    case nextSlot

    /// The longest `--in`: a year.
    public static let longestWait = 366 * 86_400

    /// `YYYY-MM-DD HH:MM` (a `T` may stand for the space) or `HH:MM`.
    public static func parse(at text: String) throws(ScheduleInputError) -> WhenSpec {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(whereSeparator: { $0 == " " || $0 == "T" })
        func refuse(_ rule: String) -> ScheduleInputError {
            ScheduleInputError(field: "at", value: text, rule: rule, example: "--at \"2026-12-03 08:00\" or --at 08:00 (the next 08:00)")
        }
        switch parts.count {
        case 1:
            guard let time = SlotTime.parse(String(parts[0])) else {
                throw refuse("not a time of day HH:MM from 00:00 to 23:59")
            }
            return .at(date: nil, hour: time.hour, minute: time.minute)
        case 2:
            guard let date = LocalDate.parse(String(parts[0])) else {
                throw refuse("'\(parts[0])' is not a day of the calendar as YYYY-MM-DD")
            }
            guard let time = SlotTime.parse(String(parts[1])) else {
                throw refuse("'\(parts[1])' is not a time of day HH:MM from 00:00 to 23:59")
            }
            return .at(date: date, hour: time.hour, minute: time.minute)
        default:
            throw refuse("give a date and time as YYYY-MM-DD HH:MM, or a time HH:MM")
        }
    }

    /// A whole number and a unit: `90s`, `30m`, `2h`, `1d`; from 1 second to a year.
    public static func parse(in text: String) throws(ScheduleInputError) -> WhenSpec {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [Character: Int] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]
        let example = "--in 90s, --in 30m, --in 2h or --in 1d"
        guard let unit = trimmed.last, let scale = units[unit], let count = Int(trimmed.dropLast()),
              trimmed.dropLast().allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw ScheduleInputError(field: "in", value: text, rule: "give a whole number and a unit: s, m, h or d", example: example)
        }
        let (seconds, overflow) = count.multipliedReportingOverflow(by: scale)
        guard count > 0, !overflow, seconds <= longestWait else {
            throw ScheduleInputError(field: "in", value: text, rule: "give from 1 second to 366 days", example: example)
        }
        return .after(seconds: seconds)
    }
}
