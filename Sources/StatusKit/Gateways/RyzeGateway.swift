import Foundation

/// RyzeAPI: one endpoint for all four kinds, `POST /api/message/status/{instance}` with the
/// instance token in a `token` header. Media only as public links. Answers carry
/// `X-RateLimit-*` (100 requests a minute per token); errors come as
/// `{success:false, error:{message}}`; the `messageId` may sit at the top level or under `data`.
public struct RyzeGateway: GatewayAdapter {
    public init() {}
    public var kind: GatewayKind { .ryze }

    public var capabilities: GatewayCapabilities {
        GatewayCapabilities(
            kinds: [.text, .image, .video, .audio], textLimit: nil, captionLimit: nil, colorKinds: [.text],
            fonts: [(.system, "system"), (.serif, "serif"), (.sansSerif, "sans-serif")],
            audience: false,
            mediaForms: [.image: [.link], .video: [.link], .audio: [.link]],
            maxVideoBytes: nil, maxMediaBytes: nil, voiceChoice: true, sourceTag: true
        )
    }

    public func statusRequest(for draft: ValidDraft, account: Account, uploadedLink: String?) throws -> GatewayRequest {
        var fields: [(String, JSONValue)] = [("type", .string(draft.kind.rawValue))]
        if draft.kind == .text || !draft.text.isEmpty { fields.append(("message", .string(draft.text))) }
        if let media = draft.media {
            guard case .url(let url) = media else { throw RequestBuildError(.linksOnly(kind)) }
            fields.append(("mediaUrl", .string(url.absoluteString)))
            if let mime = media.mimeType { fields.append(("mimeType", .string(mime))) }
        }
        if let color = draft.color { fields.append(("backgroundColor", .string(color.description))) }
        if let font = draft.fontWireName { fields.append(("font", .string(font))) }
        if draft.kind == .audio { fields.append(("isVoice", .bool(draft.voice))) }
        if let source = draft.source { fields.append(("source", .string(source))) }
        let url = account.baseURL.appending(segments: ["api", "message", "status", account.instance])
        return .postJSON(url, .object(fields), headers: [("token", account.token.exposedValue)], purpose: "post the status")
    }

    public func receipt(from response: GatewayResponse) -> Result<StatusReceipt, GatewayFailure> {
        if response.isJSONContent, response.json["success"].root as? Bool == false {
            return .failure(Self.reading.failure(from: response))
        }
        return Self.reading.receipt(from: response, idField: "messageId") { json in
            (json["messageId"].string ?? json["data"]["messageId"].string, nil)
        }
    }

    /// RyzeAPI's message delete, revoking for everyone.
    public func deleteRequest(messageId: String, account: Account) -> GatewayRequest? {
        let url = account.baseURL.appending(segments: ["api", "chat", "delete", account.instance])
        return .json(.DELETE, url, .object([("messageId", .string(messageId)), ("deleteForEveryone", .bool(true))]), headers: [("token", account.token.exposedValue)], purpose: "delete the status")
    }

    public func deleteResult(from response: GatewayResponse) -> Result<Void, GatewayFailure> {
        if (200...299).contains(response.status), response.json["success"].root as? Bool != false { return .success(()) }
        return .failure(Self.reading.failure(from: response))
    }

    static let reading = AnswerReading(
        gateway: .ryze,
        errorText: { $0.json["error"]["message"].text ?? $0.json["message"].text },
        hint: { status, text in
            switch status {
            case 401: return .ryzeCheckToken
            case 403: return .ryzeTokenNotOwner
            case 404: return .ryzeNoInstance
            case 429: return .ryzeRateLimit
            case 503: return .ryzePhoneDisconnected
            default: return nil
            }
        }
    )
}
