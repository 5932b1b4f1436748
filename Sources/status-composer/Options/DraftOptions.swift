import ArgumentParser
import Foundation
import StatusKit

/// The draft as options, shared by `post` and the composer.
struct DraftOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("text, image, video or audio.", valueName: "kind"))
    var type: StatusKind?

    @Option(name: .long, help: ArgumentHelp("The status text, or the caption of media. '-' reads it from standard input.", valueName: "text"))
    var text: String?

    @Option(name: .long, help: ArgumentHelp("An http(s) link, a local file or a data: URI.", valueName: "url|path"))
    var media: String?

    @Option(name: .long, help: ArgumentHelp("Background colour of a text status, #RRGGBB.", valueName: "#RRGGBB"))
    var color: String?

    @Option(name: .long, help: ArgumentHelp(
        "Font of a text status: \(FontChoice.allCases.map(\.rawValue).joined(separator: ", ")).",
        discussion: "Each gateway offers a subset; `status-composer accounts` shows which.", valueName: "name"))
    var font: String?

    @Option(name: .long, help: ArgumentHelp("Who sees the status: a phone number or JID (repeat, or separate with commas). Default: all contacts.", valueName: "phone|jid"))
    var to: [String] = []

    @Flag(inversion: .prefixedNo, help: "Audio only: a voice note (default) or a regular audio file.")
    var voice: Bool?

    @Option(name: .long, help: ArgumentHelp("A traceability tag (RyzeAPI's source field).", valueName: "tag"))
    var source: String?

    /// Builds the draft, refusing options the kind does not use so nothing is silently dropped.
    func makeDraft(readStandardInput: () -> String = { String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) }) throws(ConfigError) -> StatusDraft {
        guard let type else { throw ConfigError("--type: missing; give text, image, video or audio") }
        var problems: [String] = []
        if type == .text, media != nil { problems.append("--media: a text status has no media; use --type image, video or audio") }
        if type != .text, font != nil { problems.append("--font: only a text status has a font") }
        if type == .image || type == .video, color != nil { problems.append("--color: \(type.rawValue) statuses have no background colour") }
        if type != .audio, voice != nil { problems.append("--voice/--no-voice: only for --type audio") }
        guard problems.isEmpty else { throw ConfigError(problems) }
        var body = text ?? ""
        if body == "-" {
            body = readStandardInput()
            if body.hasSuffix("\n") { body.removeLast() }
        }
        return StatusDraft(
            kind: type, text: body, media: media ?? "", color: color ?? "", font: font ?? "",
            audience: audienceEntries, voice: voice ?? true, source: source ?? ""
        )
    }

    /// The draft to start the composer with: what was given, nothing refused (the form shows
    /// any problem next to its field).
    func prefill() -> StatusDraft {
        StatusDraft(
            kind: type ?? .text, text: text ?? "", media: media ?? "", color: color ?? "", font: font ?? "",
            audience: audienceEntries, voice: voice ?? true, source: source ?? ""
        )
    }

    /// `--to` values, each of which may hold several entries separated by commas.
    private var audienceEntries: [String] {
        to.flatMap { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
    }
}

extension StatusKind: ExpressibleByArgument {}
