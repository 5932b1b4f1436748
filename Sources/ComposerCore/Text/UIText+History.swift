import Foundation

/// The History panel's words, and the log's for posts waiting their turn.
extension UIText {
    public var historyTitle: String { pick("History", "Histórico") }
    public var historySubtitle: String { pick("statuses of the last 24 hours, newest first", "status das últimas 24 horas, os mais novos primeiro") }
    public var historyLoading: String { pick("Reading the history…", "Lendo o histórico…") }
    public var historyEmpty: String {
        pick("Nothing was posted in the last 24 hours. Posts show here with the time they have left.",
             "Nada foi publicado nas últimas 24 horas. As publicações aparecem aqui com o tempo que resta.")
    }
    public func historyUnreadable(_ detail: String) -> String {
        pick("The history cannot be read: \(detail)", "O histórico não pode ser lido: \(detail)")
    }

    /// "23h 05m left": hours and minutes until the status expires.
    public func timeLeft(_ seconds: TimeInterval) -> String {
        let minutes = Int(seconds / 60)
        guard minutes > 0 else { return seconds > 0 ? pick("under 1m left", "menos de 1m") : pick("expired", "expirou") }
        let text = "\(minutes / 60)h \(minutes % 60 < 10 ? "0" : "")\(minutes % 60)m"
        return pick("\(text) left", "faltam \(text)")
    }
    public var stateDeleted: String { pick("deleted", "apagado") }
    public var stateUnknown: String { pick("outcome unknown", "resultado desconhecido") }
    public var stateDeleting: String { pick("deleting…", "apagando…") }

    public func confirmDelete(_ who: String, at time: String) -> String {
        // The question and its keys first: a narrow window cuts the end.
        pick("Delete for everyone?  \(answerKeys.yes): delete · \(answerKeys.no): keep it — the status of \(time) from \(who)",
             "Apagar para todos?  \(answerKeys.yes): apagar · \(answerKeys.no): manter — o status das \(time) em \(who)")
    }
    public func confirmDeletePost(_ accounts: [String], at time: String) -> String {
        pick("Delete for everyone, from all \(accounts.count) accounts?  \(answerKeys.yes): delete · \(answerKeys.no): keep them — the post of \(time): \(accounts.joined(separator: ", "))",
             "Apagar para todos, nas \(accounts.count) contas?  \(answerKeys.yes): apagar · \(answerKeys.no): manter — a publicação das \(time): \(accounts.joined(separator: ", "))")
    }
    public func deleting(_ who: String) -> String { pick("Deleting from \(who)…", "Apagando em \(who)…") }
    public func deleted(_ who: String) -> String { pick("Deleted from \(who).", "Apagado em \(who).") }
    public func notDeleted(_ who: String, _ why: String) -> String { pick("Not deleted from \(who): \(why)", "Não foi apagado em \(who): \(why)") }
    public var nothingDeleted: String { pick("Nothing was deleted.", "Nada foi apagado.") }
    public var alreadyDeleted: String { pick("That status was already deleted.", "Esse status já foi apagado.") }
    public var alreadyExpired: String { pick("That status has already expired.", "Esse status já expirou.") }
    public var cannotDeleteUnknown: String {
        pick("No id came back for that post (the program ended first): check the phone; it cannot be deleted from here.",
             "Essa publicação não recebeu id (o programa terminou antes): confira no celular; não dá para apagar daqui.")
    }
    public func accountGone(_ name: String) -> String {
        pick("The account \(name) is no longer in the config, so its status cannot be deleted from here.",
             "A conta \(name) não está mais na configuração; o status não pode ser apagado daqui.")
    }
    public func gatewayCannotDelete(_ who: String) -> String {
        pick("\(who): this gateway cannot delete statuses; it expires 24 hours after posting.",
             "\(who): este gateway não apaga status; ele expira 24 horas após a publicação.")
    }
    public func loadedBack(_ who: String, at time: String) -> String {
        pick("Loaded the status of \(time) from \(who) into the form; nothing was sent.",
             "Status das \(time) em \(who) carregado no formulário; nada foi enviado.")
    }

    // The log, for posts not yet on the wire
    public var queued: String { pick("queued — waiting its turn (gateway pace)", "na fila — aguardando a vez (ritmo do gateway)") }
    public func waitingToRetry(_ seconds: Int) -> String {
        pick("the gateway asked to wait (429); trying again in \(seconds) s", "o gateway pediu para esperar (429); nova tentativa em \(seconds) s")
    }
    public func inFlight(queued: Int, sending: Int) -> String {
        [queued > 0 ? pick("\(queued) queued", "\(queued) na fila") : nil, sending > 0 ? "\(sending) \(self.sending)" : nil]
            .compactMap { $0 }.joined(separator: ", ")
    }
}
