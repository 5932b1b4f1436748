import TerminalCells
import XCTest

@testable import TerminalUI

/// The width probe: what it writes, how it reads the answers (and keys typed among them), and
/// the profile a terminal's answers give.
final class WidthProbeTests: XCTestCase {
    func testTheRequestWritesEachSampleFromTheCornerThenAsksWhereTheCursorIs() {
        let probe = WidthProbe(kinds: [.flag, .skinTone])
        XCTAssertEqual(
            XtermSequences.visible(probe.request),
            "⎋[H🇧🇷⎋[6n⎋[H👍🏽⎋[6n⎋[c")
    }

    func testAnswersTypedKeysAndACutOffAnswerAreToldApart() {
        let bytes = Array("\u{1B}[1;5Rx\u{1B}[1;3R\u{1B}[Aé\u{1B}[?62;22c".utf8)
        let (answers, complete) = WidthProbe.read(bytes)
        XCTAssertTrue(complete)
        XCTAssertEqual(answers.columns, [5, 3])
        XCTAssertTrue(answers.finished)
        XCTAssertEqual(String(decoding: answers.typed, as: UTF8.self), "x\u{1B}[Aé")

        let cut = WidthProbe.read(Array("\u{1B}[1;5R\u{1B}[1;".utf8))
        XCTAssertFalse(cut.complete)
        XCTAssertEqual(cut.answers.columns, [5])
        XCTAssertFalse(cut.answers.finished)
    }

    /// A terminal that reports no cursor position answers only the device attributes: the probe
    /// ends there, and every kind keeps its safe form.
    func testNoPositionReportsGiveTheSafeProfile() {
        let probe = WidthProbe()
        let answers = WidthProbe.read(Array("\u{1B}[?1;2c".utf8)).answers
        XCTAssertTrue(answers.finished)
        XCTAssertEqual(probe.profile(from: answers), .safe)
    }

    /// The probe's request replayed on emulated terminals: each answers as it draws, and the
    /// profile read from the answers is the terminal's own.
    func testEachTerminalsAnswersGiveItsProfile() {
        for profile in [WidthProfile.modern, .tmux33, .apart] {
            var terminal = ScreenEmulator(width: 40, height: 5, widths: profile)
            let probe = WidthProbe()
            terminal.feed(probe.request)
            let answers = WidthProbe.read(terminal.replies).answers
            XCTAssertTrue(answers.finished)
            XCTAssertEqual(probe.profile(from: answers), profile)
        }
    }
}
