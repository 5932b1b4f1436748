import Foundation

/// A gateway's answer as received: status, headers and the body bytes (bounded in size).
public struct GatewayResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: Data

    public init(status: Int, headers: [(name: String, value: String)], body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    var json: JSONReader { JSONReader(body) }

    /// The body as text for messages, shortened and on one line.
    var snippet: String {
        let text = String(decoding: body.prefix(200), as: UTF8.self)
            .replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
        return text.count > 80 ? String(text.prefix(80)) + "…" : text
    }

    var isJSONContent: Bool { json.isJSON }
}
