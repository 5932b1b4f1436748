import Foundation
import Hummingbird

/// The `/_sandbox/...` routes that let another process drive the server with curl.
///
/// - `POST /_sandbox/faults` `{"fault": "latency|hang|drop|429|500|disconnected|non-json|truncated|
///   random-bytes|wrong-types|huge|trickle|stall|wrong-content-type|random-status", "instance"?,
///   "count"?, "milliseconds"?, "retryAfter"?, "seed"?, "bytes"?, "megabytes"?}` → 204;
///   `DELETE /_sandbox/faults` → 204
/// - `GET /_sandbox/requests` → the recorded gateway requests; `DELETE /_sandbox/requests` → 204
/// - `POST /_sandbox/credentials` `{"provider", "instance", "token", "clientToken"?}` → 204
/// - `POST /_sandbox/settings` `{"ryzeMessageIdPlacement"?: "topLevel|underData", "rateLimits"?: bool}` → 204
/// - `POST /_sandbox/files` `{"name", "contentType", "status"?, "base64"?}` → `{"url"}`: serves the
///   bytes at `/files/<name>` with that type and status (media links for the HEAD checks)

/// - `POST /_sandbox/instances` `{"provider", "instance", "state"?: "connected|phoneOffline|notAuthorized|
///   blocked|starting|yellowCard|creating", "outgoingWebhook"?: bool, "phone"?: "<digits>"}` → 204
/// - `POST /_sandbox/views` `{"provider", "instance", "messageId"? (default: the latest status),
///   "recipients": ["<digits>@c.us", …], "stepMilliseconds"?: 1000}` → 204: the recipients see
///   the status as sent, then delivered one step later, then read
/// - `GET /_sandbox/health` → `{"ok": true}`
///
/// Errors are `{"error": "..."}` with status 400 (bad body), 404 (unknown route) or 405.
struct ControlAPI: Sendable {
    let state: SandboxState

    func addRoutes(to routes: RouterGroup<SandboxRequestContext>) {
        let notAllowed: SandboxHandler = { _, _ in HTTPReply.json(.methodNotAllowed, ["error": "Method not allowed"]) }
        routes.on(["faults"], [.post: withBody(injectFault), .delete: clearFaults], otherwise: notAllowed)
        routes.on(["requests"], [.get: listRequests, .delete: clearRequests], otherwise: notAllowed)
        routes.on(["credentials"], [.post: withBody(registerCredential)], otherwise: notAllowed)
        routes.on(["settings"], [.post: withBody(applySettings)], otherwise: notAllowed)
        routes.on(["files"], [.post: withBody(serveFile)], otherwise: notAllowed)

        routes.on(["instances"], [.post: withBody(setInstance)], otherwise: notAllowed)
        routes.on(["views"], [.post: withBody(makeViewsArrive)], otherwise: notAllowed)
        routes.on(["health"], [.get: { _, _ in HTTPReply.json(.ok, ["ok": true]) }], otherwise: notAllowed)
        routes.on(["", "**"]) { request, _ in
            HTTPReply.json(.notFound, ["error": .string("Unknown control route \(request.uri.path)")])
        }
    }

    /// Reads the body as a JSON object (a control request is small) and hands it to `handler`;
    /// anything else is a 400.
    private func withBody(_ handler: @escaping @Sendable ([String: JSONDocument]) -> Response) -> SandboxHandler {
        { request, _ in
            var request = request
            let body = try? await request.collectBody(upTo: 1024 * 1024)
            guard let body, let object = JSONDocument.decode(Array(body.readableBytesView))?.objectValue else {
                return ControlError("body must be a JSON object").response
            }
            return handler(object)
        }
    }

