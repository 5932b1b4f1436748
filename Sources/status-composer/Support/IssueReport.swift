import StatusKit

/// Prints validation results before anything is sent: errors (then nothing is sent) and notes.
enum IssueReport {
    /// Returns false when any account has an error.
    static func print(_ checks: [AccountCheck], masker: SecretMasker) -> Bool {
        let errors = checks.flatMap { item in item.check.errors.map { (item.account, $0) } }
        let warnings = checks.flatMap { item in item.check.warnings.map { (item.account, $0) } }
        for (account, warning) in warnings {
            Console.error(masker.mask("note: \(account.name) (\(account.gateway.displayName)): \(warning.message)"))
        }
        guard !errors.isEmpty else { return true }
        Console.error("Nothing was sent. Fix \(errors.count == 1 ? "this" : "these") first:")
        for (account, error) in errors {
            Console.error(masker.mask("  \(account.name) (\(account.gateway.displayName)): \(error.message)"))
        }
        return false
    }

    static func printProblems(_ error: ConfigError) {
        Console.error("Nothing was sent:")
        for problem in error.problems { Console.error("  " + problem) }
    }
}
