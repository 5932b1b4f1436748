/// Sizes shared by the state (where the text wraps, for cursor moves) and the view. Neither
/// drawing nor reducing: both read it.
public enum ComposerLayout {
    public static let minimumWidth = 60
    public static let minimumHeight = 16
    public static let labelWidth = 14
    /// The preview column shows when the window is at least this wide.
    public static let previewMinimumWindowWidth = 96
    public static let previewWidth = 32

    public static func showsPreview(width: Int) -> Bool { width >= previewMinimumWindowWidth }

    /// Columns of the form, left of the preview.
    public static func formWidth(windowWidth: Int) -> Int {
        showsPreview(width: windowWidth) ? windowWidth - previewWidth - 1 : windowWidth
    }

    /// Columns the text field wraps at (one less than its box, so the cursor fits at a row's end).
    public static func textWidth(windowWidth: Int) -> Int {
        max(8, formWidth(windowWidth: windowWidth) - labelWidth - 2)
    }

    public static func isTooSmall(width: Int, height: Int) -> Bool {
        width < minimumWidth || height < minimumHeight
    }
}
