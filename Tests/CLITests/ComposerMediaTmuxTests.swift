import Foundation
import GatewaySandbox
import TerminalTestSupport
import XCTest

/// A local media file in the real composer: the run loop reads its facts (the view-model only
/// asks for them), the form shows them, a post reads them again, and a file removed meanwhile
/// stops the post before anything is sent.
final class ComposerMediaTmuxTests: XCTestCase {
    func testAMediaFilesFactsAreReadByTheRunLoopAndAgainBeforeAPost() async throws {
        let sandbox = try await SandboxHome.start([
            TestAccount(name: "demo", provider: .sandbox, instance: "demo", tokenEnv: "DEMO_TOKEN", token: "demo-token-8888"),
        ])
        let photo = sandbox.home.path + "/oferta.jpg"
        // A JPEG's first bytes, then padding: 700 bytes in all.
        XCTAssertTrue(FileManager.default.createFile(atPath: photo, contents: Data([0xFF, 0xD8, 0xFF, 0xE0] + [UInt8](repeating: 0, count: 696))))
        let tmux = try TmuxSession(
            command: "\(CLIRunner.binary.path) --account demo --type image --text Oferta --media \(photo)",
            environment: sandbox.terminalEnvironment()
        )
        defer { tmux.kill() }
        tmux.expect(text: "image/jpeg · 700 bytes · local file")

        tmux.sendKeys("C-s")
        tmux.expect(text: "Post this image status to 1 account?")
        tmux.sendKeys("Enter")
        tmux.expect(text: "✓ demo (Sandbox): posted")
        XCTAssertEqual(sandbox.server.recordedRequests().count, 1)

        try FileManager.default.removeItem(atPath: photo)
        tmux.sendKeys("C-s")
        let screen = tmux.expect(text: "Nothing was sent")
        // The error wraps under the field: "✗ media: '<path>'; no such file (…)".
        XCTAssertTrue(screen.contains("✗ media:") && screen.contains("; no such"), screen)
        XCTAssertFalse(screen.contains("Post this"), screen)
        XCTAssertEqual(sandbox.server.recordedRequests().count, 1, "nothing more was sent")
        await sandbox.stop()
    }
}
