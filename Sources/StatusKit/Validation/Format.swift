import Foundation

/// Numbers, sizes, quoted values and lists as users read them in messages: `1,210` and
/// `12.4 MB` in English, `1.210` and `12,4 MB` in Brazilian Portuguese.
public enum Format {
    public static func count(_ value: Int, _ language: Language = .english) -> String {
        let separator: Character = language == .portuguese ? "." : ","
        let digits = String(value.magnitude)
        var out = ""
        for (index, char) in digits.reversed().enumerated() {
            if index > 0, index % 3 == 0 { out.append(separator) }
            out.append(char)
        }
        return (value < 0 ? "-" : "") + String(out.reversed())
    }

    public static func bytes(_ value: Int, _ language: Language = .english) -> String {
        if value < 1024 { return "\(value) bytes" }
        let text: String
        let unit: String
        if value < 1024 * 1024 {
            text = String(format: "%.1f", Double(value) / 1024)
            unit = "KB"
        } else {
            text = String(format: "%.1f", Double(value) / (1024 * 1024))
            unit = "MB"
        }
        let number = language == .portuguese ? text.replacingOccurrences(of: ".", with: ",") : text
        return "\(number) \(unit)"
    }

    /// A value quoted for a message, shortened so a pasted essay does not flood the screen.
    static func quoted(_ value: String, max: Int = 40) -> String {
        // Only the start is shown: cut first, so a long paste costs nothing on each keystroke.
        let head = value.prefix(max + 1)
        let oneLine = head.replacingOccurrences(of: "\n", with: "⏎")
        return head.count <= max ? "'\(oneLine)'" : "'\(oneLine.prefix(max))…'"
    }

    /// Items joined as a sentence lists them. English keeps the plain comma list its messages
    /// have always used; Portuguese ends with the conjunction: `serif, norican e oswald`.
    static func list(_ items: [String], _ language: Language, conjunction: Conjunction = .and) -> String {
        guard language == .portuguese, items.count > 1 else { return items.joined(separator: ", ") }
        let word = conjunction == .and ? "e" : "ou"
        return items.dropLast().joined(separator: ", ") + " \(word) " + items[items.count - 1]
    }

    enum Conjunction { case and, or }
}
