/// Every validation message, as data: which rule, which values, which gateway. `text(_:)` words
/// it in one language; the English and Portuguese wordings live side by side in this file so a
/// rule's two messages are edited together.
///
/// Messages start with the field as the user knows it (`caption:` / `legenda:`), then the
/// value, then the rule and the gateway.
enum ValidationPhrase: Sendable, Equatable {
    // Type
    case kindNotOffered(StatusKind, GatewayKind, offered: [StatusKind])
    // Text or caption
    case textEmpty
    case textTooLong(StatusKind, length: Int, limit: Int, GatewayKind)
    case textMayBeCut(length: Int)
    // Media
    case mediaEmpty(StatusKind)
    case mediaUnusable(String, MediaError)
    case mediaIsOtherKind(name: String, detected: StatusKind, chosen: StatusKind)
    case mediaLinkNotTaken(StatusKind, GatewayKind)
    case mediaLocalNotTaken(isFile: Bool, StatusKind, GatewayKind)
    case mediaHostMissing(GatewayKind, account: String)
    case videoTooLarge(bytes: Int, max: Int, GatewayKind)
    case mediaTooLarge(bytes: Int, max: Int, GatewayKind)
    case mediaFileEmpty(name: String)
    /// `fileName` nil when a link has no last path part.
    case mediaNoExtension(fileName: String?, GatewayKind)
    case audioFormatNotTaken(extension: String, GatewayKind)
    case mediaTypeUnknown(fileName: String, GatewayKind)
    // Background colour
    case colorHardToRead(HexColor)
    case colorNotTaken(HexColor, GatewayKind)
    case colorInvalid(String)
    case colorRequired(GatewayKind)
    // Font
    case fontsNotTaken(FontChoice, GatewayKind)
    case fontNotOffered(FontChoice, GatewayKind, offered: [FontChoice])
    case fontUnknown(String)
    case fontRequired(GatewayKind, offered: [FontChoice])
    case fontLatinOnly(FontChoice, GatewayKind)
    // Audience
    case audienceEntryInvalid(String, AudienceError)
    case audienceNotTaken(count: Int, GatewayKind)
    // Voice and source
    case voiceAlwaysOn(GatewayKind)
    case sourceNotTaken(String, GatewayKind)
    // Z-API image message
    case phoneInvalid(String, GatewayKind)
    case imageUnusable(String, MediaError)
    case imageIsOtherKind(name: String, StatusKind)
    case imageTypeUnknown(String)
    case delayOutOfRange(seconds: Int, GatewayKind)

    func text(_ language: Language) -> String {
        switch language {
        case .english: english
        case .portuguese: portuguese
        }
    }

    // MARK: English

