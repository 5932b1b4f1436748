/// Decodes a JSON body into a flat field list the way Go's `encoding/json` fills a struct, so
/// RyzeAPI's errors read as its Go server writes them: keys match case-insensitively, unknown
/// keys and `null`s are ignored, and the first type mismatch is reported.
struct GoStyleDecoder {
    enum FieldType {
        case string, bool, float64
        /// `[]byte`: a base64 string or an array of 0–255 integers.
        case bytes

        var goName: String {
            switch self {
            case .string: return "string"
            case .bool: return "bool"
            case .float64: return "float64"
            case .bytes: return "[]uint8"
            }
        }
    }

    /// The Go struct's name, as it appears in error messages.
    let structName: String
    /// JSON field names and their Go types.
    let fields: [(name: String, type: FieldType)]

    /// The decoded fields keyed by their declared name, or Go's error text.
    func decode(_ body: [UInt8]) -> Result<[String: JSONValue], DecodeError> {
        let value: JSONValue
        do {
            value = try JSONParser.parse(body)
        } catch {
            return .failure(DecodeError(message: error.goMessage))
        }
        guard let object = value.objectValue else {
            if value == .null { return .success([:]) }
            return .failure(
                DecodeError(message: "json: cannot unmarshal \(Self.goJSONName(value)) into Go value of type \(structName)"))
        }
        var decoded: [String: JSONValue] = [:]
        for (key, value) in object.entries {
            let field = fields.first { $0.name == key } ?? fields.first { $0.name.lowercased() == key.lowercased() }
            guard let field, value != .null else { continue }
            guard Self.fits(value, field.type) else {
                return .failure(
                    DecodeError(
                        message: "json: cannot unmarshal \(Self.goJSONName(value)) into Go struct field "
                            + "\(structName).\(key) of type \(field.type.goName)"))
            }
            decoded[field.name] = value
        }
        return .success(decoded)
    }

    struct DecodeError: Error {
        let message: String
    }

    private static func fits(_ value: JSONValue, _ type: FieldType) -> Bool {
        switch (type, value) {
        case (.string, .string), (.bool, .bool), (.float64, .number): return true
        case (.bytes, .string(let text)): return text.isEmpty || MediaReference.isBase64(text)
        case (.bytes, .array(let items)):
            return items.allSatisfy { item in item.integerValue.map { (0...255).contains($0) } ?? false }
        default: return false
        }
    }

    /// Go's names for JSON value kinds in `UnmarshalTypeError`.
    private static func goJSONName(_ value: JSONValue) -> String {
        switch value {
        case .bool: return "bool"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        case .null: return "null"
        }
    }
}
