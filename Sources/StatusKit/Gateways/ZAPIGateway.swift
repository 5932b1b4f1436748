import Foundation

/// Z-API: instance id and token in the path, an optional account-wide `Client-Token` header,
/// `/send-text-status` (message only), `/send-image-status` and `/send-video-status` (link or
/// data URI, caption; video ≤ 10 MB). Receipt: `zaapId` + `messageId`.
public struct ZAPIGateway: GatewayAdapter {
    public init() {}
    public var kind: GatewayKind { .zapi }

    public var capabilities: GatewayCapabilities {
        GatewayCapabilities(
            kinds: [.text, .image, .video], textLimit: nil, captionLimit: nil, colorKinds: [],
            fonts: [], audience: false,
            mediaForms: [.image: [.link, .dataURI], .video: [.link, .dataURI]],
            maxVideoBytes: 10 * 1024 * 1024, maxMediaBytes: nil, voiceChoice: false, sourceTag: false
        )
    }

    public func extraIssues(for draft: ValidDraft, account: Account?, language: Language) -> [ValidationIssue] {
        if case .file(let path, _, nil)? = draft.media {
            let phrase = ValidationPhrase.mediaTypeUnknown(fileName: PathText.lastComponent(path), kind)
            return [.error(.media, phrase.text(language), gateway: kind)]
        }
        return []
    }

    func methodURL(_ account: Account, _ method: String) -> URL {
        account.baseURL.appending(segments: ["instances", account.instance, "token", account.token.exposedValue, method])
    }

    func headers(_ account: Account) -> [(String, String)] {
        account.clientToken.map { [("Client-Token", $0.exposedValue)] } ?? []
    }

    public func statusRequest(for draft: ValidDraft, account: Account, uploadedLink: String?) throws -> GatewayRequest {
        var fields: [(String, JSONValue)] = []
        let method: String
        switch draft.kind {
        case .text:
            method = "send-text-status"
            fields.append(("message", .string(draft.text)))
        case .image, .video:
            guard let media = draft.media else { throw RequestBuildError(.noMedia) }
            method = draft.kind == .image ? "send-image-status" : "send-video-status"
            fields.append((draft.kind.rawValue, try MediaEncoding.dataURI(media)))
            if !draft.text.isEmpty { fields.append(("caption", .string(draft.text))) }
        case .audio:
            throw RequestBuildError(.kindNotPosted(.audio, kind))
        }
        return .postJSON(methodURL(account, method), .object(fields), headers: headers(account), purpose: "post the status")
    }

    public func receipt(from response: GatewayResponse) -> Result<StatusReceipt, GatewayFailure> {
        Self.reading.receipt(from: response, idField: "messageId") { json in
            (json["messageId"].string ?? json["id"].string, json["zaapId"].string)
        }
    }

    /// Z-API's generic message delete, pointed at the status broadcast (not documented for
    /// statuses; answers 204).
    public func deleteRequest(messageId: String, account: Account) -> GatewayRequest? {
        let url = methodURL(account, "messages").withQuery([("messageId", messageId), ("phone", "status@broadcast"), ("owner", "true")])
        return .json(.DELETE, url, nil, headers: headers(account), purpose: "delete the status")
    }

    public func deleteResult(from response: GatewayResponse) -> Result<Void, GatewayFailure> {
        (200...299).contains(response.status) ? .success(()) : .failure(Self.reading.failure(from: response))
    }

    static let reading = AnswerReading(
        gateway: .zapi,
        errorText: { $0.json["error"].text ?? $0.json["message"].text },
        hint: { status, text in
            if text.lowercased().contains("null not allowed") {
                return .zapiClientTokenEnabled
            }
            switch status {
            case 401, 403, 404: return .zapiCheckInstanceAndToken
            case 405, 415: return .zapiRequestFormRejected
            case 429: return .zapiThrottled
            default: return nil
            }
        }
    )
}
