import StatusKit

/// The status a row describes, read as `post`'s options are read: the kind (English or
/// Portuguese; a row without one is text, unless it names media), colours with or without `#`,
/// numbers and accounts separated by `;`, `,` or blanks, and a value the kind does not use
/// refused rather than dropped. What the gateways accept is checked later, per account.
enum PlanDraft {
    static func draft(of row: PlanRow) -> Result<StatusDraft, PlanProblems> {
        var problems: [PlanProblem] = []
        func problem(_ column: PlanColumn, _ rule: String) {
            problems.append(PlanProblem(place: row.label, column: column.rawValue, value: row[column], rule: rule))
        }
        let kind: StatusKind
        if let named = row[.type] {
            guard let parsed = Self.kind(named) else {
                problem(.type, "not a kind of status; write text, image, video or audio")
                return .failure(PlanProblems(problems))
            }
            kind = parsed
        } else if row[.media] != nil {
            problems.append(PlanProblem(place: row.label, column: PlanColumn.type.rawValue, rule: "missing for a row with media; write image, video or audio"))
            return .failure(PlanProblems(problems))
        } else {
            kind = .text
        }
        if kind == .text, row[.media] != nil { problem(.media, "a text status has no media; make the type image, video or audio") }
        if kind != .text, row[.font] != nil { problem(.font, "only a text status has a font") }
        if kind == .image || kind == .video, row[.color] != nil { problem(.color, "\(kind.rawValue) statuses have no background colour") }
        var voice = true
        if let said = row[.voice] {
            if kind != .audio { problem(.voice, "only an audio status is a voice note or not") }
            switch said.lowercased() {
            case "true", "yes", "sim", "1": voice = true
            case "false", "no", "não", "nao", "0": voice = false
            default: problem(.voice, "write true (a voice note) or false (an audio file)")
            }
        }
        guard problems.isEmpty else { return .failure(PlanProblems(problems)) }
        return .success(StatusDraft(
            kind: kind, text: row[.text] ?? "", media: row[.media] ?? "", color: color(row[.color]), font: row[.font] ?? "",
            audience: row[.to].map(PlanValues.numbers) ?? [], voice: voice, source: row[.source] ?? ""
        ))
    }

    /// `1E8449` as a spreadsheet keeps it (a leading `#` is often dropped or typed away) is `#1E8449`.
    static func color(_ cell: String?) -> String {
        guard let cell else { return "" }
        return cell.hasPrefix("#") || cell.count != 6 || !cell.allSatisfy(\.isHexDigit) ? cell : "#" + cell
    }

    static func kind(_ name: String) -> StatusKind? {
        switch name.lowercased() {
        case "text", "texto": return .text
        case "image", "imagem": return .image
        case "video", "vídeo": return .video
        case "audio", "áudio": return .audio
        default: return nil
        }
    }
}
