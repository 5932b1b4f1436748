import TerminalCells

/// Turns raw terminal input into `TerminalEvent`s. Pure: it never reads the terminal, so the
/// whole key mapping and paste assembly can be tested without one.
///
/// Esc and Alt share a byte: Alt-x arrives as Esc followed at once by "x". After an Esc the
/// decoder holds it (`isHoldingEscape`) until the next input: a key that follows makes an Alt
/// combination; `inputIdle()` (nothing else waiting) makes it a lone Esc.
public struct InputDecoder: Sendable {
    /// The most code points one paste keeps; the rest is dropped.
    public static let maxPasteScalars = 1 << 18

    /// When true, a line feed (Ctrl-J) arrives as `.control("j")` instead of `.enter`.
    /// Terminals send CR for the Enter key, so this lets Ctrl-J be bound on its own.
    public var lineFeedIsControlJ: Bool

    private var holdingEscape = false
    private var paste: PasteAssembly?

    public init(lineFeedIsControlJ: Bool = false) {
        self.lineFeedIsControlJ = lineFeedIsControlJ
    }

    /// An Esc arrived and the decoder waits to see whether a key follows it.
    public var isHoldingEscape: Bool { holdingEscape }

    /// A bracketed paste has started and its end marker has not arrived yet.
    public var isInPaste: Bool { paste != nil }

    /// Decodes one input. Usually gives zero or one event; an Esc that turns out to be lone
    /// comes out together with what follows it.
    public mutating func feed(_ input: RawInput) -> [TerminalEvent] {
        if paste != nil { return feedPaste(input) }
        if holdingEscape {
            holdingEscape = false
            return afterEscape(input)
        }
        return decode(input)
    }

    /// Nothing more is waiting: a held Esc is delivered as a lone Esc.
    public mutating func inputIdle() -> [TerminalEvent] {
        guard holdingEscape else { return [] }
        holdingEscape = false
        return [.key(.escape)]
    }

    /// The paste end marker never came (the input went quiet): deliver what arrived.
    public mutating func finishStalledPaste() -> [TerminalEvent] {
        guard let pending = paste else { return [] }
        paste = nil
        return [.paste(pending.text)]
    }

    private mutating func decode(_ input: RawInput) -> [TerminalEvent] {
        switch input {
        case let .codePoint(value):
            if value == 27 {
                holdingEscape = true
                return []
            }
            return InputDecoder.key(forCodePoint: value, lineFeedIsControlJ: lineFeedIsControlJ).map { [.key($0)] } ?? []
        case let .key(rawKey):
            return decode(rawKey)
        }
    }

    private mutating func decode(_ rawKey: RawKey) -> [TerminalEvent] {
        switch rawKey {
        case .pasteStart:
            paste = PasteAssembly()
            return []
        case .pasteEnd, .other:
            return []
        case let .resize(width, height):
            return [.resize(width: width, height: height)]
        default:
            return InputDecoder.key(for: rawKey).map { [.key($0)] } ?? []
        }
    }

    /// What follows a held Esc. Alt forms exist for characters, Enter, Tab and Backspace; for
    /// other keys (Alt-Up and the like) the Esc is dropped and the key is delivered alone.
    private mutating func afterEscape(_ input: RawInput) -> [TerminalEvent] {
        switch input {
        case .codePoint(27):
            holdingEscape = true
            return [.key(.escape)]
        case .codePoint(13), .codePoint(10), .key(.enter):
            return [.key(.alt("\n"))]
        case .codePoint(9):
            return [.key(.alt("\t"))]
        case .codePoint(8), .codePoint(127), .key(.backspace):
            return [.key(.alt("\u{7F}"))]
        case let .codePoint(value):
            if case let .character(character)? = InputDecoder.key(forCodePoint: value, lineFeedIsControlJ: false) {
                return [.key(.alt(character))]
            }
            return decode(input)
        case .key(.pasteStart), .key(.resize):
            return [.key(.escape)] + decode(input)
        case .key:
            return decode(input)
        }
    }

    private mutating func feedPaste(_ input: RawInput) -> [TerminalEvent] {
        switch input {
        case let .codePoint(value):
            paste?.append(value)
            return []
        case .key(.enter):
            paste?.append(13)
            return []
        case .key(.pasteEnd):
            return finishStalledPaste()
        case let .key(.resize(width, height)):
            return [.resize(width: width, height: height)]
        case .key:
            // Escape sequences inside pasted text were decoded as keys; they are not text.
            return []
        }
    }

    /// The key a code point stands for outside a paste, or nil for one that is dropped
    /// (C1 controls, invalid scalars). Esc (27) is handled by the caller.
    static func key(forCodePoint value: UInt32, lineFeedIsControlJ: Bool) -> Key? {
        switch value {
        case 13: return .enter
        case 10: return lineFeedIsControlJ ? .control("j") : .enter
        case 9: return .tab
        case 8, 127: return .backspace
        case 0: return .control(" ")
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        case 27: return .escape
        case 28...31: return .control(Character(Unicode.Scalar(UInt8(value) + 0x40)))
        case 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    static func key(for rawKey: RawKey) -> Key? {
        switch rawKey {
        case .enter: return .enter
        case .backTab: return .backTab
        case .backspace: return .backspace
        case .delete: return .delete
        case .up: return .up
        case .down: return .down
        case .left: return .left
        case .right: return .right
        case .home: return .home
        case .end: return .end
        case .pageUp: return .pageUp
        case .pageDown: return .pageDown
        case let .function(number): return (1...12).contains(number) ? .function(number) : nil
        case .resize, .pasteStart, .pasteEnd, .other: return nil
        }
    }
}

/// The text of a bracketed paste as it arrives: CR and CR LF become "\n", Tab becomes a
/// space, other controls are dropped.
private struct PasteAssembly: Sendable {
    private(set) var text = ""
    private var scalars = 0
    private var lastWasCarriageReturn = false

    mutating func append(_ value: UInt32) {
        defer { lastWasCarriageReturn = value == 13 }
        guard scalars < InputDecoder.maxPasteScalars else { return }
        switch value {
        case 13:
            add("\n")
        case 10:
            if !lastWasCarriageReturn { add("\n") }
        case 9:
            add(" ")
        case 0..<32, 127, 0x80...0x9F:
            return
        default:
            guard let scalar = Unicode.Scalar(value) else { return }
            add(scalar)
        }
    }

    private mutating func add(_ scalar: Unicode.Scalar) {
        text.unicodeScalars.append(scalar)
        scalars += 1
    }
}
