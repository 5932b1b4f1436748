/// Field rules for Green API's status methods, worded like the Joi validator behind them
/// (first failure only).
enum GreenAPIValidation {
    static let fonts = ["SERIF", "SANS_SERIF", "NORICAN_REGULAR", "BRYNDAN_WRITE", "OSWALD_HEAVY"]
    static let maximumTextLength = 500
    static let maximumCaptionLength = 1024

    /// The first problem with a body for `method`, or nil when it is acceptable.
    static func problem(in body: [String: JSONDocument], forMethod method: String) -> String? {
        switch method {
        case "sendTextStatus":
            return string("message", in: body, required: true, maximumLength: maximumTextLength)
                ?? backgroundColor(in: body)
                ?? font(in: body)
                ?? participants(in: body)
        case "sendMediaStatus":
            return urlFile(in: body)
                ?? fileName(in: body, allowedExtensions: nil)
                ?? string("caption", in: body, required: false, maximumLength: maximumCaptionLength)
                ?? participants(in: body)
        case "sendVoiceStatus":
            return urlFile(in: body)
                ?? fileName(in: body, allowedExtensions: ["mp3", "wav"])
                ?? backgroundColor(in: body)
                ?? participants(in: body)
        case "deleteStatus":
            return string("idMessage", in: body, required: true, maximumLength: nil)
        default:
            return nil
        }
    }

    /// Length is counted in Unicode code points, so an emoji counts as one character or more
    /// depending on how many scalars it is made of, as the gateway counts it.
    private static func string(_ field: String, in body: [String: JSONDocument], required: Bool, maximumLength: Int?) -> String? {
        guard let value = body[field] else { return required ? "\"\(field)\" is required" : nil }
        guard let text = value.stringValue else { return "\"\(field)\" must be a string" }
        if text.isEmpty && required { return "\"\(field)\" is not allowed to be empty" }
        if let maximumLength, text.unicodeScalars.count > maximumLength {
            return "\"\(field)\" length must be less than or equal to \(maximumLength) characters long"
        }
        return nil
    }

    private static func backgroundColor(in body: [String: JSONDocument]) -> String? {
        guard let value = body["backgroundColor"] else { return nil }
        guard let text = value.stringValue else { return "\"backgroundColor\" must be a string" }
        guard HexColorPattern.isRRGGBB(text) else {
            return "\"backgroundColor\" with value \"\(text)\" fails to match the required pattern: /^#[0-9a-fA-F]{6}$/"
        }
        return nil
    }

    private static func font(in body: [String: JSONDocument]) -> String? {
        guard let value = body["font"] else { return nil }
        guard let text = value.stringValue, fonts.contains(text) else {
            return "\"font\" must be one of [\(fonts.joined(separator: ", "))]"
        }
        return nil
    }

    private static func participants(in body: [String: JSONDocument]) -> String? {
        guard let value = body["participants"] else { return nil }
        guard let items = value.arrayValue else { return "\"participants\" must be an array" }
        for (index, item) in items.enumerated() {
            guard let chatId = item.stringValue else { return "\"participants[\(index)]\" must be a string" }
            let parts = chatId.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[1] == "c.us", !parts[0].isEmpty, parts[0].allSatisfy(\.isASCIIDigit) else {
                return "\"participants[\(index)]\" with value \"\(chatId)\" fails to match the required pattern: /^\\d+@c\\.us$/"
            }
        }
        return nil
    }

    private static func urlFile(in body: [String: JSONDocument]) -> String? {
        if let problem = string("urlFile", in: body, required: true, maximumLength: nil) { return problem }
        guard MediaReference.isHTTPURL(body["urlFile"]?.stringValue ?? "") else {
            return "\"urlFile\" must be a valid uri with a scheme matching the http|https pattern"
        }
        return nil
    }

    /// The extension decides the media type; `.mp3` belongs to `sendVoiceStatus`.
    private static func fileName(in body: [String: JSONDocument], allowedExtensions: [String]?) -> String? {
        if let problem = string("fileName", in: body, required: true, maximumLength: nil) { return problem }
        let name = body["fileName"]?.stringValue ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex, name.index(after: dot) != name.endIndex else {
            return "\"fileName\" must contain the file extension, for example horse.png"
        }
        let fileExtension = name[name.index(after: dot)...].lowercased()
        if let allowedExtensions {
            guard allowedExtensions.contains(fileExtension) else {
                return "\"fileName\" extension .\(fileExtension) is not supported, use .mp3 or .wav"
            }
        } else if fileExtension == "mp3" {
            return "\"fileName\" extension .mp3 is not supported for media statuses, use sendVoiceStatus"
        }
        return nil
    }
}
