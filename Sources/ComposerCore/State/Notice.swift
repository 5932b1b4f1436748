/// A one-line message under the form.
public struct Notice: Sendable, Equatable {
    public enum Kind: Sendable { case info, error }
    public let text: String
    public let kind: Kind

    public static func info(_ text: String) -> Notice { Notice(text: text, kind: .info) }
    public static func error(_ text: String) -> Notice { Notice(text: text, kind: .error) }
}
