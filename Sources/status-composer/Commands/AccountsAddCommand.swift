import ArgumentParser
import Foundation
import StatusKit

/// `accounts add`: asks for (or takes from flags) a new account, stores its token in a private
/// file, appends the `[[account]]` block to the config and checks the connection.
struct AccountsAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add an account: asks for the gateway, name, instance and token, and writes the config.",
        discussion: """
        In a terminal every answer missing from the flags is asked for; the token and client token \
        are read without echo, never from arguments. The token is saved in \
        $XDG_CONFIG_HOME/status-composer/tokens/NAME (mode 600) and the account's token_file points \
        at it; the rest of the config is kept as it was. For scripts give every answer: \
        --provider --name --instance [--base-url] --token-stdin, with the token on the first line of \
        standard input and, for Z-API, the client token (when the account has one) on the second.
        Exit codes: 0 added (and connected), 1 added but not connected, 2 invalid input (nothing written).
        """
    )

    @OptionGroup var configOptions: ConfigOptions

    @Option(help: ArgumentHelp("The gateway: zapi, green-api, ryze, evolution or sandbox.", valueName: "provider"))
    var provider: String?

    @Option(help: ArgumentHelp("What --account will take: letters, digits, - and _.", valueName: "name"))
    var name: String?

    @Option(help: ArgumentHelp("The gateway's instance id (Z-API), idInstance (Green API) or instance name.", valueName: "id"))
    var instance: String?

    @Option(help: ArgumentHelp("The gateway's address: needed for Evolution API and the sandbox; Green API's apiUrl.", valueName: "url"))
    var baseURL: String?

    @Flag(help: "Read the token from the first line of standard input (the Z-API client token, if any, from the second).")
    var tokenStdin = false

    @Flag(help: "Save the account without asking its gateway whether it is connected (e.g. while offline).")
    var noCheck = false

    func run() async throws {
        let location = ConfigLocation.resolve(explicit: configOptions.config)
        let editor = ConfigFileEditor(path: location.path)
        let text: String
        let names: [String]
        do {
            (text, names) = try editor.current()
        } catch {
            refuse(["the config cannot be read, so nothing was added; fix it first:"] + error.problems)
        }
        let interactive = TerminalPrompt.isInteractive && !tokenStdin
        if interactive { Console.out("Adding an account to \(location.path) (Ctrl-C leaves it as it was).") }
        let answers = AccountAnswers(interactive: interactive, existingNames: names)
        guard let gateway = answers.gateway(provider), let name = answers.name(name),
              let instance = answers.instance(instance, gateway: gateway), let base = answers.baseURL(baseURL, gateway: gateway),
              let tokens = answers.tokens(fromStdin: tokenStdin, gateway: gateway) else {
            refuse(answers.problems)
        }
        let (token, clientToken) = tokens

        let store = TokenStore.resolve()
        let entry = NewAccountEntry(
            name: name, gateway: gateway, instance: instance, baseURL: base.isEmpty ? nil : base,
            tokenFile: store.path(for: name), clientTokenFile: clientToken.map { _ in store.path(for: name, client: true) }
        )
        do {
            try AccountWriter(editor: editor, text: text).write(entry, token: token, clientToken: clientToken, store: store)
        } catch {
            refuse(error.problems)
        }
        Console.out("Added '\(name)' (\(gateway.displayName)) to \(location.path); its token is in \(entry.tokenFile) (mode 600).")
        if names.isEmpty { Console.out("Open the composer with it: status-composer --account \(name)") }
        if noCheck {
            Console.out("The connection was not checked (--no-check); check it with: status-composer accounts check --account \(name)")
            return
        }
        let connected = await AccountConnection.report(entry, configPath: location.path)
        if !connected { throw Exit.gatewayFailed }
    }

    private func refuse(_ problems: [String]) -> Never {
        Console.error("No account was added:")
        for problem in problems { Console.error("  " + problem) }
        Foundation.exit(Exit.invalidInput.rawValue)
    }
}
