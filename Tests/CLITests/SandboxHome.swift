import Foundation
import GatewaySandbox

/// One account of a test: the sandbox accepts its token, the config names it, and the token
/// reaches the program through the environment variable `tokenEnv`.
struct TestAccount {
    let name: String
    let provider: SandboxProvider
    let instance: String
    let tokenEnv: String
    let token: String
    /// More config lines for this account, e.g. `min_gap = 4`; `{sandbox}` stands for the
    /// sandbox's base URL.
    var extra: [String] = []
}

/// A sandbox on 127.0.0.1 and a temporary home whose config lists the accounts against it.
struct SandboxHome {
    let server: GatewaySandboxServer
    let home: TempHome
    let accounts: [TestAccount]

    static func start(_ accounts: [TestAccount]) async throws -> SandboxHome {
        let server = try await GatewaySandboxServer.start(credentials: accounts.map {
            SandboxCredential(provider: $0.provider, instance: $0.instance, token: $0.token)
        })
        let setup = SandboxHome(server: server, home: try TempHome(), accounts: accounts)
        try setup.writeConfig()
        return setup
    }

    var tokens: [String: String] {
        Dictionary(accounts.map { ($0.tokenEnv, $0.token) }) { first, _ in first }
    }

    /// Writes the config: `topLevel` settings first, then one `[[account]]` per account, with
    /// the lines of `more` for the account of that name.
    func writeConfig(topLevel: String = "", more: [String: [String]] = [:]) throws {
        let blocks = accounts.map { account in
            ([
                "[[account]]", "name = \"\(account.name)\"", "provider = \"\(account.provider.rawValue)\"",
                "base_url = \"\(server.baseURL)\"", "instance = \"\(account.instance)\"", "token_env = \"\(account.tokenEnv)\"",
            ] + (account.extra + (more[account.name] ?? [])).map { $0.replacingOccurrences(of: "{sandbox}", with: "\(server.baseURL)") })
                .joined(separator: "\n")
        }
        try home.writeConfig(([topLevel].filter { !$0.isEmpty } + blocks).joined(separator: "\n\n") + "\n")
    }

    /// The environment for a command: the tokens, no inherited config, plus `extra`.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        CLIRunner.environment(tokens.merging(extra) { $1 }, home: home.path)
    }

    /// The environment for the composer in tmux: as `environment`, with colour (the test runner
    /// may export NO_COLOR; an empty value means colour unless `extra` asks) and tmux on PATH.
    func terminalEnvironment(_ extra: [String: String] = [:]) -> [String: String] {
        var env = environment(["NO_COLOR": ""].merging(extra) { $1 })
        env["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return env
    }

    func stop() async {
        await server.shutdown()
        home.remove()
    }
}
