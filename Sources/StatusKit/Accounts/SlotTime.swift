/// A posting slot: a time of day, `HH:MM` in the config (`slots = ["08:00", "11:30"]`).
public struct SlotTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// `HH:MM` (or `H:MM`), 00:00 to 23:59.
    public static func parse(_ text: String) -> SlotTime? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let hour = Int(parts[0]), let minute = Int(parts[1]) else { return nil }
        return SlotTime(hour: hour, minute: minute)
    }

    public static func < (one: SlotTime, other: SlotTime) -> Bool {
        (one.hour, one.minute) < (other.hour, other.minute)
    }

    public var description: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }
}
