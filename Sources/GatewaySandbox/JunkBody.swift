import HTTPTypes

/// Seeded garbage for the fuzzing faults: random bytes, JSON whose fields have the wrong types,
/// text with terminal escapes, and HTTP statuses of every class. The same seed gives the same
/// junk, so a failure seen once can be replayed.
struct JunkBody {
    private var state: UInt64

    init(seed: UInt64) {
        // xorshift needs a state other than zero.
        state = seed == 0 ? 0x2545_F491_4F6C_DD1D : seed
    }

    /// xorshift64*: small, fast, and good enough for junk.
    private mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }

    private mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(max(1, bound)))
    }

    private mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    mutating func bytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8(truncatingIfNeeded: next() >> 24) }
    }

    /// Field names that gateways' receipts and errors use.
    private static let fieldNames = [
        "messageId", "zaapId", "id", "idMessage", "key", "data", "success", "error", "message", "status",
        "response", "urlFile", "correspondentsStatus", "description",
    ]

    /// A receipt-shaped object where no id is a usable string.
    mutating func wrongTypedAnswer() -> JSONDocument {
        var object: [String: JSONDocument] = [:]
        for name in Self.fieldNames where below(3) > 0 {
            object[name] = wrongTyped(depth: 0)
        }
        return .object(object)
    }

    /// Anything but a non-empty string: numbers of every kind, booleans, null, empty strings,
    /// arrays and objects (which may nest more of the same).
    private mutating func wrongTyped(depth: Int) -> JSONDocument {
        switch below(depth > 3 ? 6 : 9) {
        case 0: return .number(Double(Int64(bitPattern: next()) >> 12))
        case 1: return .number(pick([0, -1, 1.5, 1e300, -0.0, 4_294_967_296]))
        case 2: return .bool(below(2) == 0)
        case 3: return .null
        case 4: return .string("")
        case 5: return .array([])
        case 6: return .array((0..<below(4)).map { _ in wrongTyped(depth: depth + 1) })
        case 7:
            var nested: [String: JSONDocument] = [:]
            for _ in 0..<below(4) { nested[pick(Self.fieldNames)] = wrongTyped(depth: depth + 1) }
            return .object(nested)
        default: return .array([.string(junkText(12)), .number(7)])
        }
    }

    /// Printable words mixed with controls, escape sequences and invalid-looking marks.
    mutating func junkText(_ length: Int) -> String {
        let pieces = ["ok", "error", " ", "\n", "\r", "\t", "\u{1B}[31m", "\u{1B}]0;title\u{7}", "\u{0}", "\u{9B}2J",
                      "é", "中", "😀", "\u{202E}", "\u{301}", "{", "}", "\"", "\\", "null"]
        var text = ""
        for _ in 0..<length { text += pick(pieces) }
        return text
    }

    /// A body of one of several kinds, with what its headers claim. Now and then it echoes the
    /// request's path and headers, as some proxies' error pages do (tokens included).
    mutating func anyBody(echoing path: String, headers: HTTPFields) -> (bytes: [UInt8], contentType: String) {
        let echo = path + " " + headers.map { "\($0.name.rawName): \($0.value)" }.joined(separator: "; ")
        switch below(7) {
        case 0: return ([], pick(["application/json", "text/plain"]))
        case 1: return (bytes(below(2048)), pick(["application/json", "application/octet-stream", "text/html"]))
        case 2: return (wrongTypedAnswer().serializedBytes, "application/json")
        case 3:
            let error: JSONDocument = ["error": .string(junkText(below(40))), "message": .string(echo)]
            return (error.serializedBytes, "application/json")
        case 4: return (Array(("<html><body>" + echo + junkText(20) + "</body></html>").utf8), "text/html")
        case 5:
            let text: JSONDocument = .string(junkText(below(200)))
            return (text.serializedBytes, "application/json")
        default:
            let long: JSONDocument = ["error": .string(String(repeating: junkText(8), count: 2000))]
            return (long.serializedBytes, "application/json; charset=utf-8")
        }
    }

    /// Any status from 2xx to 5xx, the odd ones included, except 429: a client rightly waits
    /// and tries again after it, and the `429` fault covers that.
    mutating func status() -> HTTPResponse.Status {
        switch below(4) {
        case 0: return HTTPResponse.Status(code: pick([200, 201, 202, 203, 204, 206, 299]))
        case 1: return HTTPResponse.Status(code: 300 + below(100))
        case 2:
            let code = 400 + below(100)
            return HTTPResponse.Status(code: code == 429 ? 428 : code)
        default: return HTTPResponse.Status(code: 500 + below(100))
        }
    }
}
