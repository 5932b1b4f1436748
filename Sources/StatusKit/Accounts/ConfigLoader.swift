import Foundation
import TOMLKit

/// Reads `[[account]]` tables from the TOML config into accounts, checking every key so a typo
/// or an unsafe secret is reported with its fix instead of failing later at a gateway.
public enum ConfigLoader {
    static let knownKeys: Set<String> = [
        "name", "provider", "base_url", "instance", "token", "token_env", "token_file",
        "client_token", "client_token_env", "client_token_file", "media_url", "min_gap", "slots", "include_self",
    ]

    /// Keys outside the `[[account]]` tables: settings of the composer.
    static let topLevelKeys: Set<String> = ["account", "theme", "quiet_screen", "timezone", "slots"]

    /// The accounts and the composer's settings, read from the file once.
    public struct Loaded: Sendable {
        public let accounts: [Account]
        public let settings: ComposerSettings
        /// The zone and slots of scheduled posts.
        public let schedule: ScheduleSettings
    }

    /// Loads every account. All problems in the file are reported at once.
    public static func load(path: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(ConfigError) -> [Account] {
        try loadWithSettings(path: path, environment: environment).accounts
    }

    /// Loads every account and the composer's settings. All problems in the file, a setting of
    /// the wrong kind included, are reported at once.
    public static func loadWithSettings(path: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(ConfigError) -> Loaded {
        let table: TOMLTable
        do {
            table = try TOMLInput.read(file: path, kind: "config file")
        } catch {
            throw ConfigError(error.description)
        }
        return try loadWithSettings(table: table, path: path, mode: filePermissions(path), environment: environment)
    }

    /// The accounts of a config's text that is not in a file yet, e.g. one `[[account]]` block
    /// read alone, as if from a file of mode 600 at `origin`.
    public static func load(text: String, origin: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(ConfigError) -> [Account] {
        let table: TOMLTable
        do {
            table = try TOMLInput.parse(text, origin: origin)
        } catch {
            throw ConfigError(error.description)
        }
        return try loadWithSettings(table: table, path: origin, mode: 0o600, environment: environment).accounts
    }

    /// Loads a config already parsed (`TOMLInput.read`) from a file of `mode`.
    public static func loadWithSettings(table: TOMLTable, path: String, mode: Int, environment: [String: String]) throws(ConfigError) -> Loaded {
        for key in table.keys where !topLevelKeys.contains(key) {
            throw ConfigError("\(path): unknown top-level key '\(key)'; accounts go in [[account]] tables")
        }
        guard let list = table["account"]?.array else {
            throw ConfigError("\(path): no [[account]] tables; add one (see README.md)")
        }
        var accounts: [Account] = []
        var problems: [String] = []
        var settings = ComposerSettings()
        if let value = table["theme"] {
            if let name = value.string { settings.theme = name } else {
                problems.append("\(path): theme: not a name in quotes; write it as theme = \"name\"")
            }
        }
        if let value = table["quiet_screen"] {
            if let flag = value.bool { settings.quietScreen = flag } else {
                problems.append("\(path): quiet_screen: not true or false; write it as quiet_screen = true")
            }
        }
        var schedule = ScheduleSettings()
        if let value = table["timezone"] {
            if let name = value.string {
                if let zoneProblem = ScheduleSettings.timezoneProblem(name) { problems.append("\(path): \(zoneProblem)") } else { schedule.timezone = name }
            } else {
                problems.append("\(path): timezone: not a name in quotes; write it as timezone = \"America/Sao_Paulo\"")
            }
        }
        schedule.slots = ScheduleSettings.readSlots(table) { problems.append("\(path): \($0)") }
        for (index, item) in list.enumerated() {
            guard let entry = item.table else {
                problems.append("\(path): account #\(index + 1) is not a table; write it as [[account]]")
                continue
            }
            let reader = AccountEntryReader(entry: entry, index: index, path: path, fileMode: mode, environment: environment)
            switch reader.read() {
            case .success(let account):
                if accounts.contains(where: { $0.name == account.name }) {
                    problems.append("\(path): account '\(account.name)': the name is used twice; names must be unique")
                } else {
                    accounts.append(account)
                }
            case .failure(let error): problems += error.problems
            }
        }
        guard problems.isEmpty else { throw ConfigError(problems) }
        return Loaded(accounts: accounts, settings: settings, schedule: schedule)
    }

    static func filePermissions(_ path: String) -> Int {
        FileStatus(path: path)?.permissions ?? 0o600
    }
}
