import ArgumentParser
import Foundation

/// Exit codes scripts rely on: 0 every account succeeded, 1 a gateway refused or failed or an
/// outcome is unknown (the answer was lost), 2 invalid input or config (then nothing was sent).
enum Exit {
    static let gatewayFailed = ExitCode(1)
    static let invalidInput = ExitCode(2)
}

@main
struct StatusComposer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status-composer",
        abstract: "Compose WhatsApp statuses and post them through Z-API, Green API, RyzeAPI and Evolution API.",
        discussion: """
        With no config file, the built-in sandbox accounts (sandbox, sandbox-zapi, sandbox-green, \
        sandbox-ryze, sandbox-evolution) are served on 127.0.0.1 and nothing is published.
        Exit codes: 0 all accounts posted, 1 a gateway refused or failed, 2 invalid input or config.
        """,
        version: "status-composer \(version) (commit \(BuildInfo.commit))",
        subcommands: [ComposeCommand.self, PostCommand.self, SendImageCommand.self, ScheduleCommand.self, CampaignCommand.self, RunCommand.self, HistoryCommand.self, ViewsCommand.self, DeleteCommand.self, AccountsCommand.self, DoctorCommand.self, SandboxCommand.self],
        defaultSubcommand: ComposeCommand.self
    )

    /// The release number; the commit comes from git at build time (BuildInfoPlugin).
    static let version = "0.1.0"

    /// ArgumentParser exits 64 on a usage error; scripts are promised 2 for every invalid input.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let message = fullMessage(for: error)
            if exitCode(for: error) == .success {
                print(message)
                Foundation.exit(0)
            }
            Console.error(message)
            Foundation.exit(Exit.invalidInput.rawValue)
        }
    }
}
