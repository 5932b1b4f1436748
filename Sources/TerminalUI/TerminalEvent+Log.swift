import TerminalCells

extension TerminalEvent {
    /// A one-line description for logs and the self-test: `key:character(a)`,
    /// `key:control(s)`, `key:alt(x)`, `key:function(5)`, `paste:"hello\nwörld"`, `resize:40x12`.
    public var logDescription: String {
        switch self {
        case let .key(key):
            return "key:" + key.logDescription
        case let .paste(text):
            return "paste:" + String(reflecting: text)
        case let .resize(width, height):
            return "resize:\(width)x\(height)"
        }
    }
}

extension Key {
    /// `character(a)`, `control(s)`, `alt(x)`, `function(5)`, or the key's name (`enter`, `up`).
    public var logDescription: String {
        switch self {
        case let .character(character): return "character(\(Key.visible(character)))"
        case let .control(character): return "control(\(Key.visible(character)))"
        case let .alt(character): return "alt(\(Key.visible(character)))"
        case let .function(number): return "function(\(number))"
        case .enter: return "enter"
        case .tab: return "tab"
        case .backTab: return "backTab"
        case .backspace: return "backspace"
        case .delete: return "delete"
        case .escape: return "escape"
        case .up: return "up"
        case .down: return "down"
        case .left: return "left"
        case .right: return "right"
        case .home: return "home"
        case .end: return "end"
        case .pageUp: return "pageUp"
        case .pageDown: return "pageDown"
        }
    }

    /// Printable as it is; controls and blanks spelled out with escapes.
    private static func visible(_ character: Character) -> String {
        if character.isLetter || character.isNumber || character.isPunctuation || character.isSymbol {
            return String(character)
        }
        return String(String(reflecting: String(character)).dropFirst().dropLast())
    }
}
