/// What each key does, as the help and the footer say it, and the names of the key map's modes.
extension UIText {
    // The form
    var formTitle: String { pick("Form", "Formulário") }
    var formAndPanelsTitle: String { pick("Form and panels", "Formulário e painéis") }
    var keyNextField: String { pick("next field", "próximo campo") }
    var keyNextPreviousField: String { pick("next / previous field", "próximo / anterior campo") }
    var keyEnterNextField: String { pick("next field, where the field has no use for it", "próximo campo, onde o campo não o usa") }
    var keyPost: String { pick("post (asks first)", "publicar (pede confirmação)") }
    var keyPostShort: String { pick("post", "publicar") }
    var keyHistory: String { pick("history: delete or reuse a status", "histórico: apagar ou reutilizar um status") }
    var keyHistoryShort: String { pick("history", "histórico") }
    var keySchedule: String { pick("schedule: the agenda of scheduled statuses and campaigns", "agenda: os status agendados e as campanhas") }
    var keyNewDraft: String { pick("new draft", "novo rascunho") }
    var keyLog: String { pick("log: older / newer", "registro: mais antigos / mais novos") }
    var keyQuietScreen: String { pick("quiet screen: hide/show preview and counter (slow links)", "tela leve: esconde/mostra prévia e contador (conexão lenta)") }
    var keyCancel: String { pick("close / cancel; twice quits", "fechar / cancelar; duas vezes sai") }
    var keyHelp: String {
        let typed = keys.global.typedLabel(of: .help, self)
        return typed.isEmpty ? keyHelpShort : pick("help (\(typed) outside text fields)", "ajuda (\(typed) fora dos campos de texto)")
    }
    var keyHelpShort: String { pick("help", "ajuda") }
    var keyQuit: String { pick("quit", "sair") }

    // Fields
    var keyMove: String { pick("move", "mover") }
    var keyChoose: String { pick("choose", "escolher") }
    var keyAddAccount: String { pick("add an account (a form)", "adicionar uma conta (um formulário)") }

    // The add-account form
    var keyAccountFormMove: String { pick("next / previous field", "campo seguinte / anterior") }
    var keyAccountFormMoveShort: String { pick("field", "campo") }
    var keyAccountFormEnter: String { pick("next field; on the last, add the account", "campo seguinte; no último, adicionar a conta") }
    var keyAccountFormGateway: String { pick("Gateway: change", "Gateway: trocar") }
    var keyAccountFormSave: String { pick("add the account (written to the config, then the composer reopens with it)", "adicionar a conta (gravada na configuração; o compositor reabre com ela)") }
    var keyAccountFormSaveShort: String { pick("add", "adicionar") }
    var keyAccountFormCancel: String { pick("close: nothing is written", "fechar: nada é gravado") }
    var keyAccountFormCancelShort: String { pick("cancel", "cancelar") }
    var accountFormSaveKey: String { keys.accountForm.label(of: .save, self) }
    var accountFormCancelKey: String { keys.accountForm.label(of: .cancel, self) }
    var keyChange: String { pick("change", "trocar") }
    var keyNewLine: String { pick("new line", "nova linha") }
    var keyLineUpDown: String { pick("line up / down (past the edge: field)", "linha acima / abaixo (na borda: campo)") }
    var keyEditor: String { pick("edit the text in $EDITOR", "editar o texto no $EDITOR") }
    var keyPalette: String { pick("palette", "paleta") }
    var keyAddNumber: String { pick("add the number", "adicionar o número") }
    var keyAdd: String { pick("add", "adicionar") }
    var keyPickEntry: String { pick("pick an entry", "escolher um número") }
    var keyPick: String { pick("pick", "escolher") }
    var keyRemoveEntry: String { pick("remove the picked (or last) entry", "remover o escolhido (ou o último)") }
    var keyRemove: String { pick("remove", "remover") }
    var keyToggleVoice: String { pick("voice note / regular audio", "mensagem de voz / áudio comum") }
    var keyToggle: String { pick("toggle", "alternar") }
    var typeAndFont: String { [ComposerField.type, .font, .when, .repeats].map { label($0, kind: .text) }.joined(separator: ", ") }

