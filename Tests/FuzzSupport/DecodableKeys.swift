import TerminalCells

/// Every key the terminal's decoder (TerminalUI's InputDecoder) can hand the composer: the named
/// keys, F1–F12, Ctrl with a letter or one of Space \ ] ^ _, typed characters (all of printable
/// ASCII and a few beyond, standing for the rest), and Alt with a character, Enter, Tab or
/// Backspace. The key map's walk (ComposerCoreTests) feeds them all; DecodableKeysTests
/// (TerminalUITests) checks the decoder produces nothing else.
public enum DecodableKeys {
    public static let characters: [Character] = (0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) }
        + ["é", "Ç", "ñ", "中", "\u{00A0}", "€", "１"]

    public static let all: [Key] = {
        var keys: [Key] = [.enter, .tab, .backTab, .backspace, .delete, .escape, .up, .down, .left, .right, .home, .end, .pageUp, .pageDown]
        keys += (1...12).map(Key.function)
        keys += " abcdefghijklmnopqrstuvwxyz\\]^_".map(Key.control)
        keys += characters.map(Key.character)
        keys += (characters + ["\n", "\t", "\u{7F}"]).map(Key.alt)
        return keys
    }()
}
