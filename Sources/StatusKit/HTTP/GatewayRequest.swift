import Foundation

/// One HTTP request to a gateway, built by an adapter. The same value is sent by the HTTP
/// client and printed (masked) by `--dry-run`, so what is shown is what would go out.
public struct GatewayRequest: Sendable {
    public enum Method: String, Sendable { case GET, POST, DELETE, PUT }

    public var method: Method
    public var url: URL
    public var headers: [(name: String, value: String)]
    /// What is sent; local files in it are read while sending.
    public var payload: RequestBody?
    /// True when the body is a file's raw bytes (shown as a size, not as text).
    public var bodyIsBinary = false
    /// Why this request is made, e.g. "upload the media" or "post the status".
    public var purpose: String

    public init(method: Method, url: URL, headers: [(name: String, value: String)], body: Data?, bodyIsBinary: Bool = false, purpose: String) {
        self.init(method: method, url: url, headers: headers, payload: body.map { RequestBody($0) }, bodyIsBinary: bodyIsBinary, purpose: purpose)
    }

    public init(method: Method, url: URL, headers: [(name: String, value: String)], payload: RequestBody?, bodyIsBinary: Bool = false, purpose: String) {
        self.method = method
        self.url = url
        self.headers = headers
        self.payload = payload
        self.bodyIsBinary = bodyIsBinary
        self.purpose = purpose
    }

    /// The whole body in memory, files read (for `--dry-run` and tests; sending streams it).
    public var body: Data? { payload.flatMap { $0.data() } }

    /// A JSON POST with the headers every gateway expects.
    static func postJSON(_ url: URL, _ body: JSONValue, headers extra: [(String, String)] = [], purpose: String) -> GatewayRequest {
        json(.POST, url, body, headers: extra, purpose: purpose)
    }

    /// A request with a JSON body (or none) and the headers every gateway expects.
    static func json(_ method: Method, _ url: URL, _ body: JSONValue?, headers extra: [(String, String)] = [], purpose: String) -> GatewayRequest {
        var headers: [(name: String, value: String)] = [("Accept", "application/json")]
        if body != nil { headers.insert(("Content-Type", "application/json"), at: 0) }
        headers += extra.map { (name: $0.0, value: $0.1) }
        return GatewayRequest(method: method, url: url, headers: headers, payload: body.map { RequestBody(parts: $0.bodyParts()) }, purpose: purpose)
    }
}

extension URL {
    /// Appends path segments to a base URL, percent-encoding each one. A base with a path
    /// (a reverse proxy under `/whatsapp/`) keeps it.
    func appending(segments: [String]) -> URL {
        var components = URLComponents(url: self, resolvingAgainstBaseURL: false)!
        var path = components.percentEncodedPath
        if path.hasSuffix("/") { path.removeLast() }
        for segment in segments {
            let encoded = segment.addingPercentEncoding(withAllowedCharacters: .urlPathSegmentAllowed) ?? segment
            path += "/" + encoded
        }
        components.percentEncodedPath = path
        return components.url!
    }

    /// The URL with these query items added (percent-encoded).
    func withQuery(_ items: [(String, String)]) -> URL {
        var components = URLComponents(url: self, resolvingAgainstBaseURL: false)!
        components.queryItems = (components.queryItems ?? []) + items.map { URLQueryItem(name: $0.0, value: $0.1) }
        return components.url!
    }
}

extension CharacterSet {
    static let urlPathSegmentAllowed: CharacterSet = {
        var set = CharacterSet.urlPathAllowed
        set.remove(charactersIn: "/;?#")
        return set
    }()
}
