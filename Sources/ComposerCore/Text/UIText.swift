import Foundation
import StatusKit

/// Every label, hint and notice of the composer in English and Brazilian Portuguese. A text
/// that names a key takes its name from `keys` (see UIText+Keys), never writes it by hand, so
/// a changed binding changes every text that names it.
public struct UIText: Sendable {
    public let language: Language
    /// The key map in use, for the texts that name a key.
    public let keys: KeyMap

    public init(_ language: Language, keys: KeyMap = .standard) {
        self.language = language
        self.keys = keys
    }

    func pick(_ english: String, _ portuguese: String) -> String {
        language == .portuguese ? portuguese : english
    }

    // Field labels
    public func label(_ field: ComposerField, kind: StatusKind) -> String {
        switch field {
        case .accounts: pick("Accounts", "Contas")
        case .type: pick("Type", "Tipo")
        case .text: kind == .text ? pick("Text", "Texto") : pick("Caption", "Legenda")
        case .media: pick("Media", "Mídia")
        case .color: pick("Background", "Cor de fundo")
        case .font: pick("Font", "Fonte")
        case .audience: pick("Audience", "Público")
        case .voice: pick("Voice", "Voz")
        case .when: pick("When", "Quando")
        case .at: pick("At", "Horário")
        case .repeats: pick("Repeat", "Repetir")
        case .days: pick("Days", "Dias")
        case .until: pick("Until", "Até")
        }
    }

    public func kindName(_ kind: StatusKind) -> String {
        switch kind {
        case .text: pick("text", "texto")
        case .image: pick("image", "imagem")
        case .video: pick("video", "vídeo")
        case .audio: pick("audio", "áudio")
        }
    }

    public var gatewayDefault: String { pick("gateway default", "padrão do gateway") }
    public var allContacts: String { pick("all contacts (type a number and press \(addNumberKey) to limit)", "todos os contatos (digite um número e \(addNumberKey) para limitar)") }
    public var voiceNote: String { pick("voice note", "mensagem de voz") }
    public var audioFile: String { pick("regular audio", "áudio comum") }
    public var preview: String { pick("Preview", "Prévia") }
    public var log: String { pick("Log", "Registro") }
    public var sandboxBadge: String { pick(" SANDBOX · nothing is published ", " SANDBOX · nada é publicado ") }
    public var noAccounts: String { pick("none chosen", "nenhuma escolhida") }
    public var emptyLog: String { pick("Posts and the gateways' answers show here.", "As publicações e as respostas dos gateways aparecem aqui.") }
    public var sending: String { pick("sending…", "enviando…") }
    public func posted(_ ids: String) -> String { pick("posted — \(ids)", "publicado — \(ids)") }
    /// Leads a log line whose answer was lost: the status may be live, so posting it again may
    /// post it twice.
    public var outcomeUnknown: String {
        pick("outcome unknown — it may have been published; do not repost blindly, check the gateway first",
             "resultado desconhecido — pode ter sido publicado; não publique de novo às cegas, confira no gateway antes")
    }
    public var tooSmall: String { pick("Make the window larger", "Aumente a janela") }
    public func tooSmallDetail(_ width: Int, _ height: Int) -> String {
        pick("status-composer needs at least \(width)×\(height)", "o status-composer precisa de pelo menos \(width)×\(height)")
    }
    public var helpTitle: String { pick("Keys — \(closeHelpKey) closes", "Teclas — \(closeHelpKey) fecha") }
    public var colorModeNames: (String, String, String, String) { ("truecolor", "256", "16", pick("no colour", "sem cor")) }

