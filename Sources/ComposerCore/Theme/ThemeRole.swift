/// The parts of the screen a theme colours.
public enum ThemeRole: String, Sendable, CaseIterable {
    case text, muted, label, focusLabel, input, inputFocus, error, warning, success, sending
    case header, badge, footer, footerKey, border, overlay, selection
}
