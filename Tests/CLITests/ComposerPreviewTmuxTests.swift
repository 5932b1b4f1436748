import Foundation
import GatewaySandbox
import MediaTestSupport
import TerminalTestSupport
import XCTest

/// The image preview in a real terminal: the run loop decodes the photo off the keystroke path
/// and the pane draws it as coloured cells in the portrait frame, the caption beneath.
final class ComposerPreviewTmuxTests: XCTestCase {
    func testThePhotoIsDrawnAsCellsWithTheCaptionBeneath() async throws {
        let sandbox = try await SandboxHome.start([
            TestAccount(name: "demo", provider: .sandbox, instance: "demo", tokenEnv: "DEMO_TOKEN", token: "demo-token-8888"),
        ])
        // A portrait photo: magenta on top, cyan below (colours no theme uses).
        let photo = sandbox.home.path + "/oferta.png"
        let png = TestMediaFiles.png(width: 90, height: 160) { _, y in y < 80 ? (255, 0, 255) : (0, 255, 255) }
        XCTAssertTrue(FileManager.default.createFile(atPath: photo, contents: Data(png)))
        let tmux = try TmuxSession(
            command: "\(CLIRunner.binary.path) --account demo --type image --text 'Oferta de hoje' --media \(photo)",
            environment: sandbox.terminalEnvironment(["TERM": "xterm-256color", "COLORTERM": "truecolor"])
        )
        defer { tmux.kill() }
        tmux.expect(text: "image · PNG · 90×160 · ")
        // In tmux (TERM=screen) the composer draws in 256 colours: magenta is 201, cyan 51; as
        // 24-bit colour they would be 255;0;255 and 0;255;255.
        let magenta = [";5;201m", ";2;255;0;255m"], cyan = [";5;51m", ";2;0;255;255m"]
        func rows(with colours: [String], in lines: [String]) -> [Int] {
            lines.indices.filter { index in colours.contains { lines[index].contains($0) } }
        }
        var lines: [String] = []
        XCTAssertTrue(tmux.waitFor { _ in
            lines = tmux.screen(withEscapes: true).components(separatedBy: "\n")
            return !rows(with: magenta, in: lines).isEmpty && !rows(with: cyan, in: lines).isEmpty
        }, "no image cells:\n\(tmux.screen(withEscapes: true))")
        let top = rows(with: magenta, in: lines), bottom = rows(with: cyan, in: lines)
        let caption = try XCTUnwrap(tmux.screen().components(separatedBy: "\n").lastIndex { $0.hasSuffix("Oferta de hoje") })
        XCTAssertLessThan(top.min()!, bottom.max()!, "magenta above cyan")
        XCTAssertGreaterThan(caption, bottom.max()!, "the caption is beneath the image")
        XCTAssertGreaterThanOrEqual(Set(top + bottom).count, 10, "the frame is filled top to bottom")
        await sandbox.stop()
    }
}
