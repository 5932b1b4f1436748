import ComposerCore
import FuzzSupport
import TerminalCells

/// Random terminal events the way a user, a paste and a window manager make them: characters of
/// many scripts and emoji, editing and control keys, bracketed pastes and resizes from 1×1 to
/// 300×100. Seeded, so a run repeats exactly.
struct ComposerEventSource {
    private var random: SeededGenerator

    init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
    }

    /// Characters by script: each string is split into its grapheme clusters, so the marks,
    /// conjuncts and emoji sequences written as one stay one `Character`.
    static let scripts: [[Character]] = [[String]]([
        ["abcxyzABCXYZ0189 .,;:!?#@-_/\\'\"()[]{}~`$%^&*+=<>|"],
        ["àéîõüçñÅØßœæ", "e\u{301}", "a\u{308}\u{331}", "o\u{302}\u{323}", "n\u{303}"],
        ["привет Жё"],
        ["αβγΩλ ἀ"],
        ["مرحبا", "\u{628}\u{650}", "\u{644}\u{627}"],
        ["שָׁלוֹם"],
        ["नमस्ते", "क्ष", "स्ते", "\u{930}\u{94D}\u{200D}"],
        ["สวัสดี", "\u{E01}\u{E31}\u{E48}"],
        ["中文字符漢字、。「」ーｱＡ"],
        ["한국어", "\u{1100}\u{1161}\u{11A8}"],
        ["😀", "❤️", "❤", "👍🏽", "👍🏿", "👨‍👩‍👧", "👩🏽‍💻", "🏳️‍🌈", "🏴‍☠️", "🇧🇷", "🇺🇸", "🇯🇵", "1️⃣", "#️⃣", "🫨", "🧑‍🤝‍🧑", "🏴󠁧󠁢󠁳󠁣󠁴󠁿"],
        // Marks and joiners with no base, and other characters that take no column.
        ["\u{301}", "\u{200D}", "\u{200B}", "\u{FE0F}", "\u{1F3FD}", "\u{1F1E7}", "\u{202E}", "\u{2060}", "\u{00AD}", "\u{3000}", "\u{A0}"],
        // Unassigned, private use and noncharacters.
        ["\u{E000}", "\u{FFFF}", "\u{10FFFD}", "\u{0378}", "\u{1FAF8}"],
    ]).map { $0.flatMap { Array($0) } }

    static let keys: [Key] = [
        .enter, .tab, .backTab, .backspace, .delete, .escape,
        .up, .down, .left, .right, .home, .end, .pageUp, .pageDown,
        .function(1), .function(2), .function(3), .function(4), .function(5), .function(12),
        .control("a"), .control("b"), .control("c"), .control("d"), .control("e"), .control("f"),
        .control("k"), .control("n"), .control("q"), .control("s"), .control("u"), .control("w"),
        .control("y"), .control("z"), .control("x"), .control("r"),
        .alt("b"), .alt("f"), .alt("x"),
        .character(" "), .character("?"), .character("y"), .character("n"), .character("q"),
    ]

    /// Control characters a paste may carry; the fields must drop or normalise them.
    static let pasteControls: [String] = ["\n", "\r\n", "\r", "\t", "\u{1B}", "\u{1B}[31m", "\u{7}", "\u{0}", "\u{85}", "\u{2028}", "\u{9B}"]

    mutating func next() -> TerminalEvent {
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<55: return .key(.character(character()))
        case 55..<88: return .key(Self.keys.randomElement(using: &random)!)
        case 88..<96: return .paste(pasteBlock())
        default:
            let size = screenSize()
            return .resize(width: size.width, height: size.height)
        }
    }

    /// A size from 1×1 to 300×100; a third too small for the form, most of the rest of common sizes.
    mutating func screenSize() -> (width: Int, height: Int) {
        switch Int.random(in: 0..<10, using: &random) {
        case 0..<3:
            return (Int.random(in: 1...300, using: &random), Int.random(in: 1...100, using: &random))
        case 3..<6:
            return (Int.random(in: 1...70, using: &random), Int.random(in: 1...20, using: &random))
        default:
            return (Int.random(in: 60...140, using: &random), Int.random(in: 16...45, using: &random))
        }
    }

    mutating func character() -> Character {
        let script = Self.scripts.randomElement(using: &random)!
        return script.randomElement(using: &random)!
    }

    /// Text for a paste, an editor's answer or a gateway's error: mixed scripts, spaces,
    /// newlines, controls; usually short, sometimes thousands of characters.
    mutating func text(maxLength: Int) -> String {
        let length = Int.random(in: 0...maxLength, using: &random)
        var text = ""
        for _ in 0..<length {
            switch Int.random(in: 0..<20, using: &random) {
            case 0: text += Self.pasteControls.randomElement(using: &random)!
            case 1, 2: text.append(" ")
            case 3: text.append(String(Int.random(in: 0...99_999_999, using: &random)))
            default: text.append(character())
            }
        }
        return text
    }

    mutating func pasteBlock() -> String {
        text(maxLength: Int.random(in: 0..<10, using: &random) == 0 ? 3000 : 120)
    }

    mutating func chance(_ percent: Int) -> Bool {
        Int.random(in: 0..<100, using: &random) < percent
    }

    mutating func integer(in range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &random)
    }
}
