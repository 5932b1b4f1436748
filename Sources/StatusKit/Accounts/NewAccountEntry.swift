import Foundation

/// An account to add to the config (the answers of `accounts add`), checked field by field, and
/// written as an `[[account]]` block of TOML text to append to the file.
public struct NewAccountEntry: Sendable, Equatable {
    public var name: String
    public var gateway: GatewayKind
    public var instance: String
    /// nil: the gateway's public address.
    public var baseURL: String?
    public var tokenFile: String
    public var clientTokenFile: String?

    public init(name: String, gateway: GatewayKind, instance: String, baseURL: String?, tokenFile: String, clientTokenFile: String? = nil) {
        self.name = name
        self.gateway = gateway
        self.instance = instance
        self.baseURL = baseURL
        self.tokenFile = tokenFile
        self.clientTokenFile = clientTokenFile
    }

    /// A name is what `--account` takes and the token file's name, so it must be safe as both.
    public static func nameProblem(_ name: String) -> String? {
        let allowed = name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
        guard !name.isEmpty else { return "name: empty; give the account a short name to choose it by, e.g. shop" }
        guard allowed, name.count <= 64, let first = name.unicodeScalars.first, first != "-", first != "_" else {
            return "name: '\(name)' is not a name: use 1 to 64 letters (a–z, A–Z), digits, - and _, starting with a letter or digit, e.g. loja-centro"
        }
        return nil
    }

    public static func instanceProblem(_ instance: String, gateway: GatewayKind) -> String? {
        guard !instance.isEmpty else { return "instance: empty; give \(gateway.displayName)'s \(instanceWord(gateway))" }
        guard instance.unicodeScalars.allSatisfy(TokenRule.isOneWordCharacter) else {
            return "instance: '\(instance)' has a space or a character other than visible ASCII; \(gateway.displayName)'s \(instanceWord(gateway)) is one word"
        }
        return nil
    }

    /// What the gateway calls the instance, for prompts and messages.
    public static func instanceWord(_ gateway: GatewayKind) -> String {
        switch gateway {
        case .zapi: "instance id (from the Z-API panel)"
        case .greenAPI: "idInstance (from the Green API console)"
        case .ryze: "instance name"
        case .evolution: "instance name"
        case .sandbox: "instance name on the sandbox"
        }
    }

    /// Evolution API is self-hosted and the sandbox runs where it is started: no default address.
    public static func needsBaseURL(_ gateway: GatewayKind) -> Bool {
        GatewayURLRule.defaultBaseURL(for: gateway) == nil
    }

    /// The address as given, checked, or the problem; empty means the default where there is one.
    public static func baseURLProblem(_ text: String, gateway: GatewayKind) -> String? {
        if text.isEmpty {
            return needsBaseURL(gateway) ? "base-url: empty; \(gateway.displayName) has no public address: give your server's, e.g. https://evo.example.com" : nil
        }
        if case .failure(let error) = GatewayURLRule.check(text, key: "base-url") { return error.description }
        return nil
    }

    /// Green API's instance hosts (7103.api.greenapi.com) upload media to the twin host
    /// (7103.media.greenapi.com); without it local files could not be posted.
    var mediaURL: String? {
        guard gateway == .greenAPI, let baseURL, let url = URL(string: baseURL), let host = url.host,
              host.hasSuffix(".greenapi.com"), host.contains(".api.") else { return nil }
        return "https://" + host.replacingOccurrences(of: ".api.", with: ".media.")
    }

    /// The block to append, ending with a newline.
    public var tomlBlock: String {
        var lines = ["[[account]]", "name = \(Self.quoted(name))", "provider = \(Self.quoted(gateway.rawValue))"]
        if let baseURL, !baseURL.isEmpty { lines.append("base_url = \(Self.quoted(baseURL))") }
        if let mediaURL { lines.append("media_url = \(Self.quoted(mediaURL))") }
        lines.append("instance = \(Self.quoted(instance))")
        lines.append("token_file = \(Self.quoted(tokenFile))")
        if let clientTokenFile { lines.append("client_token_file = \(Self.quoted(clientTokenFile))") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A TOML basic string.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += String(format: "\\u%04X", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
