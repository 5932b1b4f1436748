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

    /// The preview column is on `state`'s screen: the window is wide enough and not too small,
    /// and the quiet screen is off.
    static func showsPreviewColumn(_ state: ComposerState) -> Bool {
        showsPreview(width: state.size.width) && !state.quietScreen
            && !isTooSmall(width: state.size.width, height: state.size.height)
    }

    /// The preview shows the image card, and so asks for the image: an image status in colour
    /// (`NO_COLOR` shows the text card) with the preview column on screen.
    static func showsImage(_ state: ComposerState) -> Bool {
        state.kind == .image && state.colorProfile != .monochrome && showsPreviewColumn(state)
    }

    /// Columns of the form, left of the preview.
    public static func formWidth(windowWidth: Int) -> Int {
        showsPreview(width: windowWidth) ? windowWidth - previewWidth - 1 : windowWidth
    }

    /// Columns the text field wraps at (one less than its box, so the cursor fits at a row's end).
    public static func textWidth(windowWidth: Int) -> Int {
        max(8, formWidth(windowWidth: windowWidth) - labelWidth - 2)
    }

    /// Rows of the log, above the notice and the footer.
    public static func logHeight(windowHeight height: Int) -> Int {
        max(3, min(9, (height - 4) / 4))
    }

    /// Rows of the form (and of the preview column beside it), under the header.
    public static func formHeight(windowHeight height: Int) -> Int {
        height - 3 - logHeight(windowHeight: height)
    }

    /// Rows left under the image's portrait frame for the caption.
    public static let captionRows = 3

    /// The image status's portrait frame in the preview column: 9:16 in cells twice as tall as
    /// wide (so 9 columns for every 8 rows), as tall as the column allows under the label and
    /// above the caption, and no wider than the card.
    public static func imageFrame(windowHeight height: Int) -> (columns: Int, rows: Int) {
        var rows = max(2, formHeight(windowHeight: height) - 1 - captionRows)
        var columns = (rows * 9 + 4) / 8
        if columns > previewWidth - 2 {
            columns = previewWidth - 2
            rows = columns * 8 / 9
        }
        return (columns, rows)
    }

    public static func isTooSmall(width: Int, height: Int) -> Bool {
        width < minimumWidth || height < minimumHeight
    }
}
