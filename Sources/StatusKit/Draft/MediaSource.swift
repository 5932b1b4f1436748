import Foundation

/// Where a status's media comes from, after checking that it can be used: a public link, a
/// local file (its size known), or a `data:` URI (already base64).
public enum MediaSource: Sendable, Equatable {
    case url(URL)
    case file(path: String, byteCount: Int, mimeType: String?)
    case dataURI(mimeType: String, base64: String)

    /// Parses what the user typed in the media field, reading a local file's facts (a stat)
    /// on the way. The error is a sentence for the user.
    public static func parse(_ raw: String) -> Result<MediaSource, MediaError> {
        MediaReference.parse(raw).flatMap { reference in
            resolve(reference, facts: MediaFacts.read(reference)) ?? .failure(.notReadYet)
        }
    }

    /// The source a reference names, judged by its facts; no I/O. Nil when the reference needs
    /// facts (a local file) and they are not known yet.
    public static func resolve(_ reference: MediaReference, facts: MediaFacts?) -> Result<MediaSource, MediaError>? {
        if let facts { return resolve(reference, readFacts: facts) }
        return reference.needsFacts ? nil : resolve(reference, readFacts: .missing)
    }

    /// The source a reference names, judged by facts read for it (a link's and a `data:` URI's
    /// do not change it).
    public static func resolve(_ reference: MediaReference, readFacts facts: MediaFacts) -> Result<MediaSource, MediaError> {
        switch reference {
        case .link(let url): return .success(.url(url))
        case .dataURI(let mime, let base64): return .success(.dataURI(mimeType: mime, base64: base64))
        case .file(let path):
            guard facts.exists else { return .failure(.noSuchFile) }
            guard !facts.isDirectory else { return .failure(.isDirectory) }
            guard facts.readable else { return .failure(.unreadable) }
            return .success(.file(path: path, byteCount: facts.byteCount, mimeType: MimeTypes.forFileName(path)))
        }
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
        case .file(let path, _, _): return PathText.lastComponent(path)
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
    /// A local file whose facts have not been read yet (the composer asks for them as an
    /// effect): not a fault of the draft, so validation shows nothing for it, but the draft is
    /// not ready to post.
    case notReadYet

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
        case .notReadYet: "the file has not been looked at yet"
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
        case .notReadYet: "o arquivo ainda não foi verificado"
        }
    }
}
