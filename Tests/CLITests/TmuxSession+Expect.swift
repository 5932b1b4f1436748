import Foundation
import TerminalTestSupport
import XCTest

extension TmuxSession {
    /// Waits until the screen satisfies `condition`, failing the test with the screen when it
    /// never does; returns the screen.
    @discardableResult
    func expect(_ what: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line,
                _ condition: @escaping (String) -> Bool) -> String {
        if !waitFor(timeout: timeout, condition) {
            XCTFail("timed out waiting for \(what); screen:\n\(screen())", file: file, line: line)
        }
        return screen()
    }

    @discardableResult
    func expect(text needle: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line) -> String {
        expect("'\(needle)'", timeout: timeout, file: file, line: line) { $0.contains(needle) }
    }

    /// Types `text` into the focused field, then posts it through the confirmation.
    func typeAndPost(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        type(text)
        sendKeys("C-s")
        expect(text: "Post this", file: file, line: line)
        sendKeys("Enter")
    }
}
