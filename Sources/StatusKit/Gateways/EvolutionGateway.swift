import Foundation

/// Evolution API (self-hosted): `POST /message/sendStatus/{instance}` with an `apikey` header.
/// Text needs a background colour and a font 1–5; the audience is `statusJidList`
/// (`<digits>@s.whatsapp.net`) or `allContacts`. Image and video only as links; audio as a
/// link or raw base64. Answers 201 with the id in `key.id`.
public struct EvolutionGateway: GatewayAdapter {
    public init() {}
    public var kind: GatewayKind { .evolution }

    public var capabilities: GatewayCapabilities {
        var caps = GatewayCapabilities(
            kinds: [.text, .image, .video, .audio], textLimit: nil, captionLimit: nil, colorKinds: [.text],
            fonts: [(.serif, "1"), (.norican, "2"), (.bryndan, "3"), (.bebas, "4"), (.oswald, "5")],
            audience: true,
            mediaForms: [.image: [.link], .video: [.link], .audio: [.link, .rawBase64]],
            maxVideoBytes: nil, maxMediaBytes: nil, voiceChoice: false, sourceTag: false
        )
        caps.colorRequiredForText = true
        caps.fontRequiredForText = true
        return caps
    }

    public func statusRequest(for draft: ValidDraft, account: Account, uploadedLink: String?) throws -> GatewayRequest {
        var fields: [(String, JSONValue)] = [("type", .string(draft.kind.rawValue))]
        switch draft.kind {
        case .text:
            fields.append(("content", .string(draft.text)))
            if let color = draft.color { fields.append(("backgroundColor", .string(color.description))) }
            if let font = draft.fontWireName, let number = Int(font) { fields.append(("font", .int(number))) }
        case .image, .video, .audio:
            guard let media = draft.media else { throw RequestBuildError(.noMedia) }
            fields.append(("content", try MediaEncoding.rawBase64(media)))
            if draft.kind != .audio, !draft.text.isEmpty { fields.append(("caption", .string(draft.text))) }
        }
        if draft.audience.isEmpty {
            fields.append(("allContacts", .bool(true)))
        } else {
            fields.append(("statusJidList", .array(draft.audience.map { .string($0.whatsappJID) })))
        }
        let url = account.baseURL.appending(segments: ["message", "sendStatus", account.instance])
        return .postJSON(url, .object(fields), headers: [("apikey", account.token.exposedValue)], purpose: "post the status")
    }

    public func receipt(from response: GatewayResponse) -> Result<StatusReceipt, GatewayFailure> {
        Self.reading.receipt(from: response, idField: "key.id") { json in (json["key"]["id"].string, nil) }
    }

    /// Evolution's generic delete-for-everyone, aimed at the status broadcast.
    public func deleteRequest(messageId: String, account: Account) -> GatewayRequest? {
        let url = account.baseURL.appending(segments: ["chat", "deleteMessageForEveryone", account.instance])
        let body = JSONValue.object([("id", .string(messageId)), ("remoteJid", .string("status@broadcast")), ("fromMe", .bool(true))])
        return .json(.DELETE, url, body, headers: [("apikey", account.token.exposedValue)], purpose: "delete the status")
    }

    public func deleteResult(from response: GatewayResponse) -> Result<Void, GatewayFailure> {
        (200...299).contains(response.status) ? .success(()) : .failure(Self.reading.failure(from: response))
    }

    static let reading = AnswerReading(
        gateway: .evolution,
        errorText: { $0.json["response"]["message"].text ?? $0.json["message"].text ?? $0.json["error"].text },
        hint: { status, text in
            let lower = text.lowercased()
            if lower.contains("contacts not found") { return .evolutionNoContacts }
            if lower.contains("no sessions") { return .evolutionSessionBroken }
            switch status {
            case 401: return .evolutionWrongAPIKey
            case 404: return .evolutionNoInstance
            default: return nil
            }
        }
    )
}
