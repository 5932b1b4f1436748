import Foundation

/// What the media field names, read from its text alone (no I/O): a link, a `data:` URI, or the
/// path of a local file. It is also the key under which facts about the media are asked for and
/// answered (`MediaFacts`): a file's stat today; a link's HEAD or an image's decoded size later,
/// in the same way.
public enum MediaReference: Hashable, Sendable {
    case link(URL)
    case dataURI(mimeType: String, base64: String)
    /// The path with `~` expanded.
    case file(path: String)

    /// Reads what the user typed. The error is a sentence for the user. With `homeFolder`, `~`
    /// and `~/…` are expanded with it and nothing is looked up (the composer's state holds it);
    /// without, and for `~user/…`, Foundation expands them (a look-up of the user's home).
    public static func parse(_ raw: String, homeFolder: String? = nil) -> Result<MediaReference, MediaError> {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        // A blank field names no file (and there is nothing to look up).
        guard !text.isEmpty else { return .failure(.noSuchFile) }
        let lower = text.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            guard let url = URL(string: text), let host = url.host, !host.isEmpty else {
                return .failure(.badURL)
            }
            return .success(.link(url))
        }
        if lower.hasPrefix("data:") {
            return parseDataURI(text)
        }
        return .success(.file(path: expandingTilde(text, homeFolder: homeFolder)))
    }

    static func expandingTilde(_ path: String, homeFolder: String?) -> String {
        PathText.expandingTilde(path, homeFolder: homeFolder)
    }

    /// Whether the reference can be judged only once its facts are read (a local file: does it
    /// exist, is it readable, how big is it).
    public var needsFacts: Bool {
        if case .file = self { return true }
        return false
    }

    private static func parseDataURI(_ text: String) -> Result<MediaReference, MediaError> {
        guard let comma = text.firstIndex(of: ",") else { return .failure(.badDataURI) }
        let header = text[text.index(text.startIndex, offsetBy: 5)..<comma]
        guard header.lowercased().hasSuffix(";base64") else { return .failure(.badDataURI) }
        let mime = String(header.dropLast(7)).lowercased()
        guard mime.contains("/") else { return .failure(.badDataURI) }
        let payload = String(text[text.index(after: comma)...])
        guard !payload.isEmpty, Base64Text.isValid(payload) else { return .failure(.badBase64) }
        return .success(.dataURI(mimeType: mime, base64: payload))
    }
}
