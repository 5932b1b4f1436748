/// A request body read as JSON the way the gateways' frameworks do before validation.
enum JSONBody {
    case object(JSONObject)
    /// Valid JSON that is not an object (an array, a string...).
    case notObject(JSONValue)
    case malformed(JSONSyntaxError)

    /// An empty body reads as `{}`, as Express's `json()` middleware delivers it.
    static func parse(_ bytes: [UInt8]) -> JSONBody {
        if bytes.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) { return .object(JSONObject()) }
        do {
            let value = try JSONParser.parse(bytes)
            if let object = value.objectValue { return .object(object) }
            return .notObject(value)
        } catch {
            return .malformed(error)
        }
    }
}
