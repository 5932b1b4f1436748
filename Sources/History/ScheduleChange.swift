/// What a pause, resume or cancel did to one item.
public enum ScheduleChange: Sendable, Equatable {
    /// Done; the item as it now is.
    case changed(ScheduledItem)
    /// Not done: the item's state does not allow it (a posted item cannot be paused).
    case refused(ScheduledItem)
    case notFound(Int64)
}
