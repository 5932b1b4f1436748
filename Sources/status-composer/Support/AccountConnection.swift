import Foundation
import StatusKit

/// The connection check that `accounts add` runs on the new account and `doctor` on each one.
/// The gateways' health calls (`accounts check`) are the one place that asks; this reads the
/// config as the program will and words the answer with what to do.
enum AccountConnection {
    struct Verdict {
        let connected: Bool
        /// The state in a word or two (connected, phone offline, not authorised, …).
        let state: String
        let detail: String
        /// What to do when not connected.
        let fix: String?
    }

    /// Asks the gateway (`accounts check`'s health call, always afresh).
    static func check(_ account: Account) async -> Verdict {
        await check([account])[0]
    }

    /// Asks every account's gateway at once, through one client; verdicts in their order.
    static func check(_ accounts: [Account]) async -> [Verdict] {
        let client = GatewayHTTPClient()
        let answers = await HealthCache(checker: HealthChecker(client: client)).health(of: accounts)
        await client.shutdown()
        return zip(accounts, answers).map { account, health in
            Verdict(
                connected: health.isConnected, state: health.state.rawValue, detail: SecretMasker(accounts: [account]).mask(health.detail),
                fix: health.state.advice.map { "\($0); check again with: status-composer accounts check --account \(account.name)" }
            )
        }
    }

    /// After `accounts add`: reads the new account's block as the program will and reports its
    /// connection; false when it is not connected. (The block alone: another account's problem,
    /// an unset variable, is not this one's.)
    static func report(_ entry: NewAccountEntry, configPath: String) async -> Bool {
        let name = entry.name
        guard let account = try? ConfigLoader.load(text: entry.tomlBlock, origin: configPath).first else { return true }
        let verdict = await check(account)
        if verdict.connected {
            Console.out("✓ \(name): connected\(verdict.detail.isEmpty ? "" : " — \(verdict.detail)")")
            return true
        }
        Console.out("✗ \(name): \(verdict.state)\(verdict.detail.isEmpty ? "" : " — \(verdict.detail)")")
        if let fix = verdict.fix { Console.out("  " + fix) }
        Console.out("The account is saved; check again with: status-composer accounts check --account \(name)")
        return false
    }
}
