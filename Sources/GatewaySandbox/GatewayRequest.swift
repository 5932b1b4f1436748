import Foundation
import HTTPTypes

/// An incoming request with its body already collected, as the gateway handlers see it.
struct GatewayRequest: Sendable {
    let method: HTTPRequest.Method
    /// The raw request target, query included.
    let rawPath: String
    /// Percent-decoded path segments, without empty ones: `/a/b%20c/` gives `["a", "b c"]`.
    let segments: [String]
    /// Decoded query items in order.
    let query: [(name: String, value: String)]
    let headers: HTTPFields
    let body: [UInt8]
    let receivedAt: Date

    init(method: HTTPRequest.Method, rawPath: String, headers: HTTPFields, body: [UInt8], receivedAt: Date = Date()) {
        self.method = method
        self.rawPath = rawPath
        self.headers = headers
        self.body = body
        self.receivedAt = receivedAt
        let pathPart: Substring
        let queryPart: Substring?
        if let questionMark = rawPath.firstIndex(of: "?") {
            pathPart = rawPath[..<questionMark]
            queryPart = rawPath[rawPath.index(after: questionMark)...]
        } else {
            pathPart = rawPath[...]
            queryPart = nil
        }
        segments = pathPart.split(separator: "/").map { String($0).removingPercentEncoding ?? String($0) }
        query = (queryPart ?? "").split(separator: "&").map { item in
            let pieces = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            return (decode(pieces[0]), pieces.count > 1 ? decode(pieces[1]) : "")
        }
    }

    /// The path without its query string.
    var pathOnly: String {
        rawPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? rawPath
    }

    /// The first value of a header, matched case-insensitively.
    func header(_ name: String) -> String? {
        guard let field = HTTPField.Name(name) else { return nil }
        return headers[field]
    }

    func queryValue(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }

    /// True when `Content-Type` names `application/json`, parameters such as charset allowed.
    var hasJSONContentType: Bool {
        guard let contentType = headers[.contentType] else { return false }
        let mediaType = contentType.split(separator: ";", maxSplits: 1).first ?? ""
        return mediaType.trimmingCharacters(in: .whitespaces).lowercased() == "application/json"
    }

    /// The recorded form of this request.
    var recorded: RecordedRequest {
        RecordedRequest(
            method: method.rawValue,
            path: rawPath,
            headers: headers.map { (name: $0.name.rawName, value: $0.value) },
            body: body,
            receivedAt: receivedAt)
    }
}