    private var english: String {
        func q(_ value: String) -> String { Format.quoted(value) }
        func count(_ value: Int) -> String { Format.count(value) }
        func bytes(_ value: Int) -> String { Format.bytes(value) }
        func names(_ kinds: [StatusKind]) -> String { kinds.map(\.rawValue).joined(separator: ", ") }
        func names(_ fonts: [FontChoice]) -> String { fonts.map(\.rawValue).joined(separator: ", ") }
        switch self {
        case .kindNotOffered(let kind, let gateway, let offered):
            return "type: \(kind.rawValue); \(gateway.displayName) has no \(kind.rawValue) status (it posts \(names(offered)))"
        case .textEmpty:
            return "text: empty; a text status needs text"
        case .textTooLong(let kind, let length, let limit, let gateway):
            return "\(kind.textFieldName): \(count(length)) characters; \(gateway.displayName) allows \(count(limit))"
        case .textMayBeCut(let length):
            return "text: \(count(length)) characters; WhatsApp may cut a text status this long (about 650 show)"
        case .mediaEmpty(let kind):
            return "media: empty; \(Self.a(kind)) status needs a file, a http(s) link or a data: URI"
        case .mediaUnusable(let raw, let why):
            return "media: \(q(raw)); \(why.description(in: .english))"
        case .mediaIsOtherKind(let name, let detected, let chosen):
            return "media: \(q(name)) is \(Self.a(detected)); the type is \(chosen.rawValue)"
        case .mediaLinkNotTaken(let kind, let gateway):
            return "media: a link; \(gateway.displayName) takes \(kind.rawValue) only as a local file or data: URI"
        case .mediaLocalNotTaken(let isFile, let kind, let gateway):
            return "media: a \(isFile ? "local file" : "data: URI"); \(gateway.displayName) takes \(kind.rawValue) only as a public http(s) link — put the file online first"
        case .mediaHostMissing(let gateway, let account):
            return "media: a local file; \(gateway.displayName) uploads it to the account's media host first — set media_url for account '\(account)' (the console shows it)"
        case .videoTooLarge(let size, let max, let gateway):
            return "media: video of \(bytes(size)); \(gateway.displayName) allows \(bytes(max))"
        case .mediaTooLarge(let size, let max, let gateway):
            return "media: \(bytes(size)); \(gateway.displayName) allows \(bytes(max))"
        case .mediaFileEmpty(let name):
            return "media: \(q(name)) is empty (0 bytes)"
        case .mediaNoExtension(let fileName, let gateway):
            return "media: \(q(fileName ?? "link")) has no file extension; \(gateway.displayName) needs one (like .jpg or .mp4) to know the type"
        case .audioFormatNotTaken(let ext, let gateway):
            return "media: .\(ext) audio; \(gateway.displayName) posts voice statuses only from .mp3 or .wav"
        case .mediaTypeUnknown(let fileName, let gateway):
            return "media: \(q(fileName)); unknown file type — \(gateway.displayName) needs a .jpg, .png, .webp or .mp4 file"
        case .colorHardToRead(let color):
            return "color: \(color); status text is drawn in white, so it will be hard to read on this background"
        case .colorNotTaken(let color, let gateway):
            return "color: \(color); \(gateway.displayName) does not support a background colour — posting without it"
        case .colorInvalid(let text):
            return "color: \(q(text)); write six hex digits like #1E8449 (the #F00 shorthand is not accepted)"
        case .colorRequired(let gateway):
            return "color: empty; \(gateway.displayName) needs a background colour for a text status"
        case .fontsNotTaken(let font, let gateway):
            return "font: \(font.rawValue); \(gateway.displayName) does not support fonts — posting without it"
        case .fontNotOffered(let font, let gateway, let offered):
            return "font: \(font.rawValue); \(gateway.displayName) offers \(names(offered))"
        case .fontUnknown(let text):
            return "font: \(q(text)); not a font name (known: \(names(FontChoice.allCases)))"
        case .fontRequired(let gateway, let offered):
            return "font: empty; \(gateway.displayName) needs a font for a text status (\(names(offered)))"
        case .fontLatinOnly(let font, let gateway):
            return "font: \(font.rawValue); \(gateway.displayName) draws it with Latin letters only — other scripts may not show"
        case .audienceEntryInvalid(let entry, let why):
            return "to: \(q(entry)); \(why.description(in: .english))"
        case .audienceNotTaken(let entries, let gateway):
            return "to: \(entries) number(s); \(gateway.displayName) cannot limit who sees a status (the phone's privacy settings decide) — remove the audience or choose another account"
        case .voiceAlwaysOn(let gateway):
            return "voice: off; \(gateway.displayName) always posts audio as a voice note"
        case .sourceNotTaken(let source, let gateway):
            return "source: \(q(source)); only RyzeAPI records a source tag — not sent to \(gateway.displayName)"
        case .phoneInvalid(let phone, let gateway):
            return "phone: \(q(phone)); \(gateway.displayName) takes the number's digits with country code (5511999999999) or a group id (120363019502650977-group)"
        case .imageUnusable(let image, let why):
            return "image: \(q(image)); \(why.description(in: .english))"
        case .imageIsOtherKind(let name, let kind):
            return "image: \(q(name)) is a \(kind.rawValue), not an image"
        case .imageTypeUnknown(let image):
            return "image: \(q(image)); unknown file type — use a .jpg, .png or .webp file"
        case .delayOutOfRange(let seconds, let gateway):
            return "delay: \(seconds) s; \(gateway.displayName) allows 1 to 15 seconds"
        }
    }

