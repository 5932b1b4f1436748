import ComposerCore
import Foundation
import StatusKit
import TerminalCells
import XCTest

@testable import TerminalUI

/// Emoji as people type them, through the real composer: each scalar typed as a terminal
/// delivers it, each frame written by the frame writer to an emulated terminal that draws emoji
/// as a known terminal does, and the screen read back.
final class ComposerEmojiReplayTests: XCTestCase {
    static let sentence = "Amor 🩷 e 🫨 tremor, 🪿 ganso, 👍🏽 ok, 🇧🇷 Brasil 👨‍👩‍👧 ☀️"
    private let resolver = StyleResolver(profile: .ansi256, palette: .indexed(count: 256), hasDefaultColors: true)

    /// Types `text` scalar by scalar into a composer drawing for `widths`; after every frame the
    /// terminal shows the buffer, with its cursor where the buffer puts it (never inside a
    /// cluster). Returns the terminal and the composer.
    private func type(_ text: String, widths: WidthProfile) -> (ScreenEmulator, ComposerState) {
        let account = Account(
            name: "shop", gateway: .greenAPI, baseURL: URL(string: "http://127.0.0.1:9")!, instance: "1101",
            token: Secret("token"), mediaURL: URL(string: "http://127.0.0.1:9"))
        var state = ComposerState(accounts: [account], selected: ["shop"], size: (110, 30))
        state.widthProfile = widths
        var writer = FrameWriter(sequences: XtermSequences.make())
        var terminal = ScreenEmulator(width: 110, height: 30, widths: widths)
        let resolver = self.resolver
        var shown = ComposerView.render(state)
        terminal.feed(writer.update(from: nil, to: shown, size: (110, 30)) { resolver.resolve($0) })
        for scalar in text.unicodeScalars {
            _ = ComposerReducer.reduce(&state, .event(.key(.character(Character(scalar)))))
            let next = ComposerView.render(state)
            terminal.feed(writer.update(from: shown, to: next, size: (110, 30)) { resolver.resolve($0) })
            shown = next
            checkShows(terminal, shown, after: scalar)
        }
        return (terminal, state)
    }

    private func checkShows(_ terminal: ScreenEmulator, _ buffer: CellBuffer, after scalar: Unicode.Scalar, line: UInt = #line) {
        XCTAssertEqual(terminal.lines(), buffer.lines(), "after U+\(String(scalar.value, radix: 16))", line: line)
        if let cursor = buffer.cursor {
            XCTAssertFalse(buffer[x: cursor.x, y: cursor.y].isContinuation, "cursor inside a cluster", line: line)
            XCTAssertTrue(terminal.cursor == cursor, "cursor at \(terminal.cursor), not \(cursor)", line: line)
        }
    }

    /// A modern terminal (kitty, WezTerm, GNOME Terminal, Windows Terminal): every emoji reads
    /// back as typed, in the text box and in the preview.
    func testAModernTerminalShowsEveryEmojiAsTyped() {
        let (terminal, state) = type(Self.sentence, widths: .modern)
        XCTAssertEqual(state.text.text, Self.sentence)
        let screen = terminal.lines().joined(separator: "\n")
        for emoji in ["🩷", "🫨", "🪿", "👍🏽", "🇧🇷", "👨‍👩‍👧", "☀️"] {
            XCTAssertEqual(screen.components(separatedBy: emoji).count - 1, 2, "\(emoji) in the text box and the preview:\n\(screen)")
        }
        XCTAssertTrue(screen.contains("Amor 🩷 e 🫨 tremor,"), screen)
        XCTAssertFalse(screen.contains("\u{FFFD}"), screen)
    }

    /// tmux 3.3a: the flag, the skin-tone thumb and the family whole, the Unicode 15 emoji it
    /// would drop as the stand-in, two columns wide.
    func testTmuxShowsWhatItCanDrawAndAStandInForTheRest() {
        let (terminal, _) = type(Self.sentence, widths: .tmux33)
        let screen = terminal.lines().joined(separator: "\n")
        XCTAssertTrue(screen.contains("Amor \u{FFFD}  e \u{FFFD}  tremor,"), screen)
        for emoji in ["👍🏽 ok", "🇧🇷 Brasil", "👨‍👩‍👧", "☀️"] {
            XCTAssertTrue(screen.contains(emoji), "\(emoji):\n\(screen)")
        }
        XCTAssertFalse(screen.contains("BR Brasil"), screen)
        XCTAssertFalse(screen.contains("🩷"), screen)
    }

    /// One Backspace takes a whole cluster: the sun with its VS16, then the family, then (after
    /// a word) the flag.
    func testBackspaceRemovesAWholeClusterAndTheScreenFollows() {
        var (terminal, state) = type("ok 🇧🇷 x 👨‍👩‍👧☀️", widths: .modern)
        var writer = FrameWriter(sequences: XtermSequences.make())
        let resolver = self.resolver
        var shown = ComposerView.render(state)
        terminal.feed(writer.update(from: nil, to: shown, size: (110, 30)) { resolver.resolve($0) })
        for expected in ["ok 🇧🇷 x 👨‍👩‍👧", "ok 🇧🇷 x ", "ok 🇧🇷 x", "ok 🇧🇷 ", "ok 🇧🇷", "ok "] {
            _ = ComposerReducer.reduce(&state, .event(.key(.backspace)))
            XCTAssertEqual(state.text.text, expected)
            let next = ComposerView.render(state)
            terminal.feed(writer.update(from: shown, to: next, size: (110, 30)) { resolver.resolve($0) })
            shown = next
            checkShows(terminal, shown, after: "\u{8}")
        }
    }
}
