import StatusKit

/// Writes post outcomes: one readable line per account, or with `--json` one object per line
/// (`account`, `provider`, `ok`, `messageId`, `zaapId`, `httpStatus`, `error`).
struct OutcomeReport {
    let json: Bool
    let masker: SecretMasker
    /// Readable lines follow LANG; JSON stays English so scripts can rely on it.
    var language: Language = .english

    func line(for outcome: PostOutcome) -> String {
        json ? jsonLine(outcome) : humanLine(outcome)
    }

    func humanLine(_ outcome: PostOutcome) -> String {
        let who = "\(outcome.accountName) (\(outcome.gateway.displayName))"
        switch outcome.result {
        case .success(let receipt):
            var ids = ["messageId \(receipt.messageId)"]
            if let zaap = receipt.zaapId { ids.insert("zaapId \(zaap)", at: 0) }
            return masker.mask("✓ \(who): posted — \(ids.joined(separator: ", "))")
        case .failure(let failure):
            return masker.mask("✗ \(who): \(failure.message(in: language))")
        }
    }

    func jsonLine(_ outcome: PostOutcome) -> String {
        let receipt = outcome.receipt
        let failure = outcome.failure
        let status = receipt?.httpStatus ?? failure?.httpStatus
        let object = JSONValue.object([
            ("account", .string(outcome.accountName)),
            ("provider", .string(outcome.gateway.rawValue)),
            ("ok", .bool(outcome.succeeded)),
            ("messageId", receipt.map { .string($0.messageId) } ?? .null),
            ("zaapId", receipt?.zaapId.map { .string($0) } ?? .null),
            ("httpStatus", status.map { .int($0) } ?? .null),
            ("error", failure.map { .string($0.message) } ?? .null),
        ])
        return masker.mask(object.serialized())
    }

    static func summary(_ outcomes: [PostOutcome]) -> String {
        let posted = outcomes.filter(\.succeeded).count
        if posted == outcomes.count { return outcomes.count == 1 ? "Posted." : "Posted to all \(outcomes.count) accounts." }
        return "Posted to \(posted) of \(outcomes.count) accounts."
    }
}
