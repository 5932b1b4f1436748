import Foundation

/// One gateway account from the config (or the built-in sandbox accounts).
public struct Account: Sendable, CustomStringConvertible {
    public var name: String
    public var gateway: GatewayKind
    /// The gateway's API root, e.g. `https://api.z-api.io` or Green API's `apiUrl`.
    public var baseURL: URL
    /// Z-API instance id, Green API idInstance, RyzeAPI / Evolution instance name.
    public var instance: String
    public var token: Secret
    /// Z-API's account-wide security token, sent as `Client-Token`.
    public var clientToken: Secret?
    /// Green API's media host for `uploadFile`.
    public var mediaURL: URL?
    /// Served by the sandbox built into this program: nothing is published.
    public var isBuiltInSandbox: Bool
    /// The least time between two posts to this account (`min_gap` in the config).
    public var minimumGap: Duration = .zero
    /// With an explicit audience, add the account's own number so the sender sees the status
    /// (`include_self` in the config; Evolution API, whose audience leaves the sender out).
    public var includeSelf = true

    /// Its own posting slots (`slots` in its `[[account]]`); empty: the config's top-level ones.
    public var slots: [SlotTime] = []

    public init(
        name: String, gateway: GatewayKind, baseURL: URL, instance: String, token: Secret,
        clientToken: Secret? = nil, mediaURL: URL? = nil, isBuiltInSandbox: Bool = false
    ) {
        self.name = name
        self.gateway = gateway
        self.baseURL = baseURL
        self.instance = instance
        self.token = token
        self.clientToken = clientToken
        self.mediaURL = mediaURL
        self.isBuiltInSandbox = isBuiltInSandbox
    }

    /// Every secret this account holds, for masking anything shown to the user.
    public var secrets: [String] {
        [token.exposedValue, clientToken?.exposedValue].compactMap { $0 }.filter { !$0.isEmpty }
    }

    /// True when the base URL is on this machine (the sandbox, a tunnel): then plain http is fine.
    public var isLoopback: Bool { Self.isLoopbackHost(baseURL.host) }

    public var description: String { "\(name) (\(gateway.displayName))" }

    /// The account by what it reaches, not by name: two names for one instance share it. Keys
    /// what is kept or paced per instance (connection states, own numbers, sends, view reads).
    public var instanceKey: String {
        "\(gateway.rawValue) \(baseURL.absoluteString) \(instance) \(StableHash.hex(of: token.exposedValue))"
    }

    static func isLoopbackHost(_ host: String?) -> Bool {
        guard let host = host?.lowercased() else { return false }
        return host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }
}
