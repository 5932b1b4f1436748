/// One of RyzeAPI's request structs, filled as its Go server fills it: keys match without regard
/// to case, unknown keys and `null`s are ignored, and a field of the wrong JSON type refuses the
/// body with the message Go's `encoding/json` gives (a well-formed body can carry one, so a
/// client does see it).
struct RyzeRequestFields {
    /// The Go type of a field, named as Go's messages name it.
    enum FieldType: String {
        case string, bool, float64
        /// `[]byte`: a base64 string or an array of 0–255 integers.
        case bytes = "[]uint8"
    }

    /// The Go struct's name, as it appears in error messages.
    let structName: String
    /// JSON field names and their Go types, in the struct's order (the first mismatch is reported).
    let fields: [(name: String, type: FieldType)]

    /// The fields present, keyed by their declared names, or the error message.
    func decode(_ body: [UInt8]) -> Result<[String: JSONDocument], DecodeError> {
        guard let document = JSONDocument.decode(body) else { return .failure(DecodeError(message: JSONDocument.notJSON)) }
        if document == .null { return .success([:]) }
        guard let object = document.objectValue else {
            return .failure(
                DecodeError(message: "json: cannot unmarshal \(Self.kind(document)) into Go value of type \(structName)"))
        }
        var decoded: [String: JSONDocument] = [:]
        for (name, type) in fields {
            let key = object[name] != nil ? name : object.keys.sorted().first { $0.lowercased() == name.lowercased() }
            guard let key, let value = object[key], value != .null else { continue }
            guard Self.fits(value, type) else {
                return .failure(
                    DecodeError(
                        message: "json: cannot unmarshal \(Self.kind(value)) into Go struct field "
                            + "\(structName).\(key) of type \(type.rawValue)"))
            }
            decoded[name] = value
        }
        return .success(decoded)
    }

    struct DecodeError: Error {
        let message: String
    }

    private static func fits(_ value: JSONDocument, _ type: FieldType) -> Bool {
        switch (type, value) {
        case (.string, .string), (.bool, .bool), (.float64, .number): return true
        case (.bytes, .string(let text)): return text.isEmpty || MediaReference.isBase64(text)
        case (.bytes, .array(let items)):
            return items.allSatisfy { item in item.integerValue.map { (0...255).contains($0) } ?? false }
        default: return false
        }
    }

    /// Go's names for JSON value kinds in `UnmarshalTypeError`.
    private static func kind(_ value: JSONDocument) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "bool"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}
