import Foundation

/// A JSON value as the gateways' validators see it: each field keeps its JSON type, so `1`,
/// `true` and `"1"` stay three different things (gateways differ on which of them they accept).
///
/// Decoded through Foundation's `JSONDecoder`, which never turns a number into a boolean or the
/// other way round, unlike `JSONSerialization`'s `NSNumber` on Linux.
enum JSONDocument: Sendable, Hashable, Codable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONDocument])
    case object([String: JSONDocument])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([String: JSONDocument].self) {
            self = .object(value)
        } else {
            self = .array(try container.decode([JSONDocument].self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// What every gateway says of a body that is not JSON. None documents its own wording, and
    /// the app never sends malformed JSON, so one plain sentence serves them all.
    static let notJSON = "Request body is not valid JSON"

    /// The document the bytes spell, or nil when they are not JSON (an empty body is not).
    static func decode(_ body: [UInt8]) -> JSONDocument? {
        try? JSONDecoder().decode(JSONDocument.self, from: Data(body))
    }

    /// A request body as Express's `json()` middleware delivers it: an empty body reads as `{}`.
    static func parse(_ body: [UInt8]) -> JSONDocument? {
        if body.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) { return .object([:]) }
        return decode(body)
    }

    /// Compact JSON, keys sorted so the same value always gives the same bytes.
    var serializedBytes: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Only a non-finite number fails, and no answer holds one.
        return Array((try? encoder.encode(self)) ?? Data("null".utf8))
    }

    var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    var numberValue: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The number as an integer when it has no fractional part.
    var integerValue: Int? {
        guard case .number(let value) = self, value.rounded() == value, abs(value) < 9e15 else { return nil }
        return Int(value)
    }

    var arrayValue: [JSONDocument]? {
        if case .array(let value) = self { return value }
        return nil
    }

    var objectValue: [String: JSONDocument]? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// JavaScript truthiness, which Node-based gateways use for "is required" checks.
    var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let value): return value
        case .number(let value): return value != 0 && !value.isNaN
        case .string(let value): return !value.isEmpty
        case .array, .object: return true
        }
    }
}

extension JSONDocument: ExpressibleByStringInterpolation, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    init(stringLiteral value: String) { self = .string(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(integerLiteral value: Int) { self = .number(Double(value)) }
    init(arrayLiteral elements: JSONDocument...) { self = .array(elements) }
    init(nilLiteral: ()) { self = .null }
    init(dictionaryLiteral elements: (String, JSONDocument)...) {
        self = .object(Dictionary(elements) { _, last in last })
    }
}
