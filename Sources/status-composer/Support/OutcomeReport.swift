import History
import StatusKit

/// Writes post outcomes: one readable line per account, or with `--json` one object per line
/// (`account`, `provider`, `ok`, `state`, `messageId`, `zaapId`, `httpStatus`, `error`).
/// `state` is the history's word: `sent`, `failed` (the gateway said no, or nothing left), or
/// `unknown` (the answer was lost after the request may have reached the gateway).
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
        case .failure(let failure) where failure.mayHavePosted:
            return masker.mask("? \(who): \(Self.unknownWords(language)): \(failure.message(in: language))")
        case .failure(let failure):
            return masker.mask("✗ \(who): \(failure.message(in: language))")
        }
    }

    /// `leading` fields come first (the runner's `scheduleId`).
    func jsonLine(_ outcome: PostOutcome, leading: [(String, JSONValue)] = []) -> String {
        let receipt = outcome.receipt
        let failure = outcome.failure
        let status = receipt?.httpStatus ?? failure?.httpStatus
        let object = JSONValue.object(leading + [
            ("account", .string(outcome.accountName)),
            ("provider", .string(outcome.gateway.rawValue)),
            ("ok", .bool(outcome.succeeded)),
            ("state", .string(Self.state(outcome))),
            ("messageId", receipt.map { .string($0.messageId) } ?? .null),
            ("zaapId", receipt?.zaapId.map { .string($0) } ?? .null),
            ("httpStatus", status.map { .int($0) } ?? .null),
            ("error", failure.map { .string($0.message) } ?? .null),
        ])
        return masker.mask(object.serialized())
    }

    /// The history's word for how it ended.
    static func state(_ outcome: PostOutcome) -> String {
        AttemptRecord.State(outcome: outcome).rawValue
    }

    static func unknownWords(_ language: Language) -> String {
        switch language {
        case .english: "outcome unknown — check the gateway before posting again"
        case .portuguese: "resultado desconhecido — confira no gateway antes de publicar de novo"
        }
    }

    static func summary(_ outcomes: [PostOutcome]) -> String {
        let posted = outcomes.filter(\.succeeded).count
        if posted == outcomes.count { return outcomes.count == 1 ? "Posted." : "Posted to all \(outcomes.count) accounts." }
        let unknown = outcomes.filter(\.outcomeUnknown).count
        let lost = unknown == 0 ? "" : "; \(unknown) \(unknownWords(.english))"
        return "Posted to \(posted) of \(outcomes.count) accounts\(lost)."
    }
}
