import CNcursesw

/// Names the key codes `get_wch` reports (`KEY_CODE_YES`). Shifted and modified variants of
/// arrows and editing keys (xterm's kLFT5, kUP3…, curses' KEY_SLEFT…) count as the plain key,
/// since the composer's keys carry no Shift/Ctrl modifiers.
enum CursesKeyCodes {
    static func rawKey(for code: Int32, paste: BracketedPaste) -> RawKey {
        if code == paste.startCode { return .pasteStart }
        if code == paste.endCode { return .pasteEnd }
        switch code {
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC, KEY_SDC: return .delete
        case KEY_UP, KEY_SR: return .up
        case KEY_DOWN, KEY_SF: return .down
        case KEY_LEFT, KEY_SLEFT: return .left
        case KEY_RIGHT, KEY_SRIGHT: return .right
        case KEY_HOME, KEY_SHOME, KEY_A1: return .home
        case KEY_END, KEY_SEND, KEY_C1: return .end
        case KEY_PPAGE, KEY_SPREVIOUS, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_SNEXT, KEY_C3: return .pageDown
        case tui_key_f(1)...tui_key_f(12): return .function(Int(code - tui_key_f(0)))
        default:
            guard code > tui_key_max(), let name = keyname(code) else { return .other }
            return rawKey(forExtendedName: String(cString: name))
        }
    }

    /// xterm's modified keys, named in terminfo by a prefix and a modifier digit.
    static func rawKey(forExtendedName name: String) -> RawKey {
        let prefixes: [(String, RawKey)] = [
            ("kUP", .up), ("kDN", .down), ("kLFT", .left), ("kRIT", .right), ("kHOM", .home),
            ("kEND", .end), ("kPRV", .pageUp), ("kNXT", .pageDown), ("kDC", .delete),
        ]
        for (prefix, key) in prefixes where name.hasPrefix(prefix) {
            let modifier = name.dropFirst(prefix.count)
            if modifier.isEmpty || modifier.allSatisfy(\.isNumber) { return key }
        }
        return .other
    }
}
