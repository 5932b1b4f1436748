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

    /// The body as text for messages, shortened and on one line, with no control characters.
    var snippet: String {
        AnswerText.oneLine(String(decoding: body.prefix(400), as: UTF8.self), limit: 80)
    }

    /// True when the body is binary data rather than text (see `AnswerText.isBinary`).
    var isBinary: Bool { AnswerText.isBinary(body.prefix(4096)) }

    var isJSONContent: Bool { json.isJSON }
}
