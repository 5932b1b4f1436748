/// The messages of the checks made on what a media file is (`MediaChecks`), in each language.
/// `name` is the file name or link as the user gave it.
enum MediaCheckPhrase: Sendable {
    case imageFormatNotShown(name: String, MediaContent.ImageFormat)
    case imageLandscape(name: String, width: Int, height: Int)
    case videoTooLong(name: String, seconds: Double)
    case videoNotH264(name: String, codec: String)
    case videoNotMP4(name: String, container: String)
    case contentIsOtherKind(name: String, what: String, chosen: StatusKind)
    case audioAsMediaStatus(name: String, format: String, GatewayKind)
    case unrecognised(name: String, why: String, StatusKind)
    case linkRefused(link: String, status: Int, contentType: String?)
    case linkUnreachable(link: String, why: String)

    func text(_ language: Language) -> String {
        language == .portuguese ? portuguese : english
    }

    /// `404 Not Found`; `200` alone.
    private static func status(_ code: Int, _ language: Language) -> String {
        let name = HTTPStatusNames.name(code, language)
        return code == 200 || name.hasPrefix("HTTP") ? "\(code)" : "\(code) \(name)"
    }

    private var english: String {
        func q(_ value: String) -> String { Format.quoted(value) }
        switch self {
        case .imageFormatNotShown(let name, let format):
            return "media: \(q(name)) is \(format.rawValue); WhatsApp image statuses take JPEG and PNG — convert it first"
        case .imageLandscape(let name, let width, let height):
            return "media: \(q(name)) is landscape (\(width)×\(height)); statuses are shown 9:16, so it shows small with bars"
        case .videoTooLong(let name, let seconds):
            return "media: \(q(name)) runs \(MediaContent.duration(seconds)); WhatsApp cuts a status video at 1:00"
        case .videoNotH264(let name, let codec):
            return "media: \(q(name)) is \(MediaContent.codecName(codec)) video; statuses play H.264 — it may not play"
        case .videoNotMP4(let name, let container):
            return "media: \(q(name)) is a \(container) file, not MP4; statuses take MP4 (H.264)"
        case .contentIsOtherKind(let name, let what, let chosen):
            return "media: \(q(name)) holds \(what); the type is \(chosen.rawValue)"
        case .audioAsMediaStatus(let name, let format, let gateway):
            return "media: \(q(name)) holds \(format) audio; \(gateway.displayName) accepts it as a media status and never shows it — post it as an audio status (sent as a voice status)"
        case .unrecognised(let name, let why, let kind):
            return "media: \(q(name)) is not \(ValidationPhrase.a(kind)) file this program can read (\(why))"
        case .linkRefused(let link, let status, let type):
            return "media: \(q(link)) answered \(Self.status(status, .english)) with \(type ?? "no Content-Type"); it must answer 200 with the file itself (a page or a download link is not the file)"
        case .linkUnreachable(let link, let why):
            return "media: \(q(link)) cannot be reached from here (\(why)); the gateway may still reach it"
        }
    }

    private var portuguese: String {
        func q(_ value: String) -> String { Format.quoted(value) }
        switch self {
        case .imageFormatNotShown(let name, let format):
            return "mídia: \(q(name)) é \(format.rawValue); status de imagem do WhatsApp aceitam JPEG e PNG — converta antes"
        case .imageLandscape(let name, let width, let height):
            return "mídia: \(q(name)) é paisagem (\(width)×\(height)); status aparecem em 9:16, então ela fica pequena com faixas"
        case .videoTooLong(let name, let seconds):
            return "mídia: \(q(name)) dura \(MediaContent.duration(seconds)); o WhatsApp corta vídeo de status em 1:00"
        case .videoNotH264(let name, let codec):
            return "mídia: \(q(name)) é vídeo \(MediaContent.codecName(codec)); status tocam H.264 — pode não tocar"
        case .videoNotMP4(let name, let container):
            return "mídia: \(q(name)) é um arquivo \(container), não MP4; status aceitam MP4 (H.264)"
        case .contentIsOtherKind(let name, let what, let chosen):
            return "mídia: \(q(name)) contém \(what); o tipo é \(ValidationPhrase.noun(chosen))"
        case .audioAsMediaStatus(let name, let format, let gateway):
            return "mídia: \(q(name)) contém áudio \(format); o \(gateway.displayName) aceita como status de mídia e nunca mostra — publique como status de áudio (enviado como status de voz)"
        case .unrecognised(let name, let why, let kind):
            return "mídia: \(q(name)) não é um arquivo de \(ValidationPhrase.noun(kind)) que este programa consiga ler (\(why))"
        case .linkRefused(let link, let status, let type):
            return "mídia: \(q(link)) respondeu \(Self.status(status, .portuguese)) com \(type ?? "nenhum Content-Type"); precisa responder 200 com o próprio arquivo (uma página ou um link de download não é o arquivo)"
        case .linkUnreachable(let link, let why):
            return "mídia: \(q(link)) não pode ser acessado daqui (\(why)); o gateway ainda pode acessá-lo"
        }
    }
}
