import Foundation

/// Writes a request as `--dry-run` shows it: method and URL, headers, a blank line, the body.
/// Secrets are masked; long string values (base64 media) are shortened so the terminal stays
/// readable, with the number of characters left out.
public enum RequestPrinter {
    public static func describe(_ request: GatewayRequest, masker: SecretMasker) -> String {
        var lines = ["\(request.method.rawValue) \(request.url.absoluteString)"]
        for header in request.headers { lines.append("\(header.name): \(header.value)") }
        lines.append("")
        if let body = request.body {
            if request.bodyIsBinary {
                lines.append("<\(body.count) bytes of the media file>")
            } else {
                lines.append(shortenLongStrings(String(decoding: body, as: UTF8.self)))
            }
        }
        return masker.mask(lines.joined(separator: "\n"))
    }

    /// Shortens JSON string literals longer than `limit` characters.
    static func shortenLongStrings(_ json: String, limit: Int = 160) -> String {
        var out = ""
        var literal = ""
        var inString = false
        var escaped = false
        for char in json {
            if !inString {
                out.append(char)
                if char == "\"" { inString = true; literal = "" }
                continue
            }
            if escaped { literal.append(char); escaped = false; continue }
            if char == "\\" { literal.append(char); escaped = true; continue }
            if char == "\"" {
                if literal.count > limit {
                    out += literal.prefix(limit / 2) + "…(\(Format.count(literal.count - limit / 2)) more characters)"
                } else {
                    out += literal
                }
                out.append(char)
                inString = false
                continue
            }
            literal.append(char)
        }
        return out + (inString ? literal : "")
    }
}
