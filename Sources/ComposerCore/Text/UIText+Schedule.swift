import Foundation
import StatusKit

/// The schedule's words: the header's runner, the When fields, the schedule question and the
/// Schedule panel.
extension UIText {
    /// Who posts the scheduled statuses, for the header.
    public func runner(_ status: ScheduleRunnerStatus) -> String {
        switch status {
        case .thisComposer: pick("runner: this composer", "executor: este compositor")
        case .otherProcess(let pid): pick("runner: `run` (pid \(pid))", "executor: `run` (pid \(pid))")
        case .none: pick("no runner: scheduled posts will not go out until a runner starts",
                         "sem executor: as publicações agendadas não saem até um executor iniciar")
        }
    }

    // The When fields
    public func whenName(_ choice: WhenChoice) -> String {
        switch choice {
        case .now: pick("now", "agora")
        case .at: pick("at a time", "em um horário")
        case .nextSlot: pick("next slot", "próximo horário livre")
        }
    }
    public func repeatName(_ choice: RepeatChoice) -> String {
        switch choice {
        case .once: pick("once", "uma vez")
        case .daily: pick("daily", "todo dia")
        case .weekdays: pick("weekdays", "dias úteis")
        case .weekly: pick("weekly", "semanal")
        }
    }
    /// A stored rule in words: `weekly mon,thu`, `semanal mon,thu`, `todo dia`.
    public func repeatRule(_ rule: String) -> String {
        let days = RepeatChoice.days(of: rule)
        return repeatName(RepeatChoice(rule: rule)) + (days.isEmpty ? "" : " " + days)
    }
    public func atHint(_ zone: String) -> String {
        pick("YYYY-MM-DD HH:MM, or HH:MM for the next such time (\(zone))", "AAAA-MM-DD HH:MM, ou HH:MM para o próximo (\(zone))")
    }
    public var daysHint: String { pick("days of the week, e.g. mon,thu", "dias da semana, ex.: mon,thu") }
    public var untilHint: String { pick("last day, YYYY-MM-DD (optional)", "último dia, AAAA-MM-DD (opcional)") }
    public func updatesItem(_ id: Int64) -> String { pick("\(postKey) updates #\(id)", "\(postKey) atualiza #\(id)") }

    // Scheduling from the form
    public var checkingSchedule: String { pick("Checking the time and the accounts…", "Conferindo o horário e as contas…") }
    public func notScheduledFix(_ count: Int) -> String {
        pick("Nothing was scheduled: fix \(count == 1 ? "the problem" : "the \(count) problems") shown.",
             "Nada foi agendado: corrija \(count == 1 ? "o problema indicado" : "os \(count) problemas indicados").")
    }
    /// The question and its keys first, the accounts last (a narrow window cuts the end).
    public func confirmSchedule(_ plan: SchedulePlan, time: String, repeatRule: String?, updating: Int64?, accounts: String) -> String {
        let count = plan.accounts.count
        let on = pick(count == 1 ? "1 account" : "\(count) accounts", count == 1 ? "1 conta" : "\(count) contas")
        let then = repeatRule.map { pick(", then \($0)", ", depois \($0)") } ?? ""
        let question = updating.map { pick("Update #\($0) to \(time) (\(plan.zone))\(then) on \(on)?", "Atualizar #\($0) para \(time) (\(plan.zone))\(then) em \(on)?") }
            ?? pick("Schedule for \(time) (\(plan.zone))\(then) on \(on)?", "Agendar para \(time) (\(plan.zone))\(then) em \(on)?")
        return question + pick("  \(answerKeys.yes): schedule · \(answerKeys.no): cancel — \(accounts)", "  \(answerKeys.yes): agendar · \(answerKeys.no): cancelar — \(accounts)")
    }
    public var scheduleCancelled: String { pick("Nothing was scheduled.", "Nada foi agendado.") }
    public var scheduling: String { pick("Scheduling…", "Agendando…") }
    public var scheduleCheckedBehind: String {
        pick("The form was checked while another view was open: nothing was scheduled; \(postKey) asks again.",
             "O formulário foi verificado com outra tela aberta: nada foi agendado; \(postKey) pergunta de novo.")
    }
    public func scheduled(_ id: Int64, at time: String, count: Int, updated: Bool) -> String {
        let on = pick(count == 1 ? "1 account" : "\(count) accounts", count == 1 ? "1 conta" : "\(count) contas")
        return updated ? pick("Updated #\(id): \(time) on \(on).", "#\(id) atualizado: \(time) em \(on).")
            : pick("Scheduled #\(id) for \(time) on \(on).", "#\(id) agendado para \(time) em \(on).")
    }
    public func scheduledLog(_ id: Int64, at time: String, updated: Bool) -> String {
        updated ? pick("schedule #\(id) updated — \(time)", "agendamento #\(id) atualizado — \(time)")
            : pick("scheduled #\(id) for \(time)", "agendado #\(id) para \(time)")
    }
    /// Beside the account of a post the runner made: "· scheduled #3", "· scheduled #3 [semana]".
    public func fromSchedule(_ id: Int64, campaign: String?) -> String {
        pick("· scheduled #\(id)", "· agendado #\(id)") + (campaign.map { " [\($0)]" } ?? "")
    }
    public func notScheduled(_ why: String) -> String { pick("not scheduled: \(why)", "não agendado: \(why)") }

