import Foundation

/// Where a status's media comes from, after checking that it can be used: a public link, a
/// local file (its size known), or a `data:` URI (already base64).
public enum MediaSource: Sendable, Equatable {
    case url(URL)
    case file(path: String, byteCount: Int, mimeType: String?)
    case dataURI(mimeType: String, base64: String)

    /// Parses what the user typed in the media field. The error is a sentence for the user.
    public static func parse(_ raw: String) -> Result<MediaSource, MediaError> {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = text.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            guard let url = URL(string: text), let host = url.host, !host.isEmpty else {
                return .failure(.badURL)
            }
            return .success(.url(url))
        }
        if lower.hasPrefix("data:") {
            return parseDataURI(text)
        }
        let path = (text as NSString).expandingTildeInPath
        guard let status = FileStatus(path: path) else { return .failure(.noSuchFile) }
        guard !status.isDirectory else { return .failure(.isDirectory) }
        guard FileManager.default.isReadableFile(atPath: path) else { return .failure(.unreadable) }
        return .success(.file(path: path, byteCount: status.size, mimeType: MimeTypes.forFileName(path)))
    }

    private static func parseDataURI(_ text: String) -> Result<MediaSource, MediaError> {
        guard let comma = text.firstIndex(of: ",") else { return .failure(.badDataURI) }
        let header = text[text.index(text.startIndex, offsetBy: 5)..<comma]
        guard header.lowercased().hasSuffix(";base64") else { return .failure(.badDataURI) }
        let mime = String(header.dropLast(7)).lowercased()
        guard mime.contains("/") else { return .failure(.badDataURI) }
        let payload = String(text[text.index(after: comma)...])
        guard !payload.isEmpty, Base64Text.isValid(payload) else { return .failure(.badBase64) }
        return .success(.dataURI(mimeType: mime, base64: payload))
    }

    /// The MIME type when known from the file name or the data URI; nil for links.
    public var mimeType: String? {
        switch self {
        case .url(let url): MimeTypes.forFileName(url.path)
        case .file(_, _, let mime): mime
        case .dataURI(let mime, _): mime
        }
    }

    /// Bytes of the media when known without a download.
    public var byteCount: Int? {
        switch self {
        case .url: nil
        case .file(_, let count, _): count
        case .dataURI(_, let base64): Base64Text.decodedLength(base64)
        }
    }

    /// A file name with an extension, as Green API needs for `fileName`.
    public var fileName: String? {
        switch self {
        case .url(let url):
            let last = url.lastPathComponent
            return last.isEmpty || last == "/" ? nil : last
        case .file(let path, _, _): return (path as NSString).lastPathComponent
        case .dataURI(let mime, _): return MimeTypes.extension(for: mime).map { "status.\($0)" }
        }
    }

    /// The kind of status the media is, judged by its MIME type.
    public var detectedKind: StatusKind? {
        guard let mime = mimeType else { return nil }
        if mime.hasPrefix("image/") { return .image }
        if mime.hasPrefix("video/") { return .video }
        if mime.hasPrefix("audio/") { return .audio }
        return nil
    }

    public var isLocal: Bool {
        if case .url = self { return false }
        return true
    }
}

/// Why the media field cannot be used.
public enum MediaError: Error, Sendable, Equatable, CustomStringConvertible {
    case badURL, badDataURI, badBase64, noSuchFile, isDirectory, unreadable

    /// The reason in English.
    public var description: String { description(in: .english) }

    /// The reason in the interface language, to follow `media: '<value>'; ` / `mídia: '<value>'; `.
    public func description(in language: Language) -> String {
        switch language {
        case .english: english
        case .portuguese: portuguese
        }
    }

    private var english: String {
        switch self {
        case .badURL: "not a valid http(s) link"
        case .badDataURI: "a data URI must look like data:<type>/<subtype>;base64,<data>"
        case .badBase64: "the data URI's base64 part is empty or has characters base64 does not use"
        case .noSuchFile: "no such file (give a http(s) link, a data: URI or the path of a local file)"
        case .isDirectory: "is a folder, not a file"
        case .unreadable: "the file cannot be read (check its permissions)"
        }
    }

    private var portuguese: String {
        switch self {
        case .badURL: "não é um link http(s) válido"
        case .badDataURI: "uma data URI precisa ter a forma data:<tipo>/<subtipo>;base64,<dados>"
        case .badBase64: "a parte base64 da data URI está vazia ou tem caracteres que o base64 não usa"
        case .noSuchFile: "arquivo não encontrado (informe um link http(s), uma data URI ou o caminho de um arquivo local)"
        case .isDirectory: "é uma pasta, não um arquivo"
        case .unreadable: "não foi possível ler o arquivo (confira as permissões dele)"
        }
    }
}
