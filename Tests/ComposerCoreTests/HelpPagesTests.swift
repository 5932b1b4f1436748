@testable import ComposerCore
import Foundation
import StatusKit
import TerminalCells
import XCTest

/// Reads the help the way a user does: opens it, turns every page, and looks for each line.
enum HelpTour {
    /// The screen of every page, first to last (PgDn until the page no longer changes).
    static func pages(_ state: inout ComposerState, keyMap: KeyMap = .standard) -> [String] {
        var pages = [ComposerView.render(state, keyMap: keyMap).lines().joined(separator: "\n")]
        for _ in 0..<100 {
            _ = ComposerReducer.reduce(&state, .event(.key(.pageDown)), keyMap: keyMap)
            let page = ComposerView.render(state, keyMap: keyMap).lines().joined(separator: "\n")
            if page == pages.last { break }
            pages.append(page)
        }
        return pages
    }

    static func pageCount(_ state: ComposerState, keyMap: KeyMap = .standard) -> Int {
        var state = state
        return pages(&state, keyMap: keyMap).count
    }

    /// Whether one page shows the line's mode, each of its keys and every word of what it does.
    static func shown(_ entry: HelpEntry, of mode: ModeHelp, in pages: [String], _ words: UIText) -> Bool {
        let keys = entry.label(words).split(separator: "/").map(String.init)
        let said = entry.description(words).split(separator: " ").map(String.init)
        return pages.contains { page in
            page.contains(mode.title(words)) && keys.allSatisfy(page.contains) && said.allSatisfy(page.contains)
        }
    }
}

/// The help makes room for the modes of panels to come: every line of any number of modes is
/// shown, whole, on some page, at the windows people use, in both languages.
final class HelpPagesTests: XCTestCase {
    enum Invented: Sendable, Equatable { case pause, cancel, open, up, down, save, next, view }

    static func say(_ english: String, _ portuguese: String) -> @Sendable (UIText) -> String {
        { $0.language == .portuguese ? portuguese : english }
    }

    /// Four invented panels, as the Schedule, Campaign, account and views panels will add.
    static var crowded: KeyMap {
        var keyMap = KeyMap()
        keyMap.panels = [
            ModeKeys<Invented>("schedule", title: say("Schedule", "Agenda"), [
                KeyEntry(.pause, [.character("p")], help: say("pause or resume the scheduled status at the cursor", "pausar ou retomar o status agendado no cursor")),
                KeyEntry(.cancel, [.character("x")], also: [.delete], help: say("cancel the scheduled status (asks first)", "cancelar o status agendado (pergunta antes)")),
                KeyEntry(.open, [.enter], help: say("open it in the form to change the text or the time", "abrir no formulário para mudar o texto ou a hora")),
                KeyEntry([KeyBinding(.up, [.up]), KeyBinding(.down, [.down])], help: say("choose", "escolher")),
            ]).help,
            ModeKeys<Invented>("campaign", title: say("Campaign", "Campanha"), [
                KeyEntry(.next, [.tab], help: say("next account of the campaign, in the order they are posted to", "próxima conta da campanha, na ordem em que recebem a publicação")),
                KeyEntry(.save, [.control("s"), .function(2)], also: [.alt("s")], help: say("save the campaign and schedule every post", "salvar a campanha e agendar cada publicação")),
                KeyEntry(.cancel, [.escape], also: [.control("q")], help: say("close without saving", "fechar sem salvar")),
            ]).help,
            ModeKeys<Invented>("account-add", title: say("New account", "Nova conta"), [
                KeyEntry([KeyBinding(.up, [.up], also: [.backTab]), KeyBinding(.down, [.down], also: [.tab])], help: say("field above / below", "campo acima / abaixo")),
                KeyEntry(.save, [.control("s")], also: [.function(2), .alt("w"), .control("w"), .control("x")],
                         help: say("test the gateway with these credentials and save the account when it answers", "testar o gateway com estas credenciais e salvar a conta quando ele responder")),
                KeyEntry(.cancel, [.escape], help: say("forget the account", "esquecer a conta")),
            ]).help,
            ModeKeys<Invented>("views", title: say("Views", "Visões"), [
                KeyEntry(.view, [.character("1"), .character("2"), .character("3"), .character("4"), .character("5")],
                         help: say("live, expired, deleted, failed or every status", "no ar, expirados, apagados, com falha ou todos")),
            ]).help,
        ]
        return keyMap
    }

