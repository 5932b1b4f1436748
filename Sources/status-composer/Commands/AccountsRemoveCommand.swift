import ArgumentParser
import Foundation
import StatusKit

/// `accounts remove NAME`: takes the account's `[[account]]` block out of the config (every
/// other line stays as it was) and deletes its token files when `accounts add` made them.
struct AccountsRemoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove an account from the config, and its token file, after a confirmation.",
        discussion: "Only token files in $XDG_CONFIG_HOME/status-composer/tokens (made by accounts add) are deleted; a token file elsewhere is left where it is."
    )

    @OptionGroup var configOptions: ConfigOptions

    @Argument(help: ArgumentHelp("The account's name.", valueName: "name"))
    var name: String

    @Flag(help: "Do not ask for confirmation (for scripts).")
    var yes = false

    func run() async throws {
        let location = ConfigLocation.resolve(explicit: configOptions.config)
        let editor = ConfigFileEditor(path: location.path)
        let block: ConfigFileEditor.Block
        let text: String
        let names: [String]
        do {
            (text, names) = try editor.current()
            guard names.contains(name), let found = try editor.block(named: name, in: text) else {
                let known = names.isEmpty ? "it has no accounts" : "its accounts: \(names.joined(separator: ", "))"
                refuse("name: '\(name)' is not an account in \(location.path) (\(known))")
            }
            block = found
        } catch {
            refuse(error.problems.joined(separator: "\n  "))
        }
        let store = TokenStore.resolve()
        let tokenFiles = ["token_file", "client_token_file"].compactMap { block.table[$0]?.string }.map(ConfigLocation.expand)
        let ours = tokenFiles.filter(store.holds)
        if !yes {
            guard TerminalPrompt.isInteractive else { refuse("confirmation: not a terminal to ask in; give --yes to remove '\(name)'") }
            let files = ours.isEmpty ? "" : " and delete \(ours.joined(separator: ", "))"
            guard TerminalPrompt.confirm("Remove account '\(name)' from \(location.path)\(files)?") else {
                Console.out("Nothing was changed.")
                return
            }
        }
        let newText = ConfigFileEditor.removing(block, from: text)
        do {
            guard try editor.accountNames(in: newText) == names.filter({ $0 != name }) else {
                refuse("\(location.path): the block of '\(name)' could not be told apart from the rest of the file; remove it by hand")
            }
            try editor.replace(text, with: newText, allowingNoAccounts: true)
        } catch {
            refuse(error.problems.joined(separator: "\n  "))
        }
        for path in ours { unlink(path) }
        Console.out("Removed '\(name)' from \(location.path)\(ours.isEmpty ? "" : "; deleted \(ours.joined(separator: ", "))").")
        for path in tokenFiles where !ours.contains(path) {
            Console.out("Its token file \(path) was not made by accounts add and is left where it is.")
        }
        if try editor.accountNames(in: newText).isEmpty {
            Console.out("No accounts are left: add one with status-composer accounts add.")
        }
    }

    private func refuse(_ problem: String) -> Never {
        Console.error("Nothing was removed: \(problem)")
        Foundation.exit(Exit.invalidInput.rawValue)
    }
}
