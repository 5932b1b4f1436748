/// Why a post failed, in words that `GatewayFailure` sets into its message: either text as it
/// came (the gateway's own error, a system error) or one of status-composer's own reasons,
/// which read in English or Portuguese. The wordings of both languages live in this file.
///
/// A string literal is text as it came, and `description` is the English wording, so code that
/// only shows a reason keeps working with plain strings.
public indirect enum FailureReason: Sendable, Equatable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// Text as it came — the gateway's own words or a system's — never translated.
    case verbatim(String)

    // An error answer without error text: what the answer showed.
    case httpStatus(Int)
    case httpStatusWithBody(Int, snippet: String)
    case httpStatusWithForeignBody(Int, GatewayKind, snippet: String)

    // Answers that cannot be read. A nil snippet is an empty body.
    case notJSON(GatewayKind, snippet: String?)
    case binaryAnswer(GatewayKind, bytes: Int)
    case httpStatusWithBinaryBody(Int, GatewayKind, bytes: Int)
    case noReceiptID(GatewayKind, field: String, snippet: String?)
    case unusableReceiptID(GatewayKind, field: String)
    case noUploadStep(GatewayKind)
    case uploadAnswerLacks(field: String)
    case answerTooLarge(megabytes: Int)
    case answerCutOff

    // The upload step before the status.
    /// The media host refused the upload; the status request was never sent.
    case mediaUploadFailed(FailureReason, hint: GatewayHint?)
    case mediaUploadUnfinished

    // Connections.
    case connectTimeout
    case connectionRefused
    case hostUnreachable
    case connectionReset
    case networkError(code: Int32)
    case cannotResolveHost(String)
    case connectionFailed
    case gatewayClosedConnection
    case cancelled

    // Building the request.
    case unusableBaseURL
    case noMedia
    case unknownFileType(path: String)
    case fileGone(path: String)
    case mediaURLNotSet
    case uploadGaveNoLink
    case linksOnly(GatewayKind)
    case kindNotPosted(StatusKind, GatewayKind)
    case linkHasNoBytes
    case dataURINotBase64
    case invalidMessage

    public init(stringLiteral value: String) { self = .verbatim(value) }

    /// The English wording.
    public var description: String { text(in: .english) }

    public func text(in language: Language) -> String {
        switch language {
        case .english: english
        case .portuguese: portuguese
        }
    }

    /// A reason followed by its hint, as failure messages show them: `<reason> — <hint>`.
    static func explained(_ reason: FailureReason, _ hint: GatewayHint?, _ language: Language) -> String {
        let text = reason.text(in: language)
        return hint.map { "\(text) — \($0.text(in: language))" } ?? text
    }

    // MARK: English

    private var english: String {
        func quoted(_ snippet: String?) -> String { snippet.map { "\"\($0)\"" } ?? "an empty body" }
        func name(_ status: Int) -> String { HTTPStatusNames.name(status, .english) }
        switch self {
        case .verbatim(let text): return text
        case .httpStatus(let status): return name(status)
        case .httpStatusWithBody(let status, let snippet): return "\(name(status)): \(snippet)"
        case .httpStatusWithForeignBody(let status, let gateway, let snippet):
            return "\(name(status)), and the body is not \(gateway.displayName)'s JSON (\(quoted(snippet)))"
        case .notJSON(let gateway, let snippet):
            return "not JSON (it starts with \(quoted(snippet))) — is base_url the \(gateway.displayName) API address?"
        case .binaryAnswer(let gateway, let bytes):
            return "not JSON but \(bytes) bytes of binary data — is base_url the \(gateway.displayName) API address?"
        case .httpStatusWithBinaryBody(let status, let gateway, let bytes):
            return "\(name(status)), with \(bytes) bytes of binary data instead of \(gateway.displayName)'s JSON"
        case .noReceiptID(let gateway, let field, let snippet):
            return "\(gateway.displayName) accepted it but returned no \(field) (\(quoted(snippet))); the status may have been published"
        case .unusableReceiptID(let gateway, let field):
            return "\(gateway.displayName) accepted it, but the \(field) it returned is not a usable id; the status may have been published"
        case .noUploadStep(let gateway): return "\(gateway.displayName) has no upload step"
        case .uploadAnswerLacks(let field): return "the upload returned no \(field)"
        case .answerTooLarge(let megabytes): return "the answer is larger than \(megabytes) MB"
        case .answerCutOff: return "the answer was cut off or was not valid HTTP"
        case .mediaUploadFailed(let reason, let hint):
            return "the media upload failed: \(Self.explained(reason, hint, .english)); the status was not posted"
        case .mediaUploadUnfinished: return "the media upload did not finish; the status was not posted"
        case .connectTimeout: return "no connection within the connect timeout"
        case .connectionRefused: return "connection refused"
        case .hostUnreachable: return "host unreachable"
        case .connectionReset: return "connection reset"
        case .networkError(let code): return "network error \(code)"
        case .cannotResolveHost(let detail): return "cannot resolve the host (\(detail))"
        case .connectionFailed: return "connection failed"
        case .gatewayClosedConnection: return "the gateway closed the connection"
        case .cancelled: return "cancelled"
        case .unusableBaseURL: return "the account's base_url is not a usable http(s) address"
        case .noMedia: return "no media"
        case .unknownFileType(let path): return "unknown file type of \(path)"
        case .fileGone(let path): return "cannot read \(path) any more"
        case .mediaURLNotSet: return "media_url is not set"
        case .uploadGaveNoLink: return "the upload gave no link"
        case .linksOnly(let gateway): return "\(gateway.displayName) takes only links"
        case .kindNotPosted(let kind, let gateway): return "\(gateway.displayName) has no \(kind.rawValue) status"
        case .linkHasNoBytes: return "a link has no local bytes"
        case .dataURINotBase64: return "the data URI is not valid base64"
        case .invalidMessage: return "invalid message"
        }
    }

    // MARK: Portuguese (Brazil)

    private var portuguese: String {
        func name(_ status: Int) -> String { HTTPStatusNames.name(status, .portuguese) }
        func o(_ gateway: GatewayKind) -> String { "o \(gateway.displayName)" }
        switch self {
        case .verbatim(let text): return text
        case .httpStatus(let status): return name(status)
        case .httpStatusWithBody(let status, let snippet): return "\(name(status)): \(snippet)"
        case .httpStatusWithForeignBody(let status, let gateway, let snippet):
            return "\(name(status)), e a resposta não é o JSON do \(gateway.displayName) (\"\(snippet)\")"
        case .notJSON(let gateway, let snippet):
            let start = snippet.map { "começa com \"\($0)\"" } ?? "veio vazia"
            return "a resposta não é JSON (\(start)) — o base_url é o endereço do \(gateway.displayName)?"
        case .binaryAnswer(let gateway, let bytes):
            return "a resposta não é JSON, e sim \(bytes) bytes de dados binários — o base_url é o endereço do \(gateway.displayName)?"
        case .httpStatusWithBinaryBody(let status, let gateway, let bytes):
            return "\(name(status)), com \(bytes) bytes de dados binários em vez do JSON do \(gateway.displayName)"
        case .unusableReceiptID(let gateway, let field):
            return "\(o(gateway)) aceitou, mas o \(field) devolvido não é um id utilizável; o status pode ter sido publicado"
        case .noReceiptID(let gateway, let field, let snippet):
            let answer = snippet.map { "\"\($0)\"" } ?? "resposta vazia"
            return "\(o(gateway)) aceitou, mas não devolveu \(field) (\(answer)); o status pode ter sido publicado"
        case .noUploadStep(let gateway): return "\(o(gateway)) não tem etapa de envio de arquivo"
        case .uploadAnswerLacks(let field): return "o envio do arquivo não devolveu \(field)"
        case .answerTooLarge(let megabytes): return "a resposta tem mais de \(megabytes) MB"
        case .answerCutOff: return "a resposta veio cortada ou não era HTTP válido"
        case .mediaUploadFailed(let reason, let hint):
            return "o envio da mídia falhou: \(Self.explained(reason, hint, .portuguese)); o status não foi publicado"
        case .mediaUploadUnfinished: return "o envio da mídia não terminou; o status não foi publicado"
        case .connectTimeout: return "a conexão não foi feita dentro do tempo limite"
        case .connectionRefused: return "conexão recusada"
        case .hostUnreachable: return "servidor inalcançável"
        case .connectionReset: return "conexão interrompida"
        case .networkError(let code): return "erro de rede \(code)"
        case .cannotResolveHost(let detail): return "não foi possível encontrar o servidor (\(detail))"
        case .connectionFailed: return "a conexão falhou"
        case .gatewayClosedConnection: return "o gateway fechou a conexão"
        case .cancelled: return "cancelado"
        case .unusableBaseURL: return "o base_url da conta não é um endereço http(s) válido"
        case .noMedia: return "falta a mídia"
        case .unknownFileType(let path): return "tipo de arquivo desconhecido: \(path)"
        case .fileGone(let path): return "não dá mais para ler \(path)"
        case .mediaURLNotSet: return "media_url não está definido"
        case .uploadGaveNoLink: return "o envio do arquivo não devolveu um link"
        case .linksOnly(let gateway): return "\(o(gateway)) só aceita links"
        case .kindNotPosted(let kind, let gateway): return "\(o(gateway)) não tem status de \(ValidationPhrase.noun(kind))"
        case .linkHasNoBytes: return "um link não tem arquivo local"
        case .dataURINotBase64: return "a data URI não é base64 válido"
        case .invalidMessage: return "mensagem inválida"
        }
    }
}
