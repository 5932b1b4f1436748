@testable import ComposerCore
import Foundation
import StatusKit
import TerminalCells
import XCTest

/// The main screens, every cell's character and style, against files in Tests/GoldenScreens:
/// the form, the help, the post question, the History panel, the Schedule panel, the schedule
/// question and the too-small window, at 80×24
/// and 100×30, in English and Portuguese. A change anywhere on screen fails here and shows in
/// review as a changed line. `RECORD_SCREENS=1 swift test --filter GoldenScreenTests` writes
/// the files again. The clock is fixed and the state's time zone is UTC (its default; the
/// machine's zone is never read), so the files never drift.
final class GoldenScreenTests: XCTestCase {
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    /// The form with a text status in progress for two accounts (no emoji: their widths belong
    /// to the width tables' own tests).
    func form(_ language: Language, _ size: (Int, Int)) -> ComposerState {
        var state = Fixture.state(
            selected: ["loja", "demo"],
            draft: StatusDraft(kind: .text, text: "Promoção de sábado: tudo pela metade!\nSó hoje, nas lojas do centro.", color: "#1E8449", font: "serif"),
            language: language, size: size)
        state.usesBuiltInSandbox = true
        state.now = now
        return state
    }

    func screens(_ language: Language, _ size: (Int, Int)) -> [(String, ComposerState)] {
        let form = form(language, size)
        var help = form
        _ = ComposerReducer.reduce(&help, .event(.key(.function(1))), now: now)
        var question = form
        _ = ComposerReducer.reduce(&question, .event(.key(.control("s"))), now: now)
        var history = Fixture.state(selected: ["loja"], language: language, size: size)
        _ = ComposerReducer.reduce(&history, .event(.key(.control("r"))), now: now)
        _ = ComposerReducer.reduce(&history, .historyLoaded(.success(KeyMapWalkTests.statuses(now: now))), now: now)
        var schedule = Fixture.state(selected: ["loja"], language: language, size: size)
        _ = ComposerReducer.reduce(&schedule, .scheduleRunnerChanged(.thisComposer), now: now)
        _ = ComposerReducer.reduce(&schedule, .event(.key(.control("t"))), now: now)
        _ = ComposerReducer.reduce(&schedule, .scheduleLoaded(.success(SchedulePanelTests.items(now: now))), now: now)
        var scheduling = form
        scheduling.when = .at
        scheduling.atTime = EditableText("2026-11-19 08:00")
        let order = ScheduleFlow.order(from: scheduling)
        _ = ComposerReducer.reduce(&scheduling, .event(.key(.control("s"))), now: now)
        let plan = SchedulePlan(first: now.addingTimeInterval(75_200), zone: "UTC", accounts: order.accounts)
        _ = ComposerReducer.reduce(&scheduling, .scheduleChecked(order, .success(plan)), now: now)
        return [("form", form), ("help", help), ("confirmation", question), ("history", history), ("schedule", schedule), ("schedule-question", scheduling)]
    }

    func check(_ state: ComposerState, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let buffer = ComposerView.render(state)
        let title = "\(name), \(buffer.width)×\(buffer.height), \(state.language == .portuguese ? "Português (Brasil)" : "English")"
        let encoded = GoldenScreen.encode(buffer, theme: state.theme, profile: state.colorProfile, title: title)
        let fileName = "\(name)-\(buffer.width)x\(buffer.height)-\(state.language == .portuguese ? "pt" : "en").txt"
        if let difference = GoldenScreen.compare(encoded, file: fileName) { XCTFail(difference, file: file, line: line) }
    }

    func testMainScreens() {
        XCTAssertEqual(ClockText.time(now, timeZone: form(.english, (80, 24)).timeZone), "11:06:40", "the screens are recorded in UTC")
        for language in [Language.english, .portuguese] {
            for size in [(80, 24), (100, 30)] {
                for (name, state) in screens(language, size) { check(state, name) }
            }
        }
    }

    func testTooSmallWindow() {
        for language in [Language.english, .portuguese] {
            check(form(language, (44, 12)), "too-small")
        }
    }

    /// The files are read back as written: what `encode` puts in a file is what a reviewer sees.
    func testEncodingNamesRolesAndOtherStyles() {
        var buffer = CellBuffer(width: 4, height: 1)
        buffer.put("ab", x: 0, y: 0, style: Theme.dark.style(.error, profile: .ansi256))
        buffer.put("c", x: 2, y: 0, style: Style(fg: .rgb(1, 2, 3), bold: true))
        let text = GoldenScreen.encode(buffer, theme: .dark, profile: .ansi256, title: "t")
        XCTAssertTrue(text.contains("\n|abc |\n"), text)
        XCTAssertTrue(text.contains("\n|ee1.|\n"), text)
        XCTAssertTrue(text.contains("\n1 = fg #010203 bg default bold\n"), text)
    }
}