    // The Schedule panel
    public var scheduleTitle: String { pick("Schedule", "Agenda") }
    public var scheduleSubtitle: String { pick("by day; campaigns with their progress", "por dia; campanhas com o progresso") }
    public var scheduleLoading: String { pick("Reading the schedule…", "Lendo a agenda…") }
    public var scheduleEmpty: String {
        pick("Nothing is scheduled. Set When on the form (or run `status-composer schedule add`) and it shows here.",
             "Nada agendado. Escolha Quando no formulário (ou use `status-composer schedule add`) e aparece aqui.")
    }
    public func scheduleUnreadable(_ detail: String) -> String { pick("The schedule cannot be read: \(detail)", "A agenda não pode ser lida: \(detail)") }
    public var looseHeading: String { pick("Single statuses", "Status avulsos") }
    public func campaignLine(_ progress: CampaignProgress) -> String {
        var parts = [pick("\(progress.posted)/\(progress.total) posted", "\(progress.posted)/\(progress.total) publicados")]
        if progress.failed > 0 { parts.append(pick("\(progress.failed) failed", "\(progress.failed) com falha")) }
        if progress.missed > 0 { parts.append(pick("\(progress.missed) missed", "\(progress.missed) perdidos")) }
        if !progress.pausedIDs.isEmpty { parts.append(pick("\(progress.pausedIDs.count) paused", "\(progress.pausedIDs.count) pausados")) }
        if progress.cancelled > 0 { parts.append(pick("\(progress.cancelled) cancelled", "\(progress.cancelled) cancelados")) }
        return parts.joined(separator: " · ")
    }
    public func dayHeading(_ day: String, daysAway: Int) -> String {
        switch daysAway {
        case 0: pick("Today, \(day)", "Hoje, \(day)")
        case 1: pick("Tomorrow, \(day)", "Amanhã, \(day)")
        default: day
        }
    }
    /// "in 2h 05m", "in 3d 04h", "due now".
    public func countdown(_ seconds: TimeInterval) -> String {
        guard seconds > 0 else { return pick("due", "vencido") }
        let minutes = max(1, Int(seconds / 60))
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let text = minutes >= 24 * 60 ? "\(minutes / 1440)d \(two(minutes / 60 % 24))h" : "\(minutes / 60)h \(two(minutes % 60))m"
        return pick("in \(text)", "em \(text)")
    }
    public func stateName(_ state: ScheduleEntry.State) -> String {
        switch state {
        case .scheduled: pick("scheduled", "agendado")
        case .paused: pick("paused", "pausado")
        case .posting: pick("posting…", "publicando…")
        case .posted: pick("posted", "publicado")
        case .failed: pick("failed", "falhou")
        case .missed: pick("missed", "perdido")
        case .cancelled: pick("cancelled", "cancelado")
        case .unknown: pick("outcome unknown", "resultado desconhecido")
        }
    }
    public var changing: String { pick("changing…", "alterando…") }

