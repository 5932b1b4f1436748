import Foundation
import StatusKit
import TOMLKit

/// `doctor`'s config checks: the file parses and loads, its mode, and each token file is
/// readable and private (and the tokens folder too).
enum DoctorConfig {
    struct Result {
        var findings: [DoctorFinding] = []
        /// The accounts, when the config loads.
        var accounts: [Account] = []
        /// The file's top-level table, when it parses (for `timezone`).
        var table: TOMLTable?
    }

    static func check(_ location: ConfigLocation, environment: [String: String]) -> Result {
        var result = Result()
        guard location.exists else {
            if location.isExplicit {
                result.findings.append(.problem("config.file", "\(location.path): no such file (from \(location.origin))", fix: "give an existing file, or add an account with: status-composer accounts add --config \(location.path)"))
            } else {
                result.findings.append(.note("config.file", "no config at \(location.path): the built-in sandbox accounts are used and nothing is published", fix: "add your first account with: status-composer accounts add"))
            }
            return result
        }
        let table: TOMLTable
        do {
            table = try TOMLInput.read(file: location.path, kind: "config file")
            result.table = table
        } catch {
            result.findings.append(.problem("config.file", error.description, fix: "correct the file at the line and column given"))
            return result
        }
        let mode = FileStatus(path: location.path)?.permissions ?? 0o600
        let modeText = String(mode & 0o777, radix: 8)
        if mode & 0o022 != 0 {
            result.findings.append(.problem("config.mode", "\(location.path) can be changed by other users (mode \(modeText)): they could point your accounts elsewhere", fix: "chmod 600 \(location.path)"))
        } else {
            result.findings.append(.ok("config.mode", "\(location.path) mode \(modeText)"))
        }
        let tokens = tokenFiles(table, environment: environment)
        result.findings += tokens.findings
        do {
            result.accounts = try ConfigLoader.loadWithSettings(table: table, path: location.path, mode: mode, environment: environment).accounts
            result.findings.insert(.ok("config.file", "\(location.path): \(result.accounts.count) account\(result.accounts.count == 1 ? "" : "s") (\(result.accounts.map(\.name).joined(separator: ", ")))"), at: 0)
        } catch {
            // A token file's problem is its own finding below, with its fix: not said twice.
            let others = error.problems.filter { line in !tokens.refused.contains { line.contains($0) } }
            if others.isEmpty {
                result.findings.insert(.note("config.file", "\(location.path) is read once the token files below are fixed"), at: 0)
            } else {
                result.findings.insert(.problem("config.file", "\(location.path) has problems:\n" + others.map { "    " + $0 }.joined(separator: "\n"), fix: "each line above says what to change"), at: 0)
            }
        }
        return result
    }

    /// Each `token_file`/`client_token_file`, and the folder `accounts add` keeps them in;
    /// `refused` holds how the loader names each file found wrong (`account 'shop': token_file:`).
    private static func tokenFiles(_ table: TOMLTable?, environment: [String: String]) -> (findings: [DoctorFinding], refused: [String]) {
        var findings: [DoctorFinding] = []
        var refused: [String] = []
        let store = TokenStore.resolve(environment: environment)
        if let mode = FileStatus(path: store.folder)?.permissions, mode & 0o077 != 0 {
            findings.append(.problem("tokens.folder", "\(store.folder) can be opened by other users (mode \(String(mode & 0o777, radix: 8)))", fix: "chmod 700 \(store.folder)"))
        }
        let entries = table?["account"]?.array?.compactMap(\.table) ?? []
        for entry in entries {
            let name = entry["name"]?.string ?? "?"
            for key in ["token_file", "client_token_file"] {
                guard let value = entry[key]?.string else { continue }
                let path = ConfigLocation.expand(value)
                let check = "token.\(name)\(key == "token_file" ? "" : ".client")"
                guard let status = FileStatus(path: path) else {
                    refused.append("account '\(name)': \(key):")
                    findings.append(.problem(check, "account '\(name)': \(key) \(path) does not exist", fix: "put the token there (chmod 600), or add the account again: status-composer accounts remove \(name) && status-composer accounts add"))
                    continue
                }
                if access(path, R_OK) != 0 || status.permissions & 0o077 != 0 {
                    refused.append("account '\(name)': \(key):")
                }
                if access(path, R_OK) != 0 {
                    findings.append(.problem(check, "account '\(name)': \(key) \(path) cannot be read by you", fix: "chown $(id -un) \(path) && chmod 600 \(path)"))
                } else if status.permissions & 0o077 != 0 {
                    findings.append(.problem(check, "account '\(name)': \(key) \(path) can be read by other users (mode \(String(status.permissions & 0o777, radix: 8)))", fix: "chmod 600 \(path)"))
                } else {
                    findings.append(.ok(check, "account '\(name)': \(key) readable and private"))
                }
            }
        }
        return (findings, refused)
    }
}
