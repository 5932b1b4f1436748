/// Secrets taken out of a failure before anyone sees it. A gateway or a proxy can echo the
/// request in its error (the path of Z-API and Green API holds the token), and failures are
/// shown in the composer and written to the history as they are.
extension GatewayFailure {
    public func masking(_ masker: SecretMasker) -> GatewayFailure {
        switch self {
        case .refused(let status, let reason, let hint):
            .refused(status: status, reason: reason.masking(masker), hint: hint)
        case .rateLimited(let status, let retryAfter, let reason, let hint):
            .rateLimited(status: status, retryAfter: retryAfter, reason: reason.masking(masker), hint: hint)
        case .timedOut: self
        case .couldNotConnect(let host, let reason): .couldNotConnect(host: host, reason: reason.masking(masker))
        case .connectionLost(let reason): .connectionLost(reason: reason.masking(masker))
        case .unreadableAnswer(let status, let detail): .unreadableAnswer(status: status, detail: detail.masking(masker))
        case .cannotBuildRequest(let reason): .cannotBuildRequest(reason.masking(masker))
        }
    }
}

extension FailureReason {
    /// The reason with every text that came from outside masked; the own wordings hold none.
    func masking(_ masker: SecretMasker) -> FailureReason {
        switch self {
        case .verbatim(let text): .verbatim(masker.mask(text))
        case .httpStatusWithBody(let status, let snippet): .httpStatusWithBody(status, snippet: masker.mask(snippet))
        case .httpStatusWithForeignBody(let status, let gateway, let snippet):
            .httpStatusWithForeignBody(status, gateway, snippet: masker.mask(snippet))
        case .notJSON(let gateway, let snippet): .notJSON(gateway, snippet: snippet.map(masker.mask))
        case .noReceiptID(let gateway, let field, let snippet): .noReceiptID(gateway, field: field, snippet: snippet.map(masker.mask))
        case .mediaUploadFailed(let reason, let hint): .mediaUploadFailed(reason.masking(masker), hint: hint)
        case .cannotResolveHost(let detail): .cannotResolveHost(masker.mask(detail))
        default: self
        }
    }
}
