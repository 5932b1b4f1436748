import Foundation

/// The parts of reading an answer that every gateway shares: success range, 429, non-JSON
/// bodies and missing ids. Each adapter supplies where its error text and its id live, and a
/// hint that explains its documented errors.
struct AnswerReading: Sendable {
    let gateway: GatewayKind
    /// The gateway's own error text from the body (JSON field or plain text).
    let errorText: @Sendable (GatewayResponse) -> String?
    /// A plain-words explanation for a status and error text, when the docs give one.
    let hint: @Sendable (Int, String) -> GatewayHint?

    func receipt(
        from response: GatewayResponse, successStatuses: ClosedRange<Int> = 200...299,
        idField: String, read: (JSONReader) -> (id: String?, zaapId: String?)
    ) -> Result<StatusReceipt, GatewayFailure> {
        guard successStatuses.contains(response.status) else { return .failure(failure(from: response)) }
        guard response.isJSONContent else {
            let detail: FailureReason = response.isBinary
                ? .binaryAnswer(gateway, bytes: response.body.count) : .notJSON(gateway, snippet: snippet(response))
            return .failure(.unreadableAnswer(status: response.status, detail: detail))
        }
        let ids = read(response.json)
        guard let id = ids.id, !id.isEmpty else {
            return .failure(.unreadableAnswer(status: response.status, detail: .noReceiptID(gateway, field: idField, snippet: snippet(response))))
        }
        // An id goes to the screen, the history and scripts: escapes or a megabyte of text are no id.
        guard AnswerText.isUsableID(id) else {
            return .failure(.unreadableAnswer(status: response.status, detail: .unusableReceiptID(gateway, field: idField)))
        }
        return .success(StatusReceipt(
            messageId: id, zaapId: ids.zaapId.flatMap { AnswerText.isUsableID($0) ? $0 : nil }, httpStatus: response.status,
            rateLimitRemaining: response.header("X-RateLimit-Remaining").flatMap { Int($0) },
            rateLimitReset: response.header("X-RateLimit-Reset").flatMap { Int($0) }
        ))
    }

    /// The gateway's error text on one line, or what the answer showed when it had none.
    func words(_ response: GatewayResponse) -> String {
        if let text = errorText(response).map({ AnswerText.oneLine($0) }), !text.isEmpty { return "HTTP \(response.status): \(text)" }
        return ownReason(for: response).text(in: .english)
    }

    func failure(from response: GatewayResponse) -> GatewayFailure {
        let text = errorText(response).map { AnswerText.oneLine($0) }
        let reason: FailureReason = if let text, !text.isEmpty { .verbatim(text) } else { ownReason(for: response) }
        // Hints match the gateway's words, or, when it gave none, the English of what it showed.
        let hint = hint(response.status, reason.text(in: .english))
        if response.status == 429 {
            return .rateLimited(status: 429, retryAfter: response.header("Retry-After").flatMap { Int($0) }, reason: reason, hint: hint)
        }
        return .refused(status: response.status, reason: reason, hint: hint)
    }

    /// What the answer showed when the gateway gave no error text.
    private func ownReason(for response: GatewayResponse) -> FailureReason {
        if response.body.isEmpty { return .httpStatus(response.status) }
        if response.isJSONContent { return .httpStatusWithBody(response.status, snippet: response.snippet) }
        if response.isBinary { return .httpStatusWithBinaryBody(response.status, gateway, bytes: response.body.count) }
        return .httpStatusWithForeignBody(response.status, gateway, snippet: response.snippet)
    }

    /// The start of the body for a message; nil when the body is empty.
    private func snippet(_ response: GatewayResponse) -> String? {
        response.body.isEmpty ? nil : response.snippet
    }
}
