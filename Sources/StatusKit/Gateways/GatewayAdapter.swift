import Foundation

/// One gateway's contract: its capabilities, the rules beyond them, how a valid draft becomes
/// HTTP requests, and how its answers read. Adapters never know about each other.
public protocol GatewayAdapter: Sendable {
    var kind: GatewayKind { get }
    var capabilities: GatewayCapabilities { get }
    /// Rules that capabilities cannot express (file extensions, scripts a font can draw), with
    /// messages in `language`.
    func extraIssues(for draft: ValidDraft, account: Account?, language: Language) -> [ValidationIssue]
    /// A request that must run before the status one (Green API uploads a local file first).
    func uploadRequest(for draft: ValidDraft, account: Account) throws -> GatewayRequest?
    /// The link the upload answered with.
    func uploadedLink(from response: GatewayResponse) -> Result<String, GatewayFailure>
    /// The request that takes a posted status back, or nil when the gateway cannot delete statuses.
    func deleteRequest(messageId: String, account: Account) -> GatewayRequest?
    /// Reads the answer to the delete request.
    func deleteResult(from response: GatewayResponse) -> Result<Void, GatewayFailure>
    /// The status request; `uploadedLink` is the upload's answer when there was one.
    func statusRequest(for draft: ValidDraft, account: Account, uploadedLink: String?) throws -> GatewayRequest
    func receipt(from response: GatewayResponse) -> Result<StatusReceipt, GatewayFailure>

    // Reach (defaults in GatewayAdapter+Reach.swift: not offered).
    /// The connection-state call, or nil when the gateway has none.
    func healthRequest(account: Account) -> GatewayRequest?
    /// Reads a 2xx answer to `healthRequest`.
    func health(from response: GatewayResponse) -> HealthReading
    /// The gateway's own error text of an answer, on one line.
    func errorWords(from response: GatewayResponse) -> String
    /// The call that tells the account's own number, or nil.
    func ownNumberRequest(account: Account) -> GatewayRequest?
    /// The own number in a 2xx answer to `ownNumberRequest`.
    func ownNumber(from response: GatewayResponse) -> AudienceMember?
    /// The call that tells who saw a status, or nil when the gateway offers none.
    func viewsRequest(messageId: String, account: Account) -> GatewayRequest?
    /// Reads a 2xx answer to `viewsRequest`.
    func views(from response: GatewayResponse) -> StatusViews
}

extension GatewayAdapter {
    public func deleteRequest(messageId: String, account: Account) -> GatewayRequest? { nil }
    public func extraIssues(for draft: ValidDraft, account: Account?, language: Language) -> [ValidationIssue] { [] }
    /// The extra rules' messages in English.
    public func extraIssues(for draft: ValidDraft, account: Account?) -> [ValidationIssue] {
        extraIssues(for: draft, account: account, language: .english)
    }
    public func uploadRequest(for draft: ValidDraft, account: Account) throws -> GatewayRequest? { nil }
    public func uploadedLink(from response: GatewayResponse) -> Result<String, GatewayFailure> {
        .failure(.unreadableAnswer(status: response.status, detail: .noUploadStep(kind)))
    }
}

/// Errors adapters throw while building a request.
struct RequestBuildError: Error, CustomStringConvertible {
    let reason: FailureReason

    init(_ reason: FailureReason) { self.reason = reason }

    var description: String { reason.description }
}

/// Media turned into what a gateway's body carries. A local file is not read here: the body
/// refers to it and the HTTP client streams it (see `RequestBody`).
enum MediaEncoding {
    /// `data:<mime>;base64,<...>` (a link stays a link).
    static func dataURI(_ media: MediaSource) throws -> JSONValue {
        switch media {
        case .url(let url): return .string(url.absoluteString)
        case .dataURI(let mime, let base64): return .string("data:\(mime);base64,\(base64)")
        case .file(let path, _, let mime):
            guard let mime else { throw RequestBuildError(.unknownFileType(path: path)) }
            return .base64File(prefix: "data:\(mime);base64,", path: path, byteCount: try currentSize(path))
        }
    }

    /// Raw base64 without the `data:` prefix.
    static func rawBase64(_ media: MediaSource) throws -> JSONValue {
        switch media {
        case .url(let url): return .string(url.absoluteString)
        case .dataURI(_, let base64): return .string(base64)
        case .file(let path, _, _): return .base64File(prefix: "", path: path, byteCount: try currentSize(path))
        }
    }

    /// The bytes of a local file or a data URI, for an upload.
    static func bytes(_ media: MediaSource) throws -> RequestBody {
        switch media {
        case .url: throw RequestBuildError(.linkHasNoBytes)
        case .dataURI(_, let base64):
            guard let data = Data(base64Encoded: base64) else { throw RequestBuildError(.dataURINotBase64) }
            return RequestBody(data)
        case .file(let path, _, _): return RequestBody(parts: [.file(path: path, byteCount: try currentSize(path))])
        }
    }

    /// The file's size now (it may have changed since the draft was checked).
    static func currentSize(_ path: String) throws -> Int {
        guard FileManager.default.isReadableFile(atPath: path), let status = FileStatus(path: path) else {
            throw RequestBuildError(.fileGone(path: path))
        }
        return status.size
    }
}
