/// One read from the terminal before decoding: a typed code point, or a key the terminal
/// reported as a key code, already named. `InputDecoder` turns these into `TerminalEvent`s;
/// `TerminalScreen` produces them from `get_wch`.
public enum RawInput: Hashable, Sendable {
    /// A code point as it arrived, controls included (Esc is 27, Enter is 13).
    case codePoint(UInt32)
    case key(RawKey)
}

/// Key codes the decoder understands.
public enum RawKey: Hashable, Sendable {
    case enter, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    /// F1…F12 (higher function keys are reported as `.other`).
    case function(Int)
    /// The terminal changed size; the new size is already known.
    case resize(width: Int, height: Int)
    /// The bracketed-paste markers.
    case pasteStart, pasteEnd
    /// A key code with no meaning for the composer (it is dropped).
    case other
}
