import Foundation
@testable import TerminalUI

/// xterm-256color's sequences written out by hand (what its terminfo entry expands to), so the
/// frame writer's bytes can be checked exactly; `TerminalSequencesTests` compares them with
/// the installed entry.
enum XtermSequences {
    static func make(delaysWrap: Bool = true, sgrOnly: Bool = true) -> TerminalSequences {
        TerminalSequences(autoMargins: true, delaysWrap: delaysWrap) { name, parameters in
            let first = parameters.first ?? 0
            let second = parameters.count > 1 ? parameters[1] : 0
            let text: String? = switch name {
            case "cup": "\u{1B}[\(first + 1);\(second + 1)H"
            case "hpa": "\u{1B}[\(first + 1)G"
            case "cuf": "\u{1B}[\(first)C"
            case "cr": "\r"
            case "cub1": "\u{8}"
            case "sgr0": "\u{1B}(B\u{1B}[m"
            // A terminal whose bold is not an SGR: style changes cannot be joined there.
            case "bold": sgrOnly ? "\u{1B}[1m" : "\u{1B}#B"
            case "dim": "\u{1B}[2m"
            case "smul": "\u{1B}[4m"
            case "rev": "\u{1B}[7m"
            case "setaf": first < 8 ? "\u{1B}[3\(first)m" : first < 16 ? "\u{1B}[9\(first - 8)m" : "\u{1B}[38;5;\(first)m"
            case "setab": first < 8 ? "\u{1B}[4\(first)m" : first < 16 ? "\u{1B}[10\(first - 8)m" : "\u{1B}[48;5;\(first)m"
            case "civis": "\u{1B}[?25l"
            case "cnorm": "\u{1B}[?12l\u{1B}[?25h"
            case "clear": "\u{1B}[H\u{1B}[2J"
            case "el": "\u{1B}[K"
            case "ech": "\u{1B}[\(first)X"
            case "csr": "\u{1B}[\(first + 1);\(second + 1)r"
            case "il": "\u{1B}[\(first)L"
            case "dl": "\u{1B}[\(first)M"
            default: nil
            }
            return text.map { Array($0.utf8) }
        }
    }

    /// Renders bytes with escapes spelled out, for readable failures.
    static func visible(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\u{1B}", with: "⎋")
    }
}
