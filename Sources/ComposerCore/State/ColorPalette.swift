import StatusKit

/// The swatches offered in the background-colour field: dark enough for WhatsApp's white text.
public enum ColorPalette {
    public static let swatches: [HexColor] = [
        "#1E8449", "#128C7E", "#075E54", "#1F618D", "#34495E", "#2C3E50", "#6C3483", "#8E44AD",
        "#C0392B", "#B03A2E", "#D35400", "#A04000", "#7E5109", "#424949", "#000000",
    ].compactMap { HexColor($0) }

    /// The swatch index of a colour, when it is one of them.
    public static func index(of color: HexColor?) -> Int? {
        guard let color else { return nil }
        return swatches.firstIndex(of: color)
    }
}
