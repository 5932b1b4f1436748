/// The JSON-schema layer Evolution API runs before its handlers (the `jsonschema` package),
/// reproducing its error strings: every violation is listed, property rules in schema order,
/// then `required`; a rule with a `description` reports the description instead.
enum EvolutionSchema {
    /// `statusMessageSchema` for `POST /message/sendStatus/{instance}`.
    static func statusMessageErrors(_ body: JSONDocument) -> [String] {
        guard let object = body.objectValue else { return ["instance is not of a type(s) object"] }
        var errors: [String] = []
        if let type = object["type"] {
            if type.stringValue == nil { errors.append("type is not of a type(s) string") }
            if !["text", "image", "audio", "video"].contains(type.stringValue ?? "") {
                errors.append("type is not one of enum values: text,image,audio,video")
            }
        }
        for field in ["content", "caption", "backgroundColor"] {
            if let value = object[field], value.stringValue == nil { errors.append("\(field) is not of a type(s) string") }
        }
        if let font = object["font"] {
            if font.integerValue == nil { errors.append("font is not of a type(s) integer") }
            if let number = font.numberValue {
                if number < 0 { errors.append("font must be greater than or equal to 0") }
                if number > 5 { errors.append("font must be less than or equal to 5") }
            }
        }
        if let list = object["statusJidList"] {
            errors += jidListErrors(list)
        }
        if let allContacts = object["allContacts"], allContacts.boolValue == nil {
            errors.append("allContacts is not of a type(s) boolean")
            errors.append("allContacts is not one of enum values: true,false")
        }
        if object["type"] == nil { errors.append("instance requires property \"type\"") }
        return errors
    }

    private static func jidListErrors(_ list: JSONDocument) -> [String] {
        guard let items = list.arrayValue else { return ["statusJidList is not of a type(s) array"] }
        var errors: [String] = []
        if items.isEmpty { errors.append("statusJidList does not meet minimum length of 1") }
        if Set(items).count != items.count { errors.append("statusJidList contains duplicate item") }
        for item in items {
            let startsWithDigit = item.stringValue?.first?.isASCIIDigit ?? false
            if !startsWithDigit { errors.append("\"statusJidList\" must be an array of numeric strings") }
        }
        return errors
    }

    /// `deleteMessageSchema` for `DELETE /chat/deleteMessageForEveryone/{instance}`.
    static func deleteMessageErrors(_ body: JSONDocument) -> [String] {
        guard let object = body.objectValue else { return ["instance is not of a type(s) object"] }
        var errors: [String] = []
        for field in ["id", "remoteJid", "participant"] {
            guard let value = object[field] else { continue }
            if value.stringValue == nil { errors.append("\(field) is not of a type(s) string") }
            if value.stringValue == "" { errors.append("The \"\(field)\" cannot be empty") }
        }
        if let fromMe = object["fromMe"], fromMe.boolValue == nil {
            errors.append("fromMe is not of a type(s) boolean")
            errors.append("fromMe is not one of enum values: true,false")
        }
        for field in ["id", "fromMe", "remoteJid"] where object[field] == nil {
            errors.append("instance requires property \"\(field)\"")
        }
        return errors
    }
}
