import ArgumentParser
import Foundation
import StatusKit

/// `doctor`: looks at everything the program depends on and explains each problem with its fix.
struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the terminal, the config and tokens, each account's connection, the history, the runner and the time zone.",
        discussion: """
        Each problem is explained with its fix. Outside a terminal the terminal checks are skipped. \
        Exit codes: 0 nothing needs fixing, 1 something does. --json prints one object per check: \
        check, status (ok, note, problem, skipped), detail, fix.
        """
    )

    @OptionGroup var configOptions: ConfigOptions

    @Flag(help: "One JSON object per check, one per line.")
    var json = false

    @MainActor
    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let location = ConfigLocation.resolve(explicit: configOptions.config, environment: environment)
        var sections: [(String, [DoctorFinding])] = []
        sections.append(("Terminal", DoctorTerminal.findings(environment: environment)))
        let config = DoctorConfig.check(location, environment: environment)
        sections.append(("Config", config.findings))
        let unread = location.exists && config.findings.contains { $0.check == "config.file" && $0.status != .ok }
        sections.append(("Accounts", unread ? [.skipped("accounts", "not asked: the config is not read (see above)")] : await connections(config.accounts)))
        let state = DoctorState.stateFindings(environment: environment)
        sections.append(("State", state.findings))
        sections.append(("Schedules", [
            DoctorState.runnerFinding(environment: environment, scheduled: state.history.flatMap(DoctorState.scheduledCount)),
            DoctorState.timeZoneFinding(configured: config.table?["timezone"]?.string, environment: environment),
        ]))
        let findings = sections.flatMap { $0.1 }
        if json {
            for finding in findings { Console.out(finding.json) }
        } else {
            for (title, items) in sections where !items.isEmpty {
                Console.out(title)
                for item in items {
                    Console.out("  \(item.mark) \(item.detail)")
                    if item.status == .problem || item.status == .note, let fix = item.fix { Console.out("      fix: \(fix)") }
                }
            }
            let problems = findings.filter { $0.status == .problem }.count
            Console.out(problems == 0 ? "Nothing needs fixing." : "\(problems) problem\(problems == 1 ? "" : "s") to fix.")
        }
        if findings.contains(where: { $0.status == .problem }) { throw Exit.gatewayFailed }
    }

    /// Accounts are empty when no config file loads. They are asked at once, so a gateway
    /// that hangs costs its timeout once, not once an account; findings keep the config's order.
    private func connections(_ accounts: [Account]) async -> [DoctorFinding] {
        zip(accounts, await AccountConnection.check(accounts)).map { account, verdict in
            let check = "account.\(account.name)"
            let detail = "\(account.name) (\(account.gateway.displayName)): \(verdict.state)\(verdict.detail.isEmpty ? "" : " — \(verdict.detail)")"
            return verdict.connected ? .ok(check, detail) : .problem(check, detail, fix: verdict.fix ?? "see the gateway's panel")
        }
    }
}
