import XCTest
import TerminalCells

final class ColorProfileTests: XCTestCase {
    func testDetectionTable() {
        let table: [([String: String], ColorProfile)] = [
            (["TERM": "xterm-256color", "NO_COLOR": "1"], .monochrome),
            (["TERM": "xterm-256color", "COLORTERM": "truecolor", "NO_COLOR": "yes"], .monochrome),
            (["TERM": "xterm-256color", "NO_COLOR": ""], .ansi256),
            (["TERM": "dumb"], .monochrome),
            (["TERM": "dumb", "COLORTERM": "truecolor"], .monochrome),
            (["TERM": "xterm-256color", "COLORTERM": "truecolor"], .trueColor),
            (["TERM": "xterm-256color", "COLORTERM": "24BIT"], .trueColor),
            (["TERM": "screen-256color", "COLORTERM": "truecolor"], .ansi256),
            (["TERM": "tmux-256color", "COLORTERM": "truecolor"], .ansi256),
            (["TERM": "xterm-kitty"], .trueColor),
            (["TERM": "alacritty"], .trueColor),
            (["TERM": "wezterm"], .trueColor),
            (["TERM": "xterm-direct"], .trueColor),
            (["TERM": "xterm-256color"], .ansi256),
            (["TERM": "screen-256color"], .ansi256),
            (["TERM": "tmux-256color"], .ansi256),
            (["TERM": "rxvt-unicode-256color"], .ansi256),
            (["TERM": "linux"], .ansi16),
            (["TERM": "xterm"], .ansi16),
            (["TERM": "xterm-color"], .ansi16),
            (["TERM": "screen"], .ansi16),
            (["TERM": "tmux"], .ansi16),
            (["TERM": "vte"], .ansi16),
            (["TERM": "vt100"], .monochrome),
            (["TERM": "vt220"], .monochrome),
            (["TERM": "xterm-mono"], .monochrome),
            (["TERM": "linux-m"], .monochrome),
            (["TERM": "some-unknown-terminal"], .ansi256),
            (["TERM": ""], .ansi256),
            ([:], .ansi256),
        ]
        for (environment, expected) in table {
            XCTAssertEqual(ColorProfile.detect(environment: environment), expected, "\(environment)")
        }
    }
}
