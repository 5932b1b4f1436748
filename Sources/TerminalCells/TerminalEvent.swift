/// A key as the composer sees it, decoded from the terminal's input by the backend.
public enum Key: Hashable, Sendable {
    /// A typed character (never a control character).
    case character(Character)
    case enter, tab, backTab, backspace, delete, escape
    case up, down, left, right, home, end, pageUp, pageDown
    /// F1…F12.
    case function(Int)
    /// Ctrl plus a letter, given in lower case: Ctrl-S is `.control("s")`.
    case control(Character)
    /// Alt (Meta) plus a character.
    case alt(Character)
}

/// What the terminal tells the composer.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    /// A bracketed paste, delivered whole so it is one edit.
    case paste(String)
    case resize(width: Int, height: Int)
}