    // What a key did in the panel
    public func cannotPause(_ id: Int64, state: ScheduleEntry.State) -> String {
        pick("#\(id) is \(stateName(state)): only a scheduled or paused item can be paused or resumed.",
             "#\(id) está \(stateName(state)): só um item agendado ou pausado pode ser pausado ou retomado.")
    }
    public func cannotCancel(_ id: Int64, state: ScheduleEntry.State) -> String {
        pick("#\(id) is \(stateName(state)): only a scheduled or paused item can be cancelled.",
             "#\(id) está \(stateName(state)): só um item agendado ou pausado pode ser cancelado.")
    }
    public func campaignHasNothingLeft(_ name: String) -> String {
        pick("Campaign “\(name)” has nothing left to post.", "A campanha “\(name)” não tem mais nada a publicar.")
    }
    public func scheduleLoadedForUpdate(_ id: Int64) -> String {
        pick("Loaded #\(id) into the form: \(postKey) updates it (after a question); \(newDraftKey) starts a new draft.",
             "#\(id) carregado no formulário: \(postKey) o atualiza (depois de perguntar); \(newDraftKey) começa um novo rascunho.")
    }
    public func scheduleLoadedAsNew(_ id: Int64) -> String {
        pick("Loaded #\(id) into the form; it has finished, so scheduling it adds a new item.",
             "#\(id) carregado no formulário; já terminou, então agendá-lo cria um novo item.")
    }
    /// The y/n question before a cancel, or a whole campaign's pause, resume or cancel.
    public func confirmChange(_ change: ScheduleItemsChange, about: String) -> String {
        let count = change.ids.count
        let items = pick(count == 1 ? "1 item" : "\(count) items", count == 1 ? "1 item" : "\(count) itens")
        let question: String
        switch (change.kind, change.campaign) {
        case (.cancel, nil): question = pick("Cancel this scheduled status?", "Cancelar este status agendado?")
        case (.cancel, let name?): question = pick("Cancel campaign “\(name)” (\(items) not posted yet)?", "Cancelar a campanha “\(name)” (\(items) ainda não publicados)?")
        case (.pause, let name): question = pick("Pause campaign “\(name ?? "")” (\(items))?", "Pausar a campanha “\(name ?? "")” (\(items))?")
        case (.resume, let name): question = pick("Resume campaign “\(name ?? "")” (\(items))?", "Retomar a campanha “\(name ?? "")” (\(items))?")
        }
        return question + "  \(answerKeys.yes): \(pick("yes", "sim")) · \(answerKeys.no): \(pick("leave it", "deixar como está"))" + (about.isEmpty ? "" : " — \(about)")
    }
    public var scheduleUnchanged: String { pick("Nothing was changed.", "Nada foi alterado.") }
    public func scheduleChanged(_ change: ScheduleItemsChange, count: Int) -> String {
        let what = change.campaign.map { pick("\(count) item\(count == 1 ? "" : "s") of campaign “\($0)”", "\(count) ite\(count == 1 ? "m" : "ns") da campanha “\($0)”") }
            ?? change.ids.map { "#\($0)" }.joined(separator: ", ")
        switch change.kind {
        case .pause: return pick("Paused \(what).", "Pausado: \(what).")
        case .resume: return pick("Resumed \(what).", "Retomado: \(what).")
        case .cancel: return pick("Cancelled \(what).", "Cancelado: \(what).")
        }
    }
    public func scheduleNotChanged(_ change: ScheduleItemsChange, _ why: String) -> String {
        pick("Nothing was changed (\(change.kind.rawValue)): \(why)", "Nada foi alterado (\(change.kind.rawValue)): \(why)")
    }

    var postKey: String { keys.form.label(of: .post, self) }
}
