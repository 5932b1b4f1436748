import Foundation
import History
import Scheduling
import StatusKit

/// `doctor`'s checks of the state folder (writable, the history readable and whole), the
/// runner's lock and the time zone schedules are read in.
enum DoctorState {
    /// The findings, and the history when it opened (the schedule checks read it too).
    static func stateFindings(environment: [String: String]) -> (findings: [DoctorFinding], history: HistoryStore?) {
        var history: HistoryStore?
        let findings = folderAndHistoryFindings(environment: environment, opened: &history)
        return (findings, history)
    }

    private static func folderAndHistoryFindings(environment: [String: String], opened: inout HistoryStore?) -> [DoctorFinding] {
        let folder = HistoryStore.stateFolder(environment: environment)
        var findings: [DoctorFinding] = []
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            if !isFolder.boolValue {
                return [.problem("state.folder", "\(folder) is a file, not a folder: nothing can be posted without the history", fix: "move it away: mv \(folder) \(folder).old")]
            }
            if access(folder, W_OK | X_OK) != 0 {
                return [.problem("state.folder", "\(folder) cannot be written by you: the history cannot record posts, so nothing is posted", fix: "chown -R $(id -un) \(folder) && chmod 700 \(folder)")]
            }
            findings.append(.ok("state.folder", "\(folder) writable"))
        } else {
            let parent = nearestExisting(folder)
            if access(parent, W_OK | X_OK) != 0 {
                return [.problem("state.folder", "\(folder) does not exist and cannot be made: \(parent) cannot be written by you", fix: "mkdir -p \(folder) as a user who can, then chown $(id -un) it; or set XDG_STATE_HOME to a folder of yours")]
            }
            findings.append(.ok("state.folder", "\(folder) will be made on the first post"))
            return findings
        }
        let path = HistoryStore.defaultPath(environment: environment)
        guard FileManager.default.fileExists(atPath: path) else {
            findings.append(.ok("state.history", "no history yet: it starts with the first post"))
            return findings
        }
        do {
            let store = try HistoryStore(path: path)
            opened = store
            let count = try store.attemptCount()
            let damage = try store.integrityProblems()
            if damage.isEmpty {
                findings.append(.ok("state.history", "\(path): \(count) attempt\(count == 1 ? "" : "s"), journal whole"))
            } else {
                findings.append(.problem("state.history", "\(path): the journal is damaged: \(damage.prefix(3).joined(separator: "; "))", fix: "status-composer history repair (keeps the damaged file aside and starts a new history)"))
            }
        } catch {
            findings.append(.problem("state.history", "\(path) cannot be read: \(error)", fix: "status-composer history repair (keeps the damaged file aside and starts a new history)"))
        }
        return findings
    }

    private static func nearestExisting(_ path: String) -> String {
        var current = path
        while !FileManager.default.fileExists(atPath: current), current != "/" {
            current = (current as NSString).deletingLastPathComponent
        }
        return current
    }

    /// How many items wait for a runner (`scheduled`), nil when it cannot be read (the state
    /// checks say why).
    static func scheduledCount(_ history: HistoryStore) -> Int? {
        try? ScheduleStore(history: history).count(in: .scheduled)
    }

    /// The runner's lock (`runner.lock`, holding its pid). Not running is fine while nothing is
    /// scheduled; `scheduled` is nil when the history cannot tell.
    static func runnerFinding(environment: [String: String], scheduled: Int?) -> DoctorFinding {
        let folder = HistoryStore.stateFolder(environment: environment)
        let lock = RunnerLock.look(stateFolder: folder)
        if let lock, lock.isHeld {
            return .ok("runner", "a runner is running (pid \(lock.pid.map(String.init) ?? "not written yet"))")
        }
        let stale = lock?.pid.map { " (\(RunnerLock.path(stateFolder: folder)) names pid \($0), which is not running: the next run takes it over)" } ?? ""
        guard let scheduled, scheduled > 0 else {
            return .ok("runner", "no runner running\(stale); none is needed while nothing is scheduled")
        }
        return .problem("runner", "no runner running\(stale), and \(scheduled) status\(scheduled == 1 ? " is" : "es are") scheduled: they will not go out", fix: "start one: status-composer run (or as a service: status-composer run --print-systemd-unit)")
    }

    /// The zone schedules use, by the schedule's own rule (`ScheduleZone`): the config's
    /// `timezone`, else TZ, else the machine's. A TZ that names no zone is a problem here,
    /// because schedules then quietly take the machine's zone.
    static func timeZoneFinding(configured: String?, environment: [String: String]) -> DoctorFinding {
        if let name = configured, ScheduleSettings.timezoneProblem(name) != nil {
            return .problem("timezone", "timezone = \"\(name)\" in the config is not a time zone name", fix: "use an IANA name, e.g. timezone = \"America/Sao_Paulo\" (timedatectl list-timezones lists them)")
        }
        let zone = (try? ScheduleZone.resolve(configured: configured, environment: environment))
            ?? ScheduleZone(TimeZone.current, origin: .machine)
        switch zone.origin {
        case .config:
            return .ok("timezone", "schedules use \(zone.identifier) (the config's timezone)")
        case .environment:
            return .ok("timezone", "schedules use \(zone.identifier) (from TZ)")
        case .machine:
            if let raw = environment["TZ"], !raw.isEmpty {
                return .problem("timezone", "TZ=\(raw) is not a time zone name", fix: "set the shop's zone in the config: timezone = \"America/Sao_Paulo\" (or export TZ=America/Sao_Paulo)")
            }
            return .ok("timezone", "schedules use \(zone.identifier) (this machine's zone); set timezone = \"…\" in the config if the shop is elsewhere")
        }
    }
}
