@testable import ComposerCore
import Foundation
import StatusKit
import TerminalCells
import XCTest

/// Notices, questions and hints name keys from the key map: with every named command bound to
/// other keys, no text names the old key and each names the new one, in both languages.
final class KeyNamesInTextsTests: XCTestCase {
    /// Every command a text names, bound to keys of its own.
    static var rebound: KeyMap {
        var keyMap = KeyMap()
        keyMap.form = keyMap.form.rebinding([.newDraft: [.control("g")], .quietScreen: [.function(9)], .cancel: [.function(10)]])
        keyMap.global = keyMap.global.rebinding([.quit: [.control("x")], .help: [.function(11), .character("!")]])
        keyMap.question = keyMap.question.rebinding([.yes: [.character("o")], .no: [.function(8)]])
        keyMap.help = keyMap.help.rebinding([.close: [.function(12)]])
        keyMap.fields[.accounts] = keyMap.fields[.accounts]?.rebinding([.toggle: [.control("t")]])
        keyMap.fields[.audience] = keyMap.fields[.audience]?.rebinding([.addEntry: [.function(7)]])
        return keyMap
    }

    /// The standard keys those texts named, which the rebound map no longer uses for them.
    static let oldNames = ["Ctrl-N", "Ctrl-O", "Esc", "Ctrl-Q", "Space", "Espaço", "Enter", "y/", "(?"]

    /// Every text that names a key, written with the rebound map, and the keys it must name.
    static func texts(_ words: UIText) -> [(String, [String])] {
        [
            (words.chooseAccount, ["Ctrl-T"]),
            (words.postedAll(1), ["Ctrl-G"]),
            (words.postedAll(3), ["Ctrl-G"]),
            (words.draftRestored(Date(timeIntervalSince1970: 1_795_000_000), timeZone: .gmt), ["Ctrl-G"]),
            (words.quietScreenOn("12"), ["F9"]),
            (words.escAgainToQuit, ["F10", "Ctrl-X"]),
            (words.allContacts, ["F7"]),
            (words.helpTitle, ["F12"]),
            (words.confirmPost(kind: .text, count: 2, accounts: "loja, evo"), ["o", "F8"]),
            (words.confirmDelete("loja", at: "10:00"), ["o", "F8"]),
            (words.confirmDeletePost(["loja", "evo"], at: "10:00"), ["o", "F8"]),
            (words.keyHelp, ["!"]),
        ]
    }

    /// Whether the text has the key's name as a whole word ("Esc", not "Escolha").
    static func names(_ text: String, _ key: String) -> Bool {
        let word = { (char: Character?) in char.map { $0.isLetter || $0.isNumber } ?? false }
        let before = word(key.first) ? "(?<![\\p{L}\\p{N}])" : ""
        let after = word(key.last) ? "(?![\\p{L}\\p{N}])" : ""
        return text.range(of: before + NSRegularExpression.escapedPattern(for: key) + after, options: .regularExpression) != nil
    }

    func testTextsNameTheKeysOfTheMapInUse() {
        XCTAssertTrue(Self.names("Press Esc again", "Esc"))
        XCTAssertFalse(Self.names("Escolha uma conta", "Esc"))

        for language in [Language.english, .portuguese] {
            let words = UIText(language, keys: Self.rebound)
            for (text, wanted) in Self.texts(words) {
                for name in wanted { XCTAssertTrue(text.contains(name), "\(language): “\(text)” does not name \(name)") }
                for old in Self.oldNames { XCTAssertFalse(Self.names(text, old), "\(language): “\(text)” still names \(old)") }
            }
            for mode in Self.rebound.modes {
                for entry in mode.entries {
                    let said = entry.description(words)
                    for old in Self.oldNames { XCTAssertFalse(Self.names(said, old), "\(language): help “\(said)” names \(old)") }
                }
            }
        }
    }

    /// The notices a key leaves, through the reducer, with the rebound map.
    func testNoticesNameTheReboundKeys() throws {
        let keyMap = Self.rebound
        var state = Fixture.state()
        state.selected = []
        _ = ComposerReducer.reduce(&state, .event(.key(.control("s"))), keyMap: keyMap)
        XCTAssertTrue(try XCTUnwrap(state.notice?.text).contains("Ctrl-T"), "\(String(describing: state.notice))")
        _ = ComposerReducer.reduce(&state, .event(.key(.function(9))), keyMap: keyMap)
        XCTAssertTrue(try XCTUnwrap(state.notice?.text).contains("F9 shows them"), "\(String(describing: state.notice))")
        _ = ComposerReducer.reduce(&state, .event(.key(.function(10))), keyMap: keyMap)
        XCTAssertEqual(state.notice?.text, "Press F10 again (or Ctrl-X) to quit.")
        _ = ComposerReducer.reduce(&state, .event(.key(.function(11))), keyMap: keyMap)
        XCTAssertTrue(ComposerView.render(state, keyMap: keyMap).lines().joined().contains("Keys — F12 closes"))
    }

    /// A text added later that writes a key by hand fails here: the words' files name no key
    /// but the space bar's own name.
    func testTextFilesNameNoKeyByHand() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/ComposerCore/Text")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("UIText") }
        XCTAssertGreaterThanOrEqual(files.count, 3)
        let keyName = try Regex(#"\b(Ctrl|Alt|Shift)-|\b(Esc|Enter|Tab|Space|Bksp|Del|Home|End|PgUp|PgDn|F[1-9][0-9]?)\b|Espaço|[←→↑↓]"#)
        for file in files {
            let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                guard !code.hasPrefix("//"), !code.hasPrefix("var keySpace") else { continue }
                XCTAssertNil(code.firstMatch(of: keyName), "\(file):\(number + 1) names a key by hand (take it from the key map): \(code)")
            }
        }
    }
}

extension ModeKeys where Command: Equatable {
    /// This mode with some commands bound to other keys (their aliases dropped).
    func rebinding(_ keys: KeyValuePairs<Command, [Key]>) -> ModeKeys {
        ModeKeys(id, title: title, titledInHelp: titledInHelp, entries.map { entry in
            let bindings = entry.bindings.map { binding in
                keys.first { $0.key == binding.command }.map { KeyBinding(binding.command, $0.value) } ?? binding
            }
            return KeyEntry(bindings, help: entry.help.describe, footer: entry.help.short)
        })
    }
}
