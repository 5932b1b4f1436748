@testable import ComposerCore
import Foundation
import TerminalCells

/// A rendered screen as a text file readable in review (ratatui's `Buffer::with_lines`, with
/// colours): every cell's character, then every cell's style as one letter — the theme role it
/// was painted in, or a digit for a style no role has (a swatch, the preview's background),
/// spelled out under the grids — and the cursor.
enum GoldenScreen {
    /// The roles' letters, fixed so that a changed colour shows as a changed letter in the diff.
    static let roleLetters: [(ThemeRole, Character)] = [
        (.text, "t"), (.muted, "m"), (.label, "l"), (.focusLabel, "L"), (.input, "i"), (.inputFocus, "I"),
        (.error, "e"), (.warning, "w"), (.success, "s"), (.sending, "n"), (.header, "h"), (.badge, "b"),
        (.footer, "f"), (.footerKey, "k"), (.border, "r"), (.overlay, "o"), (.selection, "S"),
    ]

    static func encode(_ buffer: CellBuffer, theme: Theme, profile: ColorProfile, title: String) -> String {
        var letters: [Style: Character] = [.plain: "."]
        for (role, letter) in roleLetters.reversed() { letters[theme.style(role, profile: profile)] = letter }
        var others: [(Character, Style)] = []
        let spare = Array("123456789ABCDEFGHJKMNOPQRTUVWXYZ")
        var text = ["# \(title)", "# Re-record: RECORD_SCREENS=1 swift test --filter GoldenScreenTests", "screen:"]
        var styles = ["styles (" + roleLetters.map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", ") + ", . plain):"]
        for y in 0..<buffer.height {
            var line = "", styleLine = ""
            for cell in buffer.row(y) {
                if !cell.isContinuation { line += cell.text }
                if letters[cell.style] == nil {
                    let letter = others.count < spare.count ? spare[others.count] : "?"
                    letters[cell.style] = letter
                    others.append((letter, cell.style))
                }
                styleLine.append(letters[cell.style] ?? "?")
            }
            text.append("|\(line)|")
            styles.append("|\(styleLine)|")
        }
        var footer = others.map { "\($0.0) = \(describe($0.1))" }
        footer.append("cursor: " + (buffer.cursor.map { "\($0.x),\($0.y)" } ?? "hidden"))
        return (text + styles + footer).joined(separator: "\n") + "\n"
    }

    static func describe(_ style: Style) -> String {
        var parts = ["fg \(name(style.fg))", "bg \(name(style.bg))"]
        if style.bold { parts.append("bold") }
        if style.dim { parts.append("dim") }
        if style.underline { parts.append("underline") }
        if style.reverse { parts.append("reverse") }
        return parts.joined(separator: " ")
    }

    static func name(_ color: Color) -> String {
        switch color {
        case .default: "default"
        case .indexed(let index): "\(index)"
        case .rgb: color.hex ?? "?"
        }
    }

    /// Where the expected screens live: Tests/GoldenScreens, beside the test targets.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("GoldenScreens")

    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SCREENS"] == "1" }

    /// nil when the file holds `actual` (or was just recorded); otherwise what differs.
    static func compare(_ actual: String, file name: String) -> String? {
        let url = directory.appendingPathComponent(name)
        if recording {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            do { try actual.write(to: url, atomically: true, encoding: .utf8) } catch { return "could not record \(url.path): \(error)" }
            return nil
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "no expected screen at \(url.path); record it with RECORD_SCREENS=1"
        }
        guard expected != actual else { return nil }
        let old = expected.components(separatedBy: "\n"), new = actual.components(separatedBy: "\n")
        var report = ["\(name) differs (re-record with RECORD_SCREENS=1 if the change is meant):"]
        for index in 0..<max(old.count, new.count) where old[safe: index] != new[safe: index] {
            report.append("line \(index + 1):\n  expected \(old[safe: index] ?? "(none)")\n  actual   \(new[safe: index] ?? "(none)")")
            if report.count > 12 { break }
        }
        return report.joined(separator: "\n")
    }
}
