import Foundation

/// A JSON value with ordered object keys, so request bodies are byte-for-byte predictable (the
/// field order of each gateway's docs) and can be asserted in tests and shown by `--dry-run`.
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// A string made of `prefix` and a local file's bytes in base64 (a data URI, raw base64
    /// media). In a request body the file is read while sending (`bodyParts`), not before.
    case base64File(prefix: String, path: String, byteCount: Int)

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }

    /// The JSON text; a `base64File` is read and encoded here (for tests and `--dry-run`).
    public func serialized() -> String {
        var parts: [RequestBody.Part] = []
        var out = ""
        write(into: &out, parts: &parts)
        // Only a base64File leaves parts behind; without one the text is all there is, and
        // `schedule list --json` writes ten thousand of these without copying each twice.
        guard !parts.isEmpty else { return out }
        parts.append(.bytes(Data(out.utf8)))
        return String(decoding: RequestBody(parts: parts).data() ?? Data(), as: UTF8.self)
    }

    /// The JSON text as request-body parts, with each `base64File` left for sending time.
    public func bodyParts() -> [RequestBody.Part] {
        var parts: [RequestBody.Part] = []
        var out = ""
        write(into: &out, parts: &parts)
        parts.append(.bytes(Data(out.utf8)))
        return RequestBody(parts: parts).parts
    }

    private func write(into out: inout String, parts: inout [RequestBody.Part]) {
        switch self {
        case .string(let text): Self.writeString(text, into: &out)
        case .base64File(let prefix, let path, let byteCount):
            // Base64 and the prefixes used (data:<mime>;base64,) need no escaping.
            Self.writeString(prefix, into: &out)
            out.removeLast()
            parts.append(.bytes(Data(out.utf8)))
            parts.append(.base64OfFile(path: path, byteCount: byteCount))
            out = "\""
        case .int(let value): out += String(value)
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                item.write(into: &out, parts: &parts)
            }
            out += "]"
        case .object(let fields):
            out += "{"
            for (index, (key, value)) in fields.enumerated() {
                if index > 0 { out += "," }
                Self.writeString(key, into: &out)
                out += ":"
                value.write(into: &out, parts: &parts)
            }
            out += "}"
        }
    }

    private static func writeString(_ text: String, into out: inout String) {
        out += "\""
        // Most texts need no escape: appended whole, not scalar by scalar.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}

/// Reads fields out of a gateway's JSON answer without trusting its shape.
struct JSONReader {
    let root: Any?

    init(_ data: Data) {
        root = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    }

    init(value: Any?) { root = value }

    var isJSON: Bool { root != nil }

    subscript(_ key: String) -> JSONReader {
        JSONReader(value: (root as? [String: Any])?[key])
    }

    /// A JSON string. Numbers are not read as text: an id or a message where the gateways
    /// send strings means the answer is not what it seems.
    var string: String? {
        root as? String
    }

    /// A string, or the strings of an array joined (Evolution sends messages as a list).
    var text: String? {
        if let list = root as? [Any] {
            let parts = list.compactMap { JSONReader(value: $0).text }
            return parts.isEmpty ? nil : parts.joined(separator: "; ")
        }
        return string
    }
}
