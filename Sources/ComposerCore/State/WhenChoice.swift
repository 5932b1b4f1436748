/// The form's When field: post now (the default), at a typed time, or in the next free slot.
public enum WhenChoice: String, Sendable, CaseIterable {
    case now, at, nextSlot
}

/// The form's Repeat field, shown when the status is scheduled.
public enum RepeatChoice: String, Sendable, CaseIterable {
    case once, daily, weekdays, weekly
}
