/// The columns of a campaign plan (CSV headers, TOML keys): the options of `schedule add`, named
/// in English or as a spreadsheet set to Portuguese names them.
public enum PlanColumn: String, CaseIterable, Sendable, Comparable {
    case when, accounts, type, text, media, color, font, to, voice, source, `repeat`, until, jitter

    /// The Portuguese header of each column (accents optional: people type them either way).
    public var portuguese: [String] {
        switch self {
        case .when: return ["quando"]
        case .accounts: return ["contas"]
        case .type: return ["tipo"]
        case .text: return ["texto"]
        case .media: return ["midia", "mídia"]
        case .color: return ["cor"]
        case .font: return ["fonte"]
        case .to: return ["para"]
        case .voice: return ["voz"]
        case .source: return ["origem"]
        case .repeat: return ["repetir"]
        case .until: return ["ate", "até"]
        case .jitter: return ["jitter"]
        }
    }

    /// The column a header or key names, whatever its case and surrounding blanks.
    public static func named(_ header: String) -> PlanColumn? {
        let key = header.trimmingCharacters(in: .whitespaces).lowercased()
        return allCases.first { $0.rawValue == key || $0.portuguese.contains(key) }
    }

    /// "when (quando)", for messages that list what a plan may hold.
    public static var known: String {
        allCases.map { $0.portuguese.first == $0.rawValue ? $0.rawValue : "\($0.rawValue) (\($0.portuguese[0]))" }
            .joined(separator: ", ")
    }

    public static func < (lhs: PlanColumn, rhs: PlanColumn) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
