/// A text-status font by the app's own name. Each gateway spells fonts differently (Green API
/// upper-case names, Evolution integers, RyzeAPI lower-case strings) and offers a different
/// subset; `GatewayCapabilities.fonts` maps these names to each gateway's wire value.
public enum FontChoice: String, Sendable, CaseIterable, Codable {
    case system
    case sansSerif = "sans-serif"
    case serif
    case norican
    case bryndan
    case bebas
    case oswald

    /// Parses the app name, also accepting a few spellings users type (`sans`, `SANS_SERIF`).
    public init?(name: String) {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "_", with: "-")
        switch key {
        case "system": self = .system
        case "sans-serif", "sans", "sansserif": self = .sansSerif
        case "serif": self = .serif
        case "norican", "norican-regular": self = .norican
        case "bryndan", "bryndan-write": self = .bryndan
        case "bebas", "bebasneue", "bebasneue-regular", "bebas-neue": self = .bebas
        case "oswald", "oswald-heavy": self = .oswald
        default: return nil
        }
    }
}

import Foundation
