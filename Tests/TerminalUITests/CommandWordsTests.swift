import XCTest

@testable import TerminalUI

final class CommandWordsTests: XCTestCase {
    func testSplitting() {
        let table: [(String, [String])] = [
            ("vim", ["vim"]),
            ("code --wait", ["code", "--wait"]),
            ("  emacsclient   -t\t-a ''  ", ["emacsclient", "-t", "-a", ""]),
            ("'/opt/My Editor/bin/ed' -x", ["/opt/My Editor/bin/ed", "-x"]),
            ("\"a \\\"b\\\" c\" d", ["a \"b\" c", "d"]),
            ("my\\ editor --flag", ["my editor", "--flag"]),
            ("it's'", ["its"]),
            ("", []),
            ("   ", []),
        ]
        for (line, words) in table {
            XCTAssertEqual(CommandWords.split(line), words, line)
        }
    }
}
