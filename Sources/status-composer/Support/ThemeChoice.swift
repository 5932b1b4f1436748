import ComposerCore
import Foundation
import StatusKit

/// The theme to start with, and why it is not the one asked for when that one is broken. The
/// program finds and reads the file here; ComposerCore only parses its bytes (`ThemeParser`).
struct ThemeChoice {
    let theme: Theme
    let problem: String?

    /// Where theme files are looked for, first match wins.
    static func searchPaths(environment: [String: String]) -> [String] {
        var paths: [String] = []
        if let custom = environment["STATUS_COMPOSER_THEMES"], !custom.isEmpty { paths.append(custom) }
        paths.append(ConfigLocation.configFolder(environment: environment) + "/themes")
        let executable = URL(fileURLWithPath: RunningBinary.path).resolvingSymlinksInPath().deletingLastPathComponent()
        paths.append(executable.appendingPathComponent("themes").path)
        // Installed by `make install`: PREFIX/bin/status-composer → PREFIX/share/status-composer/themes.
        paths.append(executable.appendingPathComponent("../share/status-composer/themes").standardized.path)
        // Run from a checkout: .build/debug/status-composer → themes/ at the top.
        paths.append(executable.appendingPathComponent("../../themes").standardized.path)
        paths.append(executable.appendingPathComponent("../../../themes").standardized.path)
        paths.append(FileManager.default.currentDirectoryPath + "/themes")
        return paths
    }

    /// Finds `name` (a theme name or a path to a .toml file) in the search folders and reads it
    /// through `TOMLInput`'s bounded read.
    static func load(_ name: String, searchPaths: [String]) -> Result<Theme, ThemeError> {
        let candidates = name.hasSuffix(".toml") || name.contains("/")
            ? [PathText.expandingTilde(name)]
            : searchPaths.map { "\($0)/\(name).toml" }
        guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            return .failure(ThemeError("theme '\(name)': not found (looked in \(searchPaths.joined(separator: ", ")))"))
        }
        do throws(TOMLFileError) {
            return ThemeParser.parse(try TOMLInput.bytes(ofFile: path, kind: "theme file"), origin: path)
        } catch {
            return .failure(ThemeError(error.description))
        }
    }

    static func resolve(_ name: String?, environment: [String: String]) -> ThemeChoice {
        guard let name, !name.isEmpty, name != Theme.dark.name else { return ThemeChoice(theme: .dark, problem: nil) }
        switch load(name, searchPaths: searchPaths(environment: environment)) {
        case .success(let theme): return ThemeChoice(theme: theme, problem: nil)
        case .failure(let error): return ThemeChoice(theme: .dark, problem: "default theme in use — \(error)")
        }
    }
}
