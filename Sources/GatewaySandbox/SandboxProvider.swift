/// The gateway families the sandbox can impersonate. The raw value is the name used by the
/// control API (`POST /_sandbox/credentials`) and by the CLI.
public enum SandboxProvider: String, Sendable, CaseIterable {
    case zapi
    case greenAPI = "green-api"
    case ryze
    case evolution
    /// The product's own demo gateway, which supports every status feature.
    case sandbox
}
