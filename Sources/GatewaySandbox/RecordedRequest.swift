import Foundation

/// One gateway request as the sandbox received it.
public struct RecordedRequest: Sendable {
    public let method: String
    /// The raw request target, query string included, exactly as received.
    public let path: String
    /// Header fields in arrival order, names as the client spelled them.
    public let headers: [(name: String, value: String)]
    /// The body bytes, unmodified.
    public let body: [UInt8]
    public let receivedAt: Date

    init(method: String, path: String, headers: [(name: String, value: String)], body: [UInt8], receivedAt: Date) {
        self.method = method
        self.path = path
        self.headers = headers
        self.body = body
        self.receivedAt = receivedAt
    }

    /// The first value of a header, matched case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// The body parsed with `JSONSerialization`, or nil when it is not JSON.
    public var bodyJSON: Any? {
        guard !body.isEmpty else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed])
    }

    /// The body as UTF-8 text, or nil when it is not valid UTF-8.
    public var bodyText: String? {
        String(validating: body, as: UTF8.self)
    }
}
