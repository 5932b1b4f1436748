import Foundation
import StatusKit

/// The zone schedule times are read and shown in: the config's `timezone` (an IANA name; an
/// unknown one is a config error with its fix), else `TZ`, else the machine's. Servers often run
/// in UTC while the shop is in Brazil: the config's zone wins.
public struct ScheduleZone: Sendable, Equatable {
    public enum Origin: String, Sendable {
        case config, environment = "TZ", machine
    }

    public let timeZone: TimeZone
    public let origin: Origin

    public init(_ timeZone: TimeZone, origin: Origin) {
        self.timeZone = timeZone
        self.origin = origin
    }

    /// The IANA name, as stored beside each item.
    public var identifier: String { timeZone.identifier }

    /// Picks the zone. `machine` is the machine's zone (Foundation's current one by default).
    public static func resolve(
        configured: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
        machine: TimeZone = TimeZone.current, configPath: String = "config"
    ) throws(ConfigError) -> ScheduleZone {
        if let configured {
            if let problem = ScheduleSettings.timezoneProblem(configured) { throw ConfigError("\(configPath): \(problem)") }
            return ScheduleZone(TimeZone(identifier: configured)!, origin: .config)
        }
        if var name = environment["TZ"], !name.isEmpty {
            // POSIX allows a leading colon before a zone file's name.
            if name.hasPrefix(":") { name.removeFirst() }
            if let zone = TimeZone(identifier: name) { return ScheduleZone(zone, origin: .environment) }
        }
        let known = TimeZone(identifier: machine.identifier) ?? TimeZone(identifier: "UTC")!
        return ScheduleZone(known, origin: .machine)
    }
}