    private func serveFile(_ body: [String: JSONDocument]) -> Response {
        guard let name = body["name"]?.stringValue, !name.isEmpty, !name.contains("/") else {
            return ControlError("\"name\" must be a file name without /").response
        }
        guard let type = body["contentType"]?.stringValue else { return ControlError("\"contentType\" is required").response }
        let status = body["status"]?.integerValue ?? 200
        guard (100...599).contains(status) else { return ControlError("\"status\" must be 100–599").response }
        let bytes = body["base64"]?.stringValue.flatMap { Data(base64Encoded: $0) }.map { [UInt8]($0) } ?? []
        state.served.put(name, ServedFiles.File(bytes: bytes, contentType: type, status: status))
        return HTTPReply.json(.ok, ["url": .string("\(state.baseURL)/files/\(name)")])
    }

    private func clearFaults(_ request: Request, context: SandboxRequestContext) -> Response {
        state.faults.clear()
        return HTTPReply.empty(.noContent)
    }

    private func listRequests(_ request: Request, context: SandboxRequestContext) -> Response {
        HTTPReply.json(.ok, .array(state.recordedRequests().map(Self.describe)))
    }

    private func clearRequests(_ request: Request, context: SandboxRequestContext) -> Response {
        state.clearRecordedRequests()
        return HTTPReply.empty(.noContent)
    }

    private func injectFault(_ body: [String: JSONDocument]) -> Response {
        guard let name = body["fault"]?.stringValue else { return ControlError("\"fault\" is required").response }
        for field in ["count", "milliseconds", "retryAfter", "seed", "bytes", "megabytes"] {
            if let value = body[field], value != .null, value.integerValue == nil {
                return ControlError("\"\(field)\" must be an integer").response
            }
        }
        if let seed = body["seed"]?.integerValue, seed < 0 { return ControlError("\"seed\" must not be negative").response }
        if let instance = body["instance"], instance != .null, instance.stringValue == nil {
            return ControlError("\"instance\" must be a string").response
        }
        guard
            let fault = SandboxFault(
                controlName: name, milliseconds: body["milliseconds"]?.integerValue,
                retryAfterSeconds: body["retryAfter"]?.integerValue, seed: body["seed"]?.integerValue.map(UInt64.init),
                bytes: body["bytes"]?.integerValue, megabytes: body["megabytes"]?.integerValue)
        else {
            let names = SandboxFault.controlNames
            return ControlError("unknown fault \"\(name)\"; use \(names.dropLast().joined(separator: ", ")) or \(names.last!)")
                .response
        }
        state.faults.inject(fault, instance: body["instance"]?.stringValue, count: body["count"]?.integerValue)
        return HTTPReply.empty(.noContent)
    }

    private func registerCredential(_ body: [String: JSONDocument]) -> Response {
        guard let providerName = body["provider"]?.stringValue,
            let provider = SandboxProvider(rawValue: providerName.lowercased())
        else {
            let names = SandboxProvider.allCases.map(\.rawValue).joined(separator: ", ")
            return ControlError("\"provider\" must be one of \(names)").response
        }
        guard let instance = body["instance"]?.stringValue, !instance.isEmpty else {
            return ControlError("\"instance\" is required").response
        }
        guard let token = body["token"]?.stringValue, !token.isEmpty else {
            return ControlError("\"token\" is required").response
        }
        let clientToken = body["clientToken"]?.stringValue
        state.register(SandboxCredential(provider: provider, instance: instance, token: token, clientToken: clientToken))
        return HTTPReply.empty(.noContent)
    }

    private func provider(_ body: [String: JSONDocument]) -> Result<(SandboxProvider, String), ControlError> {
        guard let name = body["provider"]?.stringValue, let provider = SandboxProvider(rawValue: name.lowercased()) else {
            return .failure(ControlError("\"provider\" must be one of \(SandboxProvider.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        guard let instance = body["instance"]?.stringValue, !instance.isEmpty else { return .failure(ControlError("\"instance\" is required")) }
        return .success((provider, instance))
    }

