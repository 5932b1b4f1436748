import TerminalCells

/// How keys are written in the footer, the help and README: "Ctrl-S", "F2", "←→", and a run of
/// keys with one modifier shortened ("Ctrl-Z/Y", "Alt-B/F"). The names are the keycaps'; only
/// the space bar's is a word of the language.
public enum KeyName {
    public static func of(_ key: Key, _ text: UIText) -> String {
        switch key {
        case .character(" "): text.keySpace
        case .character(let char): String(char)
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Bksp"
        case .delete: "Del"
        case .escape: "Esc"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .function(let number): "F\(number)"
        case .control(let char): "Ctrl-" + name(char, text)
        case .alt(let char): "Alt-" + name(char, text)
        }
    }

    /// Keys joined with "/", arrows run together and one modifier written once per run.
    public static func label(_ patterns: [KeyPattern], _ text: UIText) -> String {
        var groups: [(prefix: String, parts: [String], separator: String)] = []
        for pattern in patterns {
            let (prefix, part, separator) = split(pattern, text)
            if let last = groups.last, !prefix.isEmpty || separator.isEmpty, last.prefix == prefix, last.separator == separator {
                groups[groups.count - 1].parts.append(part)
            } else {
                groups.append((prefix, [part], separator))
            }
        }
        return groups.map { $0.prefix + $0.parts.joined(separator: $0.separator) }.joined(separator: "/")
    }

    /// A key as (modifier, name, separator within a run): arrows run with no separator.
    private static func split(_ pattern: KeyPattern, _ text: UIText) -> (String, String, String) {
        switch pattern {
        case .anyCharacter: return ("", "abc…", "/")
        case .key(.control(let char)): return ("Ctrl-", name(char, text), "/")
        case .key(.alt(let char)): return ("Alt-", name(char, text), "/")
        case .key(let key) where [.up, .down, .left, .right].contains(key): return ("", of(key, text), "")
        case .key(let key): return ("", of(key, text), "/")
        }
    }

    private static func name(_ char: Character, _ text: UIText) -> String {
        switch char {
        case " ": text.keySpace
        case "\n", "\r": "Enter"
        case "\t": "Tab"
        case "\u{7F}": "Bksp"
        default: char.uppercased()
        }
    }
}
