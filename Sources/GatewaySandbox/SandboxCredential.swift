/// One instance the sandbox accepts, with the secrets each gateway checks.
///
/// - Z-API: `instance` and `token` travel in the path; `clientToken`, when set, must arrive in the
///   `Client-Token` header (the account security token).
/// - Green API: `instance` is the `idInstance`, `token` the `apiTokenInstance`.
/// - RyzeAPI: `instance` is the instance name, `token` the instance token (`token` header or Bearer).
/// - Evolution API: `instance` is the instance name, `token` the `apikey` header value.
/// - Sandbox: `instance` in the path, `token` as `Authorization: Bearer`.
public struct SandboxCredential: Sendable, Equatable {
    public var provider: SandboxProvider
    public var instance: String
    public var token: String
    public var clientToken: String?

    public init(provider: SandboxProvider, instance: String, token: String, clientToken: String? = nil) {
        self.provider = provider
        self.instance = instance
        self.token = token
        self.clientToken = clientToken
    }
}
