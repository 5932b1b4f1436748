/// Who posts the scheduled statuses when they are due: this composer (it holds the runner's
/// lock while it is open), a `status-composer run` process, or nobody — then nothing scheduled
/// goes out until a runner starts. The app sends `.scheduleRunnerChanged` when this changes.
public enum ScheduleRunnerStatus: Equatable, Sendable {
    case thisComposer
    case otherProcess(pid: Int32)
    case none
}
