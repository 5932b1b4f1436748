import Foundation

/// The folder `accounts add` keeps tokens in: `$XDG_CONFIG_HOME/status-composer/tokens`, mode
/// 700, one file per account (`NAME`, and `NAME.client` for a Z-API client token), mode 600.
public struct TokenStore: Sendable {
    public let folder: String

    public init(folder: String) { self.folder = folder }

    public static func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) -> TokenStore {
        TokenStore(folder: ConfigLocation.configFolder(environment: environment) + "/tokens")
    }

    public func path(for name: String, client: Bool = false) -> String {
        folder + "/" + name + (client ? ".client" : "")
    }

    /// Whether `path` is one of this folder's files (only those are removed with their account).
    public func holds(_ path: String) -> Bool {
        (ConfigLocation.expand(path) as NSString).deletingLastPathComponent == folder
    }

    /// Writes the token (and a newline) into a new file of mode 600, renamed into place.
    public func write(_ token: Secret, to path: String) throws(ConfigError) {
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw ConfigError("\(folder): cannot create the tokens folder: \(error.localizedDescription)")
            }
        }
        // The folder is this program's own: keep it private even if it was made otherwise.
        chmod(folder, 0o700)
        try PrivateFile.replace(path, with: token.exposedValue + "\n", mode: 0o600)
    }
}