    // Confirmation and notices
    /// The question and its keys first, the accounts last: a narrow window or a long list of
    /// accounts cuts the end, never the keys.
    public func confirmPost(kind: StatusKind, count: Int, accounts: String) -> String {
        pick("Post this \(kindName(kind)) status to \(count == 1 ? "1 account" : "\(count) accounts")?  \(answerKeys.yes): post · \(answerKeys.no): cancel — \(accounts)",
             "Publicar este status de \(kindName(kind)) em \(count == 1 ? "1 conta" : "\(count) contas")?  \(answerKeys.yes): publicar · \(answerKeys.no): cancelar — \(accounts)")
    }
    /// An account's connection state as the composer shows it (scripts read the English words
    /// of `accounts check`).
    public func healthState(_ state: HealthState) -> String {
        switch state {
        case .connected: pick("connected", "conectada")
        case .phoneOffline: pick("phone offline", "celular offline")
        case .notAuthorised: pick("not authorised", "não autorizada")
        case .blocked: pick("blocked", "bloqueada")
        case .starting: pick("starting", "iniciando")
        case .tokenRefused: pick("token refused", "token recusado")
        case .unreachable: pick("unreachable", "inacessível")
        case .unknown: pick("unknown", "desconhecido")
        }
    }

    /// The confirmation when some chosen accounts are not connected: y/Enter posts to the
    /// connected ones only, the second key to all.
    public func confirmPostNotConnected(kind: StatusKind, connected: Int, down: String) -> String {
        let yes = connected == 0
            ? pick("none is connected", "nenhuma está conectada")
            : pick("\(answerKeys.yes): post to the \(connected) connected", "\(answerKeys.yes): publicar nas \(connected) conectadas")
        return pick("Not connected: \(down).  \(yes) · \(postAnywayKey): all · \(answerKeys.no): cancel",
                    "Não conectadas: \(down).  \(yes) · \(postAnywayKey): todas · \(answerKeys.no): cancelar")
    }
    public func postingSkipping(_ count: Int, _ skipped: [String]) -> String {
        pick("Posting to \(count) account\(count == 1 ? "" : "s"); not to \(skipped.joined(separator: ", ")) (not connected).",
             "Publicando em \(count) conta\(count == 1 ? "" : "s"); não em \(skipped.joined(separator: ", ")) (não conectada).")
    }
    public func reconciled(sent: Int, notSent: Int, undecided: Int) -> String {
        pick("Posts without an answer, checked with the gateways: \(sent) found published, \(notSent) not published (safe to post again), \(undecided) still unknown.",
             "Publicações sem resposta, conferidas nos gateways: \(sent) publicadas, \(notSent) não publicadas (pode publicar de novo), \(undecided) ainda incertas.")
    }
    public var viewsNotYet: String { pick("Views not known yet: the gateway is being asked.", "Visualizações ainda não conhecidas: o gateway está sendo consultado.") }
    public var chooseAccount: String { pick("Choose at least one account (\(chooseAccountKey) in Accounts).", "Escolha pelo menos uma conta (\(chooseAccountKey) em Contas).") }
    public func fixErrors(_ count: Int) -> String {
        pick("Nothing was sent: fix \(count == 1 ? "the error" : "the \(count) errors") shown first.",
             "Nada foi enviado: corrija primeiro \(count == 1 ? "o erro" : "os \(count) erros") indicados.")
    }
    public func postingTo(_ count: Int) -> String {
        pick("Posting to \(count) account\(count == 1 ? "" : "s")… keep typing, the answers arrive in the log.",
             "Publicando em \(count) conta\(count == 1 ? "" : "s")… continue digitando, as respostas chegam no registro.")
    }
    public func postedAll(_ count: Int) -> String {
        pick("Posted to \(count == 1 ? "the account" : "all \(count) accounts"). The form stays filled; \(newDraftKey) starts a new draft.",
             "Publicado em \(count == 1 ? "uma conta" : "todas as \(count) contas"). O formulário continua preenchido; \(newDraftKey) começa um novo rascunho.")
    }
    /// Some accounts did not post; `unknown` of them may have (their answer was lost).
    public func postedSome(_ posted: Int, _ total: Int, unknown: Int) -> String {
        guard unknown > 0 else {
            return pick("Posted to \(posted) of \(total) accounts — see the log for what went wrong.",
                        "Publicado em \(posted) de \(total) contas — veja no registro o que deu errado.")
        }
        return pick("Posted to \(posted) of \(total) accounts; \(unknown) outcome\(unknown == 1 ? "" : "s") unknown — check the gateway before posting again.",
                    "Publicado em \(posted) de \(total) contas; \(unknown) com resultado desconhecido — confira no gateway antes de publicar de novo.")
    }
    /// `date` as a local time in `timeZone`.
    public func draftRestored(_ date: Date, timeZone: TimeZone) -> String {
        let time = ISO8601DateFormatter.string(from: date, timeZone: timeZone, formatOptions: [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate, .withSpaceBetweenDateAndTime])
        return pick("Draft restored (saved \(time)); \(newDraftKey) starts a new one.", "Rascunho recuperado (salvo em \(time)); \(newDraftKey) começa um novo.")
    }
    /// On the built-in sandbox, the composer's first words (the Accounts field has the focus).
    public var noAccountsYet: String {
        pick("No accounts yet: press \(addAccountKey) to add your first (these sandbox accounts publish nothing).",
             "Nenhuma conta ainda: tecle \(addAccountKey) para adicionar a primeira (estas contas de teste não publicam nada).")
    }
    public var unknownOutcome: String {
        pick("the program ended before the gateway answered; it is not resent on its own",
             "o programa terminou antes da resposta do gateway; não é reenviado sozinho")
    }
    public func unknownOutcomes(_ count: Int) -> String {
        pick("\(count) post\(count == 1 ? "" : "s") of an earlier run had no answer — see the log and `status-composer history`.",
             "\(count) publicaç\(count == 1 ? "ão" : "ões") de uma execução anterior sem resposta — veja o registro e `status-composer history`.")
    }
    public var newDraft: String { pick("New draft: the form is clear (accounts, colour and font kept).", "Novo rascunho: o formulário foi limpo (contas, cor e fonte mantidas).") }
    public var editorFailed: String { pick("The editor did not return the text; nothing changed.", "O editor não devolveu o texto; nada mudou.") }
    public var editorDone: String { pick("Text taken back from the editor.", "Texto recebido do editor.") }
    public func quitWhileSending(_ count: Int) -> String {
        pick("\(count) post\(count == 1 ? " is" : "s are") still sending — press again to quit anyway.",
             "\(count) publicaç\(count == 1 ? "ão ainda está" : "ões ainda estão") em envio — pressione de novo para sair mesmo assim.")
    }
    public func quietScreenOn(_ count: String) -> String {
        pick("Quiet screen: preview and counter hidden (\(count) characters now). \(quietScreenKey) shows them.",
             "Tela leve: prévia e contador escondidos (\(count) caracteres agora). \(quietScreenKey) mostra de novo.")
    }
    public var quietScreenOff: String { pick("Preview and counter shown again.", "Prévia e contador de volta.") }
    public var escAgainToQuit: String { pick("Press \(cancelKey) again (or \(quitKey)) to quit.", "Pressione \(cancelKey) de novo (ou \(quitKey)) para sair.") }
    public func audienceAdded(_ count: Int) -> String { pick("Added \(count) number\(count == 1 ? "" : "s").", "\(count) número\(count == 1 ? "" : "s") adicionado\(count == 1 ? "" : "s").") }
    public func fontsOf(_ names: String) -> String { pick("sent as \(names)", "enviada como \(names)") }
    public var fontsUnsupported: String { pick("the chosen gateways have no fonts", "os gateways escolhidos não têm fontes") }
    public func mediaInfo(kind: String, size: String?, source: String) -> String {
        [kind, size, source].compactMap { $0 }.joined(separator: " · ")
    }
    public var mediaLink: String { pick("link", "link") }
    public var previewLoading: String { pick("loading the image…", "carregando a imagem…") }
    public var previewFailed: String { pick("cannot show the image:", "não dá para mostrar a imagem:") }
    public var mediaFile: String { pick("local file", "arquivo local") }
    public var mediaData: String { pick("data URI", "data URI") }
    public var mediaHint: String { pick("a http(s) link, a local file path or a data: URI", "um link http(s), o caminho de um arquivo local ou uma data URI") }
    public func chars(_ used: Int, _ limit: Int?) -> String {
        limit.map { "\(used)/\($0)" } ?? "\(used)"
    }
}
