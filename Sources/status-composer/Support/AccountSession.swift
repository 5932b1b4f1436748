import Foundation
import GatewaySandbox
import StatusKit

/// The accounts a command works with: those of the config file, or — when there is none — the
/// built-in sandbox accounts, served by a sandbox started in this process on 127.0.0.1.
final class AccountSession {
    let accounts: [Account]
    /// The composer's settings from the config (none for the built-in sandbox).
    let settings: ComposerSettings
    /// The zone and slots of scheduled posts (none set for the built-in sandbox).
    let schedule: ScheduleSettings
    let location: ConfigLocation
    let sandbox: GatewaySandboxServer?

    private init(
        accounts: [Account], settings: ComposerSettings = ComposerSettings(), schedule: ScheduleSettings = ScheduleSettings(),
        location: ConfigLocation, sandbox: GatewaySandboxServer?
    ) {
        self.accounts = accounts
        self.settings = settings
        self.schedule = schedule
        self.location = location
        self.sandbox = sandbox
    }

    /// The config as every command reads it: where it is and, when a file is there, what it
    /// holds (nil: the built-in sandbox accounts are used). A named file that is missing is an error.
    static func readConfig(
        _ options: ConfigOptions, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ConfigError) -> (location: ConfigLocation, loaded: ConfigLoader.Loaded?) {
        let location = ConfigLocation.resolve(explicit: options.config, environment: environment)
        if location.exists { return (location, try ConfigLoader.loadWithSettings(path: location.path, environment: environment)) }
        if location.isExplicit {
            throw ConfigError("\(location.path): no such config file (from \(location.origin))")
        }
        return (location, nil)
    }

    static func open(_ options: ConfigOptions) async throws -> AccountSession {
        let (location, loaded) = try readConfig(options)
        if let config = loaded {
            return AccountSession(accounts: config.accounts, settings: config.settings, schedule: config.schedule, location: location, sandbox: nil)
        }
        let server = try await GatewaySandboxServer.start(credentials: [])
        let accounts = BuiltInSandbox.accounts(baseURL: URL(string: server.baseURL)!)
        for account in accounts {
            server.register(SandboxCredential(
                provider: SandboxProvider(rawValue: account.gateway.rawValue)!, instance: account.instance,
                token: account.token.exposedValue
            ))
        }
        return AccountSession(accounts: accounts, location: location, sandbox: server)
    }

    /// Opens the accounts for a command and picks the named ones. A config problem or an
    /// unknown name is printed and ends the command with exit 2: nothing was sent.
    static func openForCommand(_ options: ConfigOptions, selecting names: [String] = []) async throws -> (AccountSession, [Account]) {
        let session: AccountSession
        do {
            session = try await open(options)
        } catch let error as ConfigError {
            IssueReport.printProblems(error)
            throw Exit.invalidInput
        }
        do {
            return (session, try session.select(names))
        } catch {
            IssueReport.printProblems(error)
            await session.close()
            throw Exit.invalidInput
        }
    }

    var usesBuiltInSandbox: Bool { sandbox != nil }

    var masker: SecretMasker { SecretMasker(accounts: accounts) }

    /// The named accounts, in the order given, once each.
    func select(_ names: [String]) throws(ConfigError) -> [Account] {
        var chosen: [Account] = []
        var problems: [String] = []
        for name in names {
            guard let account = accounts.first(where: { $0.name == name }) else {
                let known = accounts.map(\.name).joined(separator: ", ")
                let source = usesBuiltInSandbox ? "the built-in sandbox accounts (no config file at \(location.path))" : location.path
                problems.append("--account: '\(name)' is not one of \(source); accounts: \(known)")
                continue
            }
            if !chosen.contains(where: { $0.name == name }) { chosen.append(account) }
        }
        guard problems.isEmpty else { throw ConfigError(problems) }
        return chosen
    }

    /// Said before posting to the built-in sandbox, so nobody believes a status went out.
    var sandboxBanner: String? {
        guard let sandbox else { return nil }
        return "SANDBOX: posting to the built-in sandbox gateway on 127.0.0.1:\(sandbox.port) — nothing is published. Add accounts in \(location.path) to post for real."
    }

    func close() async {
        await sandbox?.shutdown()
    }
}
