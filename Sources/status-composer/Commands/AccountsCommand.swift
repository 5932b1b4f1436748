import ArgumentParser
import StatusKit

struct AccountsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accounts",
        abstract: "List the accounts and what each gateway can post (kinds, fonts, audience, limits).",
        subcommands: [AccountsCheckCommand.self, AccountsAddCommand.self, AccountsRemoveCommand.self]
    )

    @OptionGroup var configOptions: ConfigOptions

    func run() async throws {
        let (session, _) = try await AccountSession.openForCommand(configOptions)
        if session.usesBuiltInSandbox {
            Console.out("No config file at \(session.location.path): these built-in sandbox accounts publish nothing.")
        } else {
            Console.out("Accounts in \(session.location.path):")
        }
        for account in session.accounts {
            Console.out("")
            Console.out("\(account.name) — \(account.gateway.displayName), instance \(account.instance), \(account.baseURL.host ?? "")")
            for line in Self.describe(account.gateway.capabilities) { Console.out("  " + line) }
        }
        await session.close()
    }

    static func describe(_ caps: GatewayCapabilities) -> [String] {
        let kinds = StatusKind.allCases.filter(caps.kinds.contains).map(\.rawValue).joined(separator: ", ")
        let fonts = caps.fonts.isEmpty ? "none (fonts are not supported)" : caps.fonts.map { "\($0.font.rawValue) (\($0.wireName))" }.joined(separator: ", ")
        var lines = ["kinds: \(kinds)", "fonts: \(fonts)"]
        lines.append("background colour: " + (caps.colorKinds.isEmpty ? "not supported" : StatusKind.allCases.filter(caps.colorKinds.contains).map(\.rawValue).joined(separator: ", ")))
        lines.append("audience: " + (caps.audience ? "a list of numbers, or all contacts" : "not supported (the phone's privacy settings decide)"))
        var limits: [String] = []
        if let text = caps.textLimit { limits.append("text \(text) characters") }
        if let caption = caps.captionLimit { limits.append("caption \(caption) characters") }
        if let video = caps.maxVideoBytes { limits.append("video \(video / 1024 / 1024) MB") }
        if !limits.isEmpty { lines.append("limits: " + limits.joined(separator: ", ")) }
        return lines
    }
}