    // MARK: Portuguese (Brazil)

    private var portuguese: String {
        func q(_ value: String) -> String { Format.quoted(value) }
        func count(_ value: Int) -> String { Format.count(value, .portuguese) }
        func bytes(_ value: Int) -> String { Format.bytes(value, .portuguese) }
        func names(_ kinds: [StatusKind]) -> String { Format.list(kinds.map(Self.noun), .portuguese) }
        func names(_ fonts: [FontChoice], _ conjunction: Format.Conjunction = .and) -> String {
            Format.list(fonts.map(\.rawValue), .portuguese, conjunction: conjunction)
        }
        /// "o Green API": gateway names read as masculine ("o serviço").
        func o(_ gateway: GatewayKind) -> String { "o \(gateway.displayName)" }
        switch self {
        case .kindNotOffered(let kind, let gateway, let offered):
            return "tipo: \(Self.noun(kind)); \(o(gateway)) não publica status de \(Self.noun(kind)) (publica \(names(offered)))"
        case .textEmpty:
            return "texto: vazio; um status de texto precisa de um texto"
        case .textTooLong(let kind, let length, let limit, let gateway):
            return "\(Self.textField(kind)): \(count(length)) caracteres; \(o(gateway)) permite \(count(limit))"
        case .textMayBeCut(let length):
            return "texto: \(count(length)) caracteres; o WhatsApp pode cortar um status de texto tão longo (aparecem cerca de 650)"
        case .mediaEmpty(let kind):
            return "mídia: vazia; um status de \(Self.noun(kind)) precisa de um arquivo, um link http(s) ou uma data URI"
        case .mediaUnusable(let raw, let why):
            return "mídia: \(q(raw)); \(why.description(in: .portuguese))"
        case .mediaIsOtherKind(let name, let detected, let chosen):
            return "mídia: \(q(name)) é \(Self.aNoun(detected)); o tipo escolhido é \(Self.noun(chosen))"
        case .mediaLinkNotTaken(let kind, let gateway):
            return "mídia: um link; \(o(gateway)) só aceita \(Self.noun(kind)) como arquivo local ou data URI"
        case .mediaLocalNotTaken(let isFile, let kind, let gateway):
            return "mídia: \(isFile ? "um arquivo local" : "uma data URI"); \(o(gateway)) só aceita \(Self.noun(kind)) como link http(s) público — coloque o arquivo na internet primeiro"
        case .mediaHostMissing(let gateway, let account):
            return "mídia: um arquivo local; \(o(gateway)) primeiro envia o arquivo para o servidor de mídia da conta — defina media_url na conta '\(account)' (o console mostra esse endereço)"
        case .videoTooLarge(let size, let max, let gateway):
            return "mídia: vídeo de \(bytes(size)); \(o(gateway)) permite \(bytes(max))"
        case .mediaTooLarge(let size, let max, let gateway):
            return "mídia: \(bytes(size)); \(o(gateway)) permite \(bytes(max))"
        case .mediaFileEmpty(let name):
            return "mídia: o arquivo \(q(name)) está vazio (0 bytes)"
        case .mediaNoExtension(let fileName, let gateway):
            return "mídia: \(q(fileName ?? "link")) não tem extensão de arquivo; \(o(gateway)) precisa dela (como .jpg ou .mp4) para saber o tipo"
        case .audioFormatNotTaken(let ext, let gateway):
            return "mídia: áudio .\(ext); \(o(gateway)) só publica status de voz com arquivos .mp3 ou .wav"
        case .mediaTypeUnknown(let fileName, let gateway):
            return "mídia: \(q(fileName)); tipo de arquivo desconhecido — \(o(gateway)) precisa de um arquivo .jpg, .png, .webp ou .mp4"
        case .colorHardToRead(let color):
            return "cor: \(color); o texto do status aparece em branco, então vai ficar difícil de ler neste fundo"
        case .colorNotTaken(let color, let gateway):
            return "cor: \(color); \(o(gateway)) não aceita cor de fundo — o status vai sem ela"
        case .colorInvalid(let text):
            return "cor: \(q(text)); escreva seis dígitos hexadecimais, como #1E8449 (a forma curta #F00 não é aceita)"
        case .colorRequired(let gateway):
            return "cor: vazia; \(o(gateway)) exige uma cor de fundo para status de texto"
        case .fontsNotTaken(let font, let gateway):
            return "fonte: \(font.rawValue); \(o(gateway)) não aceita escolha de fonte — o status vai sem ela"
        case .fontNotOffered(let font, let gateway, let offered):
            return "fonte: \(font.rawValue); \(o(gateway)) oferece \(names(offered))"
        case .fontUnknown(let text):
            return "fonte: \(q(text)); não é o nome de uma fonte (conhecidas: \(names(FontChoice.allCases)))"
        case .fontRequired(let gateway, let offered):
            return "fonte: vazia; \(o(gateway)) exige uma fonte para status de texto (\(names(offered, .or)))"
        case .fontLatinOnly(let font, let gateway):
            return "fonte: \(font.rawValue); \(o(gateway)) desenha essa fonte só com letras latinas — outros alfabetos podem não aparecer"
        case .audienceEntryInvalid(let entry, let why):
            return "para: \(q(entry)); \(why.description(in: .portuguese))"
        case .audienceNotTaken(let entries, let gateway):
            let numbers = entries == 1 ? "1 número" : "\(count(entries)) números"
            return "para: \(numbers); \(o(gateway)) não consegue limitar quem vê o status (quem decide são as configurações de privacidade do celular) — tire os números ou escolha outra conta"
        case .voiceAlwaysOn(let gateway):
            return "voz: desligada; \(o(gateway)) sempre publica o áudio como mensagem de voz"
        case .sourceNotTaken(let source, let gateway):
            return "origem: \(q(source)); só o RyzeAPI registra a origem — não será enviada ao \(gateway.displayName)"
        case .phoneInvalid(let phone, let gateway):
            return "telefone: \(q(phone)); \(o(gateway)) aceita os dígitos do número com o código do país (5511999999999) ou o id de um grupo (120363019502650977-group)"
        case .imageUnusable(let image, let why):
            return "imagem: \(q(image)); \(why.description(in: .portuguese))"
        case .imageIsOtherKind(let name, let kind):
            return "imagem: \(q(name)) é \(Self.aNoun(kind)), não uma imagem"
        case .imageTypeUnknown(let image):
            return "imagem: \(q(image)); tipo de arquivo desconhecido — use um arquivo .jpg, .png ou .webp"
        case .delayOutOfRange(let seconds, let gateway):
            return "atraso: \(seconds) s; \(o(gateway)) permite de 1 a 15 segundos"
        }
    }

    /// The kind with its English article: `an image`, `a video`.
    static func a(_ kind: StatusKind) -> String {
        (kind == .image ? "an " : "a ") + kind.rawValue
    }

    /// The kind as a Portuguese noun: `texto`, `imagem`, `vídeo`, `áudio`.
    static func noun(_ kind: StatusKind) -> String {
        switch kind {
        case .text: "texto"
        case .image: "imagem"
        case .video: "vídeo"
        case .audio: "áudio"
        }
    }

    /// The noun with its article: `uma imagem`, `um vídeo`.
    private static func aNoun(_ kind: StatusKind) -> String {
        (kind == .image ? "uma " : "um ") + noun(kind)
    }

    /// The draft's text field as the Portuguese form names it: `texto` or `legenda`.
    private static func textField(_ kind: StatusKind) -> String {
        kind == .text ? "texto" : "legenda"
    }
}
