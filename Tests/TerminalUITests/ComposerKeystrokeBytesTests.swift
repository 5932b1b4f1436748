import ComposerCore
import Foundation
import StatusKit
import TerminalCells
import XCTest

@testable import TerminalUI

/// What typing a caption into the real composer sends to a 100×30 xterm: the composer's frames
/// turned into bytes by the writer the terminal uses, one typed character at a time. This is
/// what a slow SSH link pays per keystroke; `make bench` measures the same in a pseudo-terminal
/// next to dialog (about 76 bytes a character there) and whiptail.
final class ComposerKeystrokeBytesTests: XCTestCase {
    /// The benchmark's caption: accents, a dash, emoji (`Benchmarks/drivers/caption.py`).
    static let caption = "Promoção de verão: café, pão de queijo e açaí com 20% de desconto até sábado! 🎉 "
        + "Venha à nossa loja na Rua São João, 123 — atendimento das 8h às 18h. "
        + "Traga um amigo e ganhe um brinde surpresa 🚀😀 Obrigado! ☕"

    private let resolver = StyleResolver(profile: .ansi256, palette: .indexed(count: 256), hasDefaultColors: true)

    /// The bytes of each typed character, after the first frame.
    private func keystrokeBytes(quiet: Bool = false, theme: Theme = .dark, widths: WidthProfile = .safe) -> [Int] {
        let account = Account(
            name: "shop", gateway: .greenAPI, baseURL: URL(string: "http://127.0.0.1:9")!, instance: "1101",
            token: Secret("token"), mediaURL: URL(string: "http://127.0.0.1:9"))
        var state = ComposerState(accounts: [account], selected: ["shop"], theme: theme, size: (100, 30))
        state.quietScreen = quiet
        state.widthProfile = widths
        var writer = FrameWriter(sequences: XtermSequences.make())
        let resolver = self.resolver
        var shown = ComposerView.render(state)
        _ = writer.update(from: nil, to: shown, size: (100, 30)) { resolver.resolve($0) }
        return Self.caption.map { character in
            _ = ComposerReducer.reduce(&state, .event(.key(.character(character))))
            let next = ComposerView.render(state)
            defer { shown = next }
            return writer.update(from: shown, to: next, size: (100, 30)) { resolver.resolve($0) }.count
        }
    }

    func testATypedCharacterCostsUnderThirtyFiveBytesWithTheCounterAndThePreview() {
        let bytes = keystrokeBytes()
        let average = Double(bytes.reduce(0, +)) / Double(bytes.count)
        XCTAssertLessThanOrEqual(average, 35, "bytes per typed character: \(bytes)")
        // The first character takes "text is empty" away; after it no keystroke moves the form.
        XCTAssertLessThanOrEqual(bytes.dropFirst().max() ?? 0, 64, "largest keystroke after the first: \(bytes)")
        XCTAssertLessThanOrEqual(bytes.first ?? 0, 100, "the first keystroke (its problem line erased in place): \(bytes)")
    }

    /// The same caption laid out for each known terminal's emoji widths (its emoji are single
    /// pictures, drawn alike by all of them).
    func testEveryTerminalsEmojiWidthsKeepAKeystrokeUnderThirtyFiveBytes() {
        for widths in WidthProfile.known {
            let bytes = keystrokeBytes(widths: widths)
            let average = Double(bytes.reduce(0, +)) / Double(bytes.count)
            print("bytes per typed character, \(widths): \(String(format: "%.1f", average))")
            XCTAssertLessThanOrEqual(average, 35, "\(widths): \(bytes)")
        }
    }

    func testTheQuietScreenSendsLittleMoreThanTheCharacters() {
        let bytes = keystrokeBytes(quiet: true)
        let characters = Self.caption.utf8.count
        XCTAssertLessThanOrEqual(bytes.reduce(0, +), characters * 2, "bytes per typed character: \(bytes)")
    }
}