    // Typing in text inputs
    var keyTyping: String { pick("Typing", "Digitação") }
    var keyType: String { pick("type", "digitar") }
    var keyMoveInLine: String { pick("move; start / end of line", "mover; início / fim da linha") }
    var keyWord: String { pick("word left / right", "palavra à esquerda / direita") }
    var keyDelete: String { pick("delete before / after", "apagar antes / depois") }
    var keyDeleteWord: String { pick("delete word before / to line end", "apagar palavra antes / até o fim") }
    var keyClear: String { pick("clear the field", "limpar o campo") }
    var keyClearShort: String { pick("clear", "limpar") }
    var keyUndo: String { pick("undo / redo", "desfazer / refazer") }

    // The History panel
    var keyHistoryChoose: String { pick("choose", "escolher") }
    var keyFirstLast: String { pick("first / last", "primeiro / último") }
    var keyLoad: String { pick("load into the form", "carregar no formulário") }
    var keyDeleteStatus: String { pick("delete for everyone (asks first)", "apagar para todos (pergunta antes)") }
    var keyDeleteShort: String { pick("delete", "apagar") }
    var keyDeletePost: String { pick("delete whole post", "apagar a publicação toda") }
    var keyClose: String { pick("close", "fechar") }
    var keyRefresh: String { pick("refresh", "atualizar") }

    // The Schedule panel
    var keyScheduleChoose: String { pick("choose an item or a campaign", "escolher um item ou uma campanha") }
    var keyScheduleLoad: String { pick("load into the form (the next schedule updates it)", "carregar no formulário (o próximo agendamento o atualiza)") }
    var keyScheduleLoadShort: String { pick("edit", "editar") }
    var keyPauseResume: String { pick("pause / resume (a whole campaign asks first)", "pausar / retomar (uma campanha inteira pergunta antes)") }
    var keyPauseResumeShort: String { pick("pause/resume", "pausar/retomar") }
    var keyCancelScheduled: String { pick("cancel the item or campaign (asks first)", "cancelar o item ou a campanha (pergunta antes)") }
    var keyCancelScheduledShort: String { pick("cancel", "cancelar") }

    // Questions and the help
    var keyQuestion: String { pick("Question", "Pergunta") }
    var keyYes: String { pick("yes: post, schedule, delete or change", "sim: publicar, agendar, apagar ou alterar") }
    var keyYesShort: String { pick("yes", "sim") }
    var keyRecipients: String { pick("views: who saw the status (Green API, RyzeAPI)", "visualizações: quem viu o status (Green API, RyzeAPI)") }
    var keyNotConnectedTitle: String { pick("Not connected", "Não conectada") }
    var keyPostAnyway: String { pick("post to the accounts that are not connected too", "publicar também nas contas não conectadas") }
    var keyPostAnywayShort: String { pick("all, not connected too", "todas, também as não conectadas") }
    var postAnywayKey: String { keys.notConnected.label(of: .postAnyway, self) }
    var keyNo: String { pick("no: nothing is sent, scheduled, deleted or changed", "não: nada é enviado, agendado, apagado nem alterado") }
    var keyNoShort: String { pick("no", "não") }
    var keyHelpTitle: String { pick("Help", "Ajuda") }
    var keyNextPage: String { pick("next page", "próxima página") }
    var keyNextPageShort: String { pick("next", "próxima") }
    var keyPreviousPage: String { pick("previous page", "página anterior") }
    var keyPreviousPageShort: String { pick("back", "anterior") }
    func helpPage(_ page: Int, of count: Int) -> String { pick("page \(page)/\(count)", "página \(page)/\(count)") }

    // The keys the texts name, from the key map in use (main keys, as the footer writes them)
    /// The answers' keys as the questions name them ("y/Enter", "Esc").
    var answerKeys: (yes: String, no: String) { (keys.question.label(of: .yes, self), keys.question.label(of: .no, self)) }
    var newDraftKey: String { keys.form.label(of: .newDraft, self) }
    var quietScreenKey: String { keys.form.label(of: .quietScreen, self) }
    var cancelKey: String { keys.form.label(of: .cancel, self) }
    var quitKey: String { keys.global.label(of: .quit, self) }
    var closeHelpKey: String { keys.help.label(of: .close, self) }
    var chooseAccountKey: String { keys.fields[.accounts]?.label(of: .toggle, self) ?? "" }
    var addAccountKey: String { keys.fields[.accounts]?.label(of: .addAccount, self) ?? "" }
    var addNumberKey: String { keys.fields[.audience]?.label(of: .addEntry, self) ?? "" }

    var keySpace: String { pick("Space", "Espaço") }

    // What a key did
    public var postCancelled: String { pick("Post cancelled; nothing was sent.", "Publicação cancelada; nada foi enviado.") }
}
