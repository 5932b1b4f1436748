import Foundation
import TerminalSelfTestSupport
import XCTest

/// Not a test on its own: `TerminalSelfTestTmuxTests` starts this test binary inside a tmux
/// pane with `TERMINALUI_SELFTEST_DRIVER=1`, filtered to this method, so the self-test runs
/// on a real terminal without any extra executable. Everywhere else it is skipped.
final class TerminalSelfTestDriver: XCTestCase {
    static let filter = "TerminalUITests.TerminalSelfTestDriver/testDriveSelfTest"

    func testDriveSelfTest() throws {
        let environment = ProcessInfo.processInfo.environment
        guard environment["TERMINALUI_SELFTEST_DRIVER"] == "1" else {
            throw XCTSkip("runs only inside a terminal started by TerminalSelfTestTmuxTests")
        }
        if let pidFile = environment["TERMINALUI_SELFTEST_PIDFILE"] {
            try "\(getpid())".write(toFile: pidFile, atomically: true, encoding: .utf8)
        }
        // XCTest runs test methods on the main thread.
        let status = MainActor.assumeIsolated { TerminalSelfTest.run() }
        print("self-test status: \(status)")
    }
}
