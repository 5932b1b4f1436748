import Foundation

/// Where the config comes from: `--config`, then `STATUS_COMPOSER_CONFIG`, then
/// `$XDG_CONFIG_HOME/status-composer/config.toml` (`~/.config/...` when unset).
public struct ConfigLocation: Sendable, Equatable {
    public let path: String
    /// Set by the user (`--config` or the environment): then a missing file is an error.
    public let isExplicit: Bool
    public let origin: String

    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> ConfigLocation {
        if let explicit, !explicit.isEmpty {
            return ConfigLocation(path: expand(explicit), isExplicit: true, origin: "--config")
        }
        if let fromEnv = environment["STATUS_COMPOSER_CONFIG"], !fromEnv.isEmpty {
            return ConfigLocation(path: expand(fromEnv), isExplicit: true, origin: "STATUS_COMPOSER_CONFIG")
        }
        return ConfigLocation(path: configFolder(environment: environment) + "/config.toml", isExplicit: false, origin: "default")
    }

    /// `$XDG_CONFIG_HOME/status-composer` (`~/.config/...` when unset): the config, tokens and
    /// themes of the user.
    public static func configFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.config")
        return base + "/status-composer"
    }

    public var exists: Bool { FileManager.default.fileExists(atPath: path) }

    public static func expand(_ path: String) -> String { PathText.expandingTilde(path) }
}
