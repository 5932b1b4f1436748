/// A token or key. It never prints itself: string interpolation, `print`, `dump` and debug
/// descriptions all show a mask, so a secret cannot reach a screen or a log by accident.
public struct Secret: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Read only where the gateway needs it: a URL path segment or a header.
    public let exposedValue: String

    public init(_ value: String) { exposedValue = value }

    public static let mask = "••••"
    public var description: String { Self.mask }
    public var debugDescription: String { Self.mask }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