    private func setInstance(_ body: [String: JSONDocument]) -> Response {
        let (provider, instance): (SandboxProvider, String)
        switch self.provider(body) {
        case .success(let found): (provider, instance) = found
        case .failure(let error): return error.response
        }
        var condition: InstanceCondition?
        if let value = body["state"] {
            guard let name = value.stringValue, let parsed = InstanceCondition(rawValue: name) else {
                return ControlError("\"state\" must be one of \(InstanceCondition.allCases.map(\.rawValue).joined(separator: ", "))").response
            }
            condition = parsed
        }
        if let value = body["outgoingWebhook"], value.boolValue == nil { return ControlError("\"outgoingWebhook\" must be a boolean").response }
        if let value = body["phone"], value.stringValue.map({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) != true {
            return ControlError("\"phone\" must be the number's digits").response
        }
        if let condition { state.conditions.setCondition(condition, provider, instance) }
        if let webhook = body["outgoingWebhook"]?.boolValue { state.conditions.setOutgoingWebhook(webhook, provider, instance) }
        if let phone = body["phone"]?.stringValue { state.conditions.setPhone(phone, provider, instance) }
        return HTTPReply.empty(.noContent)
    }

    private func makeViewsArrive(_ body: [String: JSONDocument]) -> Response {
        let (provider, instance): (SandboxProvider, String)
        switch self.provider(body) {
        case .success(let found): (provider, instance) = found
        case .failure(let error): return error.response
        }
        guard let recipients = body["recipients"]?.arrayValue?.compactMap(\.stringValue), !recipients.isEmpty else {
            return ControlError("\"recipients\" must be a list of chat ids").response
        }
        if let value = body["stepMilliseconds"], value.integerValue.map({ $0 >= 0 }) != true {
            return ControlError("\"stepMilliseconds\" must be a whole number of milliseconds").response
        }
        let id = body["messageId"]?.stringValue ?? state.published.latest(provider, instance)?.id
            ?? state.ledger.ids(provider: provider, instance: instance).first
        guard let id else { return ControlError("\(instance) has published nothing yet; give \"messageId\"").response }
        let step = Double(body["stepMilliseconds"]?.integerValue ?? 1000) / 1000
        state.published.setViews(PublishedStatusBook.Views(recipients: recipients, start: Date(), step: step), id: id)
        return HTTPReply.empty(.noContent)
    }

    private func applySettings(_ body: [String: JSONDocument]) -> Response {
        var placement: RyzeMessageIdPlacement?
        if let value = body["ryzeMessageIdPlacement"] {
            guard let name = value.stringValue, let parsed = RyzeMessageIdPlacement(rawValue: name) else {
                return ControlError("\"ryzeMessageIdPlacement\" must be topLevel or underData").response
            }
            placement = parsed
        }
        if let value = body["rateLimits"], value.boolValue == nil {
            return ControlError("\"rateLimits\" must be a boolean").response
        }
        if let placement { state.ryzePlacement = placement }
        if let enforced = body["rateLimits"]?.boolValue { state.rateLimitsEnforced = enforced }
        return HTTPReply.empty(.noContent)
    }

    /// `{"method","path","headers":{name:value},"body","bodyEncoding","receivedAt"}`; repeated
    /// headers are joined with ", "; a body that is not UTF-8 is sent as base64.
    static func describe(_ recorded: RecordedRequest) -> JSONDocument {
        var headers: [String: JSONDocument] = [:]
        for (name, value) in recorded.headers {
            if let existing = headers[name]?.stringValue {
                headers[name] = .string(existing + ", " + value)
            } else {
                headers[name] = .string(value)
            }
        }
        let text = String(validating: recorded.body, as: UTF8.self)
        return [
            "method": .string(recorded.method),
            "path": .string(recorded.path),
            "headers": .object(headers),
            "body": .string(text ?? Data(recorded.body).base64EncodedString()),
            "bodyEncoding": text == nil ? "base64" : "utf8",
            "receivedAt": .string(ISO8601DateFormatter().string(from: recorded.receivedAt)),
        ]
    }
}

/// A control-API request error, answered as 400 `{"error": message}`.
struct ControlError: Error {
    let message: String

    init(_ message: String) {
        self.message = message
    }

    var response: Response { HTTPReply.json(.badRequest, ["error": .string(message)]) }
}
