import Foundation

/// The rule for a gateway's address (`base_url`, `media_url`): http(s) with a host, and plain
/// http only on this machine, since the token travels with every request.
public enum GatewayURLRule {
    /// The public address of a gateway that has one (Z-API, Green API, RyzeAPI).
    public static func defaultBaseURL(for gateway: GatewayKind) -> String? {
        AccountEntryReader.defaultBaseURLs[gateway]
    }

    /// The address, or the problem in words naming `key` and the value.
    public static func check(_ text: String, key: String) -> Result<URL, ConfigError> {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty,
              scheme == "https" || scheme == "http" else {
            return .failure(ConfigError("\(key): '\(text)' is not an http(s) address"))
        }
        if scheme == "http", !Account.isLoopbackHost(host) {
            return .failure(ConfigError("\(key): '\(text)' uses plain http to another machine, which would send the token unencrypted; use https (plain http is allowed only for 127.0.0.1 and localhost)"))
        }
        return .success(url)
    }
}
