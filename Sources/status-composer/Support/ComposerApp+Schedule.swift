import ComposerCore
import Foundation

extension ComposerApp {
    /// The schedule's effects, each in the background (a store write, a link's HEAD) with its
    /// answer through the inbox. Without a store (it could not be opened) each says why.
    func performSchedule(_ effect: Effect) {
        guard let scheduling else {
            let why = schedulingProblem ?? "the schedule cannot be opened"
            switch effect {
            case .loadSchedule: apply(.scheduleLoaded(.failure(HistoryUnreadable(why))))
            case .checkSchedule(let order): apply(.scheduleChecked(order, .failure(ScheduleProblems([ScheduleProblem(field: nil, message: why)]))))
            case .saveSchedule(let order): apply(.scheduleSaved(order, .failure(ScheduleFailure(why))))
            case .changeSchedule(let change): apply(.scheduleChangeFinished(change, .failure(ScheduleFailure(why))))
            default: break
            }
            return
        }
        let inbox = inbox
        switch effect {
        case .loadSchedule:
            Task.detached { inbox.push(.scheduleLoaded(scheduling.load())) }
        case .checkSchedule(let order):
            Task.detached { inbox.push(.scheduleChecked(order, await scheduling.check(order))) }
        case .saveSchedule(let order):
            Task.detached { inbox.push(.scheduleSaved(order, await scheduling.save(order))) }
        case .changeSchedule(let change):
            Task.detached { inbox.push(.scheduleChangeFinished(change, scheduling.change(change))) }
        default: break
        }
    }
}
