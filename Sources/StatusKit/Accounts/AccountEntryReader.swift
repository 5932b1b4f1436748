import Foundation
import TOMLKit

/// Reads and checks one `[[account]]` table.
struct AccountEntryReader {
    let entry: TOMLTable
    let index: Int
    let path: String
    let fileMode: Int
    let environment: [String: String]

    /// Gateways with one public address; the others are per customer or self-hosted.
    static let defaultBaseURLs: [GatewayKind: String] = [
        .zapi: "https://api.z-api.io",
        .ryze: "https://ryzeapi.cloud",
        .greenAPI: "https://api.green-api.com",
    ]

    func read() -> Result<Account, ConfigError> {
        var problems: [String] = []
        let label = string("name").map { "account '\($0)'" } ?? "account #\(index + 1)"
        func problem(_ text: String) { problems.append("\(path): \(label): \(text)") }

        for key in entry.keys where !ConfigLoader.knownKeys.contains(key) {
            problem("unknown key '\(key)' (known: \(ConfigLoader.knownKeys.sorted().joined(separator: ", ")))")
        }
        let name = string("name") ?? ""
        if name.isEmpty { problem("name: missing; every account needs a name to choose it by") }
        let providerText = string("provider") ?? ""
        let gateway = GatewayKind(rawValue: providerText.lowercased())
        if gateway == nil {
            let known = GatewayKind.allCases.map(\.rawValue).joined(separator: ", ")
            problem("provider: \(providerText.isEmpty ? "missing" : "'\(providerText)'"); use one of \(known)")
        }
        let instance = string("instance") ?? ""
        if instance.isEmpty { problem("instance: missing; the gateway's instance id or name") }

        var baseURL: URL?
        let baseText = string("base_url") ?? gateway.flatMap { Self.defaultBaseURLs[$0] } ?? ""
        if baseText.isEmpty {
            problem("base_url: missing; \(gateway?.displayName ?? "this gateway") has no default address")
        } else {
            baseURL = checkedURL(baseText, key: "base_url", problem: problem)
        }
        var mediaURL: URL?
        if let mediaText = string("media_url") {
            mediaURL = checkedURL(mediaText, key: "media_url", problem: problem)
        } else if gateway == .greenAPI, string("base_url") == nil {
            mediaURL = URL(string: "https://media.green-api.com")
        } else if gateway == .sandbox {
            mediaURL = baseURL
        }

        let token = secret(literal: "token", env: "token_env", file: "token_file", required: true, problem: problem)
        let clientToken = secret(literal: "client_token", env: "client_token_env", file: "client_token_file", required: false, problem: problem)
        if clientToken != nil, gateway != .zapi, gateway != nil {
            problem("client_token: only Z-API uses a Client-Token; remove it")
        }
        var minimumGap = Duration.zero
        if let gap = entry["min_gap"] {
            if let seconds = gap.double ?? gap.int.map(Double.init), seconds >= 0, seconds <= 3600 {
                minimumGap = .milliseconds(Int(seconds * 1000))
            } else {
                problem("min_gap: give the least seconds between two posts to this account, 0 to 3600 (e.g. min_gap = 2.5)")
            }
        }
        var includeSelf = true
        if let value = entry["include_self"] {
            if let flag = value.bool { includeSelf = flag } else { problem("include_self: give true or false (add the account's own number to an explicit audience)") }
        }

        let slots = ScheduleSettings.readSlots(entry, problem: problem)
        guard problems.isEmpty, let gateway, let baseURL, let token else { return .failure(ConfigError(problems)) }
        var account = Account(
            name: name, gateway: gateway, baseURL: baseURL, instance: instance, token: token,
            clientToken: clientToken, mediaURL: mediaURL
        )
        account.minimumGap = minimumGap
        account.includeSelf = includeSelf

        account.slots = slots
        return .success(account)
    }

    private func string(_ key: String) -> String? {
        entry[key]?.string.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    private func checkedURL(_ text: String, key: String, problem: (String) -> Void) -> URL? {
        switch GatewayURLRule.check(text, key: key) {
        case .success(let url): return url
        case .failure(let error):
            error.problems.forEach(problem)
            return nil
        }
    }

    /// A secret from exactly one of: a literal (only in a file nobody else can read), an
    /// environment variable, or a file of its own.
    private func secret(literal: String, env: String, file: String?, required: Bool, problem: (String) -> Void) -> Secret? {
        let keys = [literal, env, file].compactMap { $0 }.filter { entry.contains(key: $0) }
        if keys.count > 1 {
            problem("\(keys.joined(separator: " and ")): give only one of them")
            return nil
        }
        guard let key = keys.first else {
            if required { problem("\(literal): missing; set \(env)\(file.map { " or \($0)" } ?? "") (or \(literal) in a file only you can read)") }
            return nil
        }
        let value = string(key) ?? ""
        if key == literal {
            if fileMode & 0o077 != 0 {
                problem("\(literal): a token written in a file that other users can read (mode \(String(fileMode & 0o777, radix: 8))); run: chmod 600 \(path) — or use \(env)")
                return nil
            }
            return value.isEmpty ? emptyProblem(key, problem) : checked(value, key: key, problem: problem)
        }
        if key == env {
            guard let fromEnv = environment[value]?.trimmingCharacters(in: .whitespacesAndNewlines), !fromEnv.isEmpty else {
                problem("\(env): the environment variable \(value.isEmpty ? "(no name given)" : value) is not set or empty")
                return nil
            }
            return checked(fromEnv, key: env, problem: problem)
        }
        let filePath = ConfigLocation.expand(value)
        let data: Data
        switch BoundedFile.read(filePath, limit: Self.tokenFileLimit) {
        case .success(let bytes): data = bytes
        case .failure(let failure):
            problem("\(key): cannot read \(filePath): \(failure)")
            return nil
        }
        if ConfigLoader.filePermissions(filePath) & 0o077 != 0 {
            problem("\(key): \(filePath) can be read by other users; run: chmod 600 \(filePath)")
            return nil
        }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? emptyProblem(key, problem) : checked(text, key: key, problem: problem)
    }

    /// A token file holds one token, not a document.
    static let tokenFileLimit = 64 * 1024

    private func checked(_ token: String, key: String, problem: (String) -> Void) -> Secret? {
        if let text = TokenRule.problem(token, key: key) {
            problem(text)
            return nil
        }
        return Secret(token)
    }

    private func emptyProblem(_ key: String, _ problem: (String) -> Void) -> Secret? {
        problem("\(key): empty")
        return nil
    }
}
