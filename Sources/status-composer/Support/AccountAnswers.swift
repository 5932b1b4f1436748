import Foundation
import StatusKit

/// The answers of `accounts add`: each from its flag, checked, or — in a terminal — asked for
/// until it is right. Without a terminal a missing or wrong answer is a problem (exit 2).
final class AccountAnswers {
    let interactive: Bool
    let existingNames: [String]
    private(set) var problems: [String] = []

    init(interactive: Bool, existingNames: [String]) {
        self.interactive = interactive
        self.existingNames = existingNames
    }

    static let choices = GatewayKind.allCases

    func gateway(_ flag: String?) -> GatewayKind? {
        let known = Self.choices.map(\.rawValue).joined(separator: ", ")
        if let flag {
            if let gateway = GatewayKind(rawValue: flag.lowercased()) { return gateway }
            return fail("provider: '\(flag)' is not a gateway; use one of \(known)")
        }
        guard interactive else { return fail("provider: missing; give --provider (\(known)), or run in a terminal to be asked") }
        Console.out("Gateway:")
        for (number, gateway) in Self.choices.enumerated() {
            Console.out("  \(number + 1)) \(gateway.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)) \(gateway.displayName)")
        }
        let answer = TerminalPrompt.ask("Choose 1–\(Self.choices.count) (or type the name): ") { text in
            Self.choice(text) == nil ? "'\(text)' is none of them; type a number from 1 to \(Self.choices.count)" : nil
        }
        return answer.flatMap(Self.choice) ?? fail("provider: no answer")
    }

    private static func choice(_ text: String) -> GatewayKind? {
        if let number = Int(text), choices.indices.contains(number - 1) { return choices[number - 1] }
        return GatewayKind(rawValue: text.lowercased())
    }

    func name(_ flag: String?) -> String? {
        let check: (String) -> String? = { [existingNames] name in
            if let problem = NewAccountEntry.nameProblem(name) { return problem }
            if existingNames.contains(name) { return "name: '\(name)' is already an account in the config; choose another name, or remove it first with: status-composer accounts remove \(name)" }
            return nil
        }
        return answer(flag, flagName: "name", question: "Name (what --account will take, e.g. loja-centro): ", check: check)
    }

    func instance(_ flag: String?, gateway: GatewayKind) -> String? {
        answer(flag, flagName: "instance", question: "\(gateway.displayName) \(NewAccountEntry.instanceWord(gateway)): ") {
            NewAccountEntry.instanceProblem($0, gateway: gateway)
        }
    }

    /// The address ("" for the gateway's default). Asked only where the gateway has no default
    /// or, for Green API, where each instance has its own (apiUrl).
    func baseURL(_ flag: String?, gateway: GatewayKind) -> String? {
        let check = { (text: String) in NewAccountEntry.baseURLProblem(text, gateway: gateway) }
        if let flag {
            if let problem = check(flag) { return fail(problem) }
            return flag
        }
        let fallback = GatewayURLRule.defaultBaseURL(for: gateway)
        guard interactive, gateway == .greenAPI || NewAccountEntry.needsBaseURL(gateway) else {
            return fallback != nil ? "" : fail("base-url: missing; \(gateway.displayName) has no public address: give --base-url")
        }
        let question = fallback.map { "Base URL (the instance's apiUrl; Enter for \($0)): " } ?? "Base URL (e.g. https://evo.example.com): "
        guard let text = TerminalPrompt.ask(question, check: check) else { return fail("base-url: no answer") }
        return text
    }

    /// The token, and the client token for Z-API when there is one.
    func tokens(fromStdin: Bool, gateway: GatewayKind) -> (Secret, Secret?)? {
        if fromStdin {
            let token = readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces) ?? ""
            let client = gateway == .zapi ? readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces) ?? "" : ""
            if let problem = TokenRule.problem(token, key: "token") { return fail(problem + " (read from standard input)") }
            if !client.isEmpty, let problem = TokenRule.problem(client, key: "client token") { return fail(problem + " (the second line of standard input)") }
            return (Secret(token), client.isEmpty ? nil : Secret(client))
        }
        guard interactive else { return fail("token: give --token-stdin and the token on standard input, or run in a terminal to be asked (never as an argument)") }
        guard let token = hidden("Token (not shown while typed): ", key: "token", optional: false) else { return fail("token: no answer") }
        var client: Secret?
        if gateway == .zapi {
            client = hidden("Client-Token, if the Z-API account has one (Enter if none; not shown): ", key: "client token", optional: true)
        }
        return (token, client)
    }

    private func hidden(_ question: String, key: String, optional: Bool) -> Secret? {
        while true {
            guard let text = TerminalPrompt.askHidden(question) else { return nil }
            if text.isEmpty, optional { return nil }
            guard let problem = TokenRule.problem(text, key: key) else { return Secret(text) }
            Console.out("  ✗ \(problem)")
        }
    }

    private func answer(_ flag: String?, flagName: String, question: String, check: @escaping (String) -> String?) -> String? {
        if let flag {
            if let problem = check(flag) { return fail(problem) }
            return flag
        }
        guard interactive else { return fail("\(flagName): missing; give --\(flagName), or run in a terminal to be asked") }
        return TerminalPrompt.ask(question, check: check) ?? fail("\(flagName): no answer")
    }

    private func fail<T>(_ problem: String) -> T? {
        problems.append(problem)
        return nil
    }
}
