/// The composer's own settings, at the top of the config beside the `[[account]]` tables.
public struct ComposerSettings: Sendable, Equatable {
    /// `theme = "name"`: the colour theme, unless `--theme` is given.
    public var theme: String?
    /// `quiet_screen = true`: start without the preview and the live counter (slow links).
    public var quietScreen: Bool

    public init(theme: String? = nil, quietScreen: Bool = false) {
        self.theme = theme
        self.quietScreen = quietScreen
    }
}
