/// A day of the week, Monday first, as `--repeat weekly:mon,thu` names them.
public enum Weekday: String, Sendable, CaseIterable, Comparable {
    case mon, tue, wed, thu, fri, sat, sun

    public static func < (one: Weekday, other: Weekday) -> Bool {
        allCases.firstIndex(of: one)! < allCases.firstIndex(of: other)!
    }

    public var isWeekend: Bool { self == .sat || self == .sun }
}
