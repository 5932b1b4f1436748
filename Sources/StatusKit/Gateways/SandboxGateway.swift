import Foundation

/// The built-in sandbox's own gateway: every kind, colour, font and audience, so the whole
/// app can be tried without a paid account. Nothing it receives is published.
public struct SandboxGateway: GatewayAdapter {
    public init() {}
    public var kind: GatewayKind { .sandbox }

    public var capabilities: GatewayCapabilities {
        GatewayCapabilities(
            kinds: [.text, .image, .video, .audio], textLimit: 700, captionLimit: 1024,
            colorKinds: [.text, .audio],
            fonts: FontChoice.allCases.map { ($0, $0.rawValue) },
            audience: true,
            mediaForms: [.image: [.link, .dataURI], .video: [.link, .dataURI], .audio: [.link, .dataURI]],
            maxVideoBytes: 16 * 1024 * 1024, maxMediaBytes: 32 * 1024 * 1024, voiceChoice: true, sourceTag: true
        )
    }

    public func statusRequest(for draft: ValidDraft, account: Account, uploadedLink: String?) throws -> GatewayRequest {
        var fields: [(String, JSONValue)] = [("type", .string(draft.kind.rawValue))]
        if !draft.text.isEmpty { fields.append(("text", .string(draft.text))) }
        if let media = draft.media { fields.append(("media", try MediaEncoding.dataURI(media))) }
        if let color = draft.color { fields.append(("backgroundColor", .string(color.description))) }
        if let font = draft.fontWireName { fields.append(("font", .string(font))) }
        if !draft.audience.isEmpty { fields.append(("audience", .array(draft.audience.map { .string($0.digits) }))) }
        if draft.kind == .audio { fields.append(("voice", .bool(draft.voice))) }
        if let source = draft.source { fields.append(("source", .string(source))) }
        let url = account.baseURL.appending(segments: ["sandbox", account.instance, "status"])
        return .postJSON(url, .object(fields), headers: [("Authorization", "Bearer " + account.token.exposedValue)], purpose: "post the status")
    }

    public func receipt(from response: GatewayResponse) -> Result<StatusReceipt, GatewayFailure> {
        Self.reading.receipt(from: response, idField: "id") { json in (json["id"].string, nil) }
    }

    public func deleteRequest(messageId: String, account: Account) -> GatewayRequest? {
        let url = account.baseURL.appending(segments: ["sandbox", account.instance, "status", messageId])
        return .json(.DELETE, url, nil, headers: [("Authorization", "Bearer " + account.token.exposedValue)], purpose: "delete the status")
    }

    public func deleteResult(from response: GatewayResponse) -> Result<Void, GatewayFailure> {
        (200...299).contains(response.status) ? .success(()) : .failure(Self.reading.failure(from: response))
    }

    static let reading = AnswerReading(
        gateway: .sandbox,
        errorText: { $0.json["error"].text },
        hint: { status, _ in status == 401 ? .sandboxUnknownToken : nil }
    )
}
