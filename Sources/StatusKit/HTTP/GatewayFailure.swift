/// Why a post to one account did not go through, as one clear line in the interface language.
/// Nothing here carries a token: messages name hosts, never full URLs.
public enum GatewayFailure: Error, Sendable, Equatable {
    /// The gateway answered with an error. `reason` is its own text as it came (or what the
    /// answer showed when it had none); `hint` explains it in plain words when the docs do.
    case refused(status: Int, reason: FailureReason, hint: GatewayHint?)
    /// HTTP 429: not accepted; `retryAfter` seconds when the gateway said.
    case rateLimited(status: Int, retryAfter: Int?, reason: FailureReason, hint: GatewayHint?)
    /// No answer in time. The request may have reached the gateway.
    case timedOut(seconds: Int)
    /// The connection was never established, so nothing was sent.
    case couldNotConnect(host: String, reason: FailureReason)
    /// The connection broke after the request went out.
    case connectionLost(reason: FailureReason)
    /// An answer that is not the gateway's JSON (a proxy page, a truncated body, no id).
    case unreadableAnswer(status: Int, detail: FailureReason)
    /// The request could not be built (a file vanished between validation and sending).
    case cannotBuildRequest(FailureReason)

    public var httpStatus: Int? {
        switch self {
        case .refused(let status, _, _), .rateLimited(let status, _, _, _), .unreadableAnswer(let status, _): status
        default: nil
        }
    }

    /// True when the status may have been published although no whole answer came back: the
    /// request may have reached the gateway and its answer was lost (no answer in time, the
    /// connection broke after sending, an accepted answer that cannot be read). Such an attempt's
    /// outcome is *unknown*, never *failed*: posting it again may post it twice. False for the
    /// gateway's own error answers and for requests that never left.
    public var mayHavePosted: Bool {
        switch self {
        case .timedOut, .connectionLost: true
        case .unreadableAnswer(let status, _): (200..<300).contains(status)
        default: false
        }
    }

    /// The plain-words explanation of a gateway's error, when there is one.
    public var hint: GatewayHint? {
        switch self {
        case .refused(_, _, let hint), .rateLimited(_, _, _, let hint): hint
        default: nil
        }
    }

    /// The message in English.
    public var message: String { message(in: .english) }

    public func message(in language: Language) -> String {
        switch language {
        case .english: english
        case .portuguese: portuguese
        }
    }

    private var english: String {
        switch self {
        case .refused(let status, let reason, let hint):
            return "refused (HTTP \(status)): \(FailureReason.explained(reason, hint, .english))"
        case .rateLimited(let status, let retryAfter, let reason, let hint):
            let wait = retryAfter.map { "; it asks to wait \($0) s" } ?? ""
            return "rate limited (HTTP \(status)): \(FailureReason.explained(reason, hint, .english))\(wait); the status was not accepted"
        case .timedOut(let seconds):
            return "no answer within \(seconds) s; the status may still be published — check the phone before posting again"
        case .couldNotConnect(let host, let reason):
            return "could not connect to \(host) (\(reason.text(in: .english))); nothing was sent"
        case .connectionLost(let reason):
            return "the connection broke before the answer (\(reason.text(in: .english))); the status may have been published — check before posting again"
        case .unreadableAnswer(let status, let detail):
            return "unreadable answer (HTTP \(status)): \(detail.text(in: .english))"
        case .cannotBuildRequest(let reason):
            return "could not prepare the request: \(reason.text(in: .english)); nothing was sent"
        }
    }

    private var portuguese: String {
        switch self {
        case .refused(let status, let reason, let hint):
            return "recusado (HTTP \(status)): \(FailureReason.explained(reason, hint, .portuguese))"
        case .rateLimited(let status, let retryAfter, let reason, let hint):
            let wait = retryAfter.map { "; o gateway pede para esperar \($0) s" } ?? ""
            return "limite de envios atingido (HTTP \(status)): \(FailureReason.explained(reason, hint, .portuguese))\(wait); o status não foi aceito"
        case .timedOut(let seconds):
            return "sem resposta em \(seconds) s; o status ainda pode ser publicado — confira no celular antes de publicar de novo"
        case .couldNotConnect(let host, let reason):
            return "não foi possível conectar a \(host) (\(reason.text(in: .portuguese))); nada foi enviado"
        case .connectionLost(let reason):
            return "a conexão caiu antes da resposta (\(reason.text(in: .portuguese))); o status pode ter sido publicado — confira antes de publicar de novo"
        case .unreadableAnswer(let status, let detail):
            return "resposta ilegível (HTTP \(status)): \(detail.text(in: .portuguese))"
        case .cannotBuildRequest(let reason):
            return "não foi possível preparar o envio: \(reason.text(in: .portuguese)); nada foi enviado"
        }
    }
}
