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
        let client = GatewayHTTPClient()
        let health = await HealthChecker(client: client).check(account)
        await client.shutdown()
        let masker = SecretMasker(accounts: [account])
        return Verdict(
            connected: health.isConnected, state: health.state.rawValue, detail: masker.mask(health.detail),
            fix: health.state.advice.map { "\($0); check again with: status-composer accounts check --account \(account.name)" }
        )
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
