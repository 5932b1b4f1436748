import Foundation

/// Local wall-clock times as the composer writes them: in the log and the History panel, and in
/// the notices and questions the reducer words. The zone is the state's (`ComposerState.timeZone`),
/// never the machine's: the same state draws the same screen anywhere.
enum ClockText {
    /// HH:mm:ss, without building a formatter on every frame.
    static func time(_ date: Date, timeZone: TimeZone) -> String {
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
        let seconds = ((local % 86_400) + 86_400) % 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
    }

    /// HH:mm.
    static func hoursAndMinutes(_ date: Date, timeZone: TimeZone) -> String {
        String(time(date, timeZone: timeZone).prefix(5))
    }
}