    func testEveryLineOfManyModesIsOnSomePageInBothLanguages() {
        let keyMap = Self.crowded
        for language in [Language.english, .portuguese] {
            let words = UIText(language, keys: keyMap)
            for size in [(80, 24), (100, 30)] {
                var state = Fixture.state(language: language, size: size)
                _ = ComposerReducer.reduce(&state, .event(.key(.function(1))), keyMap: keyMap)
                let pages = HelpTour.pages(&state, keyMap: keyMap)
                XCTAssertGreaterThanOrEqual(pages.count, HelpTour.pageCount(Self.opened(size: size, language: language)), "\(size): more modes, never fewer pages")
                for mode in keyMap.modes {
                    for entry in mode.entries {
                        XCTAssertTrue(HelpTour.shown(entry, of: mode, in: pages, words),
                                      "\(language) \(size): no page shows \(mode.id) \(entry.label(words)) \(entry.description(words))\n\(pages.joined(separator: "\n\n"))")
                    }
                }
                let last = pages.count
                XCTAssertTrue(pages[0].contains(words.helpPage(1, of: last)), pages[0])
                XCTAssertTrue(pages[last - 1].contains(words.helpPage(last, of: last)), pages[last - 1])
                XCTAssertNil(ComposerInvariants.checkScreen(ComposerView.render(state, keyMap: keyMap), state: state))
            }
        }
    }

    static func opened(size: (Int, Int), language: Language) -> ComposerState {
        var state = Fixture.state(language: language, size: size)
        state.send(.function(1))
        return state
    }

    /// Descriptions wrap between words; keys wrap after a "/"; nothing is cut where it fits.
    func testLinesWrapBetweenWordsAndKeysBetweenNames() {
        let words = UIText(.english)
        let mode = Self.crowded.panels[2]
        let layout = HelpPages([mode], width: 60, height: 16, words)
        let rows = layout.pages.flatMap { $0 }.flatMap { $0 }
        let text = rows.filter { !$0.isTitle }.map(\.text).filter { !$0.isEmpty }
        XCTAssertTrue(text.allSatisfy { DisplayWidth.of($0) <= layout.textWidth }, "\(text)")
        XCTAssertEqual(text.joined(separator: " "), mode.entries.map { $0.description(words) }.joined(separator: " "))
        XCTAssertEqual(HelpPages.wrapKeys("Esc/q/Ctrl-R/F3", width: 8), ["Esc/q/", "Ctrl-R/", "F3"])
        XCTAssertEqual(HelpPages.wrapKeys("Ctrl-S/F2", width: 20), ["Ctrl-S/F2"])
    }

    /// A title never ends a column, and a mode that goes on in the next column is named again.
    func testEveryColumnStartsWithATitleAndEndsWithALine() {
        let words = UIText(.english)
        for (width, height) in [(60, 16), (80, 24), (100, 30), (200, 60)] {
            let layout = HelpPages(Self.crowded.modes, width: width, height: height, words)
            for column in layout.pages.flatMap({ $0 }) {
                XCTAssertEqual(column.first?.isTitle, true, "\(width)×\(height): \(column)")
                XCTAssertEqual(column.last?.isTitle, false, "\(width)×\(height): \(column)")
                XCTAssertLessThanOrEqual(column.count, layout.rowsPerColumn)
            }
        }
        XCTAssertEqual(HelpPages(Self.crowded.modes, width: 200, height: 60, words).pages.count, 1, "a large window shows every key at once")
    }
}
