import Foundation

/// The interface language, from `LANG` / `LC_ALL` / `LC_MESSAGES`: Brazilian Portuguese for
/// `pt*`, English otherwise.
public enum Language: String, Sendable, CaseIterable {
    case english = "en"
    case portuguese = "pt-BR"

    public static func from(environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("pt") ? .portuguese : .english
        }
        return .english
    }
}
