import Foundation
import History
import Scheduling
import StatusKit

/// What the `schedule` commands share: the config's accounts and schedule settings, the zone
/// times are read and shown in, and the store. No sandbox is started: without a config the
/// built-in sandbox accounts are known by name (a runner serves them when it posts).
struct ScheduleContext {
    let accounts: [Account]
    let settings: ScheduleSettings
    let zone: ScheduleZone
    let store: ScheduleStore
    let configPath: String

    /// Loads everything or prints why not and throws exit 2 (nothing was changed).
    static func open(_ options: ConfigOptions, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ScheduleContext {
        let config: (location: ConfigLocation, loaded: ConfigLoader.Loaded?)
        do {
            config = try AccountSession.readConfig(options, environment: environment)
        } catch {
            printProblems(error.problems, nothing: "changed")
            throw Exit.invalidInput
        }
        return try make(
            accounts: config.loaded?.accounts ?? BuiltInSandbox.accounts(baseURL: URL(string: "http://127.0.0.1:1")!),
            settings: config.loaded?.schedule ?? ScheduleSettings(), configPath: config.location.path, nothing: "changed",
            environment: environment)
    }

    /// The zone and the store for accounts already read (the runner's session), or prints why
    /// not and throws exit 2 ("Nothing was `nothing`").
    static func make(
        accounts: [Account], settings: ScheduleSettings, configPath: String, nothing: String,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> ScheduleContext {
        let zone: ScheduleZone
        do {
            zone = try ScheduleZone.resolve(configured: settings.timezone, environment: environment, configPath: configPath)
        } catch {
            printProblems(error.problems, nothing: nothing)
            throw Exit.invalidInput
        }
        switch HistoryAccess.open(environment: environment) {
        case .success(let history):
            do {
                return ScheduleContext(
                    accounts: accounts, settings: settings, zone: zone, store: try ScheduleStore(history: history), configPath: configPath)
            } catch {
                Console.error("Cannot open the schedule in \(history.path): \(error)")
                throw Exit.invalidInput
            }
        case .failure(let failure):
            Console.error(failure.description)
            throw Exit.invalidInput
        }
    }

    var text: ScheduleTimeText { ScheduleTimeText(zone: zone.timeZone) }

    var rules: OccurrenceRules { OccurrenceRules(zone: zone.timeZone) }

    /// "America/Sao_Paulo (from the config)".
    var zoneDescription: String {
        switch zone.origin {
        case .config: "\(zone.identifier) (timezone in \(configPath))"
        case .environment: "\(zone.identifier) (from TZ)"
        case .machine: "\(zone.identifier) (the machine's zone; set timezone in \(configPath) to choose)"
        }
    }

    /// "Nothing was scheduled. Fix these first:" and one problem a line.
    static func printProblems(_ problems: [String], nothing what: String) {
        Console.error("Nothing was \(what). Fix \(problems.count == 1 ? "this" : "these") first:")
        for problem in problems { Console.error("  " + problem) }
    }
}
