import ComposerCore
import Foundation
import StatusKit

/// The composer's add-account form, checked by the rules of `accounts add` (each problem under
/// its field) and written as it writes (`AccountWriter`: token files of mode 600, the entry
/// appended to the config with every other line kept). Runs off the keystroke path.
struct AccountFormSaver: Sendable {
    /// `--config` as given, or nil for the usual place.
    let explicitConfig: String?
    let environment: [String: String]

    func save(_ form: AccountFormEntry) -> Result<String, AccountFormProblems> {
        let location = ConfigLocation.resolve(explicit: explicitConfig, environment: environment)
        let editor = ConfigFileEditor(path: location.path)
        let text: String
        let names: [String]
        do {
            (text, names) = try editor.current()
        } catch {
            return .failure(AccountFormProblems(byField: [:], other: "The config \(location.path) cannot be read, so nothing was added: " + error.problems.joined(separator: "; ")))
        }
        var problems: [AccountForm.Field: String] = [:]
        if let problem = NewAccountEntry.nameProblem(form.name) {
            problems[.name] = problem
        } else if names.contains(form.name) {
            problems[.name] = "name: '\(form.name)' is already an account of the config; choose another, e.g. \(form.name)-2"
        }
        problems[.instance] = NewAccountEntry.instanceProblem(form.instance, gateway: form.gateway)
        problems[.baseURL] = NewAccountEntry.baseURLProblem(form.baseURL, gateway: form.gateway)
        problems[.token] = TokenRule.problem(form.token.exposedValue, key: "token")
        if let client = form.clientToken { problems[.clientToken] = TokenRule.problem(client.exposedValue, key: "client token") }
        guard problems.isEmpty else { return .failure(AccountFormProblems(byField: problems)) }

        let store = TokenStore.resolve(environment: environment)
        let entry = NewAccountEntry(
            name: form.name, gateway: form.gateway, instance: form.instance, baseURL: form.baseURL.isEmpty ? nil : form.baseURL,
            tokenFile: store.path(for: form.name), clientTokenFile: form.clientToken.map { _ in store.path(for: form.name, client: true) })
        do {
            try AccountWriter(editor: editor, text: text)
                .write(entry, token: form.token, clientToken: form.clientToken, store: store)
        } catch {
            return .failure(AccountFormProblems(byField: [:], other: "Nothing was added: " + error.problems.joined(separator: "; ")))
        }
        return .success(form.name)
    }
}
