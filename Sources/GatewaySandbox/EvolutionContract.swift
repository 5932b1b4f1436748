import Foundation
import HTTPTypes
import Hummingbird

/// Evolution API: `POST /message/sendStatus/{instance}`, `DELETE /chat/deleteMessageForEveryone/{instance}`
/// and `GET /instance/connectionState/{instance}`, authenticated by the `apikey` header.
/// Errors are `{"status": N, "error": "...", "response": {"message": ...}}`.
struct EvolutionContract: GatewayContract {
    let state: SandboxState

    private static let connectionStatePath: RouterPath = "/instance/connectionState/:instance"
    private static let fetchInstancesPath: RouterPath = "/instance/fetchInstances"

    func isReading(_ request: Request, context: SandboxRequestContext) -> Bool {
        isGet(request, context: context, to: [Self.connectionStatePath, Self.fetchInstancesPath])
    }

    func addRoutes(to routes: RouterGroup<SandboxRequestContext>) {
        let cannot = express { _, request, _ in
            let route = "\(request.method.rawValue) \(request.head.path ?? "/")"
            return Self.error(.notFound, "Not Found", message: [.string("Cannot \(route)")])
        }
        let connectionState = authorized { [state] _, instance in
            Self.connectionState(instance, state.conditions.condition(.evolution, instance).evolutionState)
        }
        routes.on(["/message/sendStatus/:instance"], [.post: authorized(sendStatus)], otherwise: cannot)
        routes.on(["/chat/deleteMessageForEveryone/:instance"], [.delete: authorized(deleteMessage)], otherwise: cannot)
        routes.on([Self.connectionStatePath], [.get: connectionState], otherwise: cannot)
        routes.on([Self.fetchInstancesPath], [.get: express(fetchInstances)], otherwise: cannot)
        routes.on(["/message", "/message/**", "/chat", "/chat/**", "/instance", "/instance/**"], otherwise: cannot)
    }

    /// Express parses a JSON body before routing, so a malformed one is refused whatever the
    /// route; without a JSON content type the body is `{}`.
    private func express(
        _ handler: @escaping @Sendable (JSONDocument, Request, SandboxRequestContext) -> Response
    ) -> SandboxHandler {
        { request, context in
            guard request.hasJSONContentType else { return handler([:], request, context) }
            guard let body = JSONDocument.parse(context.body) else {
                // body-parser's SyntaxError carries a status but no `error` name, so Evolution's
                // error handler labels it "Internal Server Error" while answering 400.
                return HTTPReply.json(
                    .badRequest,
                    ["status": 400, "error": "Internal Server Error", "response": ["message": .string(JSONDocument.notJSON)]])
            }
            return handler(body, request, context)
        }
    }

    /// Checks the instance and its `apikey`, then hands the body to `handler`.
    private func authorized(
        _ handler: @escaping @Sendable (_ body: JSONDocument, _ instance: String) -> Response
    ) -> SandboxHandler {
        express { [state] body, request, context in
            let instance = context.path("instance") ?? ""
            guard let credential = state.credential(.evolution, instance: instance) else {
                return Self.error(.notFound, "Not Found", message: ["The \"\(instance)\" instance does not exist"])
            }
            guard let apikey = request.header("apikey"), apikey == credential.token else {
                return Self.error(.unauthorized, "Unauthorized", message: "Unauthorized")
            }
            return handler(body, instance)
        }
    }

    private func sendStatus(_ body: JSONDocument, instance: String) -> Response {
        let schemaErrors = EvolutionSchema.statusMessageErrors(body)
        if !schemaErrors.isEmpty { return Self.schemaError(schemaErrors) }
        let fields = body.objectValue ?? [:]
        let type = fields["type"]?.stringValue ?? ""
        let content = fields["content"]?.stringValue ?? ""
        // Runtime rules, in the order the service checks them.
        if type.isEmpty { return Self.badRequest("Type is required") }
        if content.isEmpty { return Self.badRequest("Content is required") }
        let allContacts = fields["allContacts"]?.boolValue ?? false
        if (fields["statusJidList"]?.arrayValue ?? []).isEmpty && !allContacts {
            return Self.badRequest("StatusJidList is required")
        }
        let message: JSONDocument
        let messageType: String
        switch type {
        case "text":
            if !(fields["backgroundColor"]?.isTruthy ?? false) { return Self.badRequest("Background color is required") }
            if !(fields["font"]?.isTruthy ?? false) { return Self.badRequest("Font is required") }
            messageType = "conversation"
            message = ["conversation": .string(content)]
        case "image", "video":
            // Baileys opens anything that is not a link as a local file.
            guard MediaReference.isHTTPURL(content) else { return Self.badRequest(Self.missingFileError(content)) }
            messageType = type + "Message"
            var media: [String: JSONDocument] = ["url": .string(content), "mimetype": type == "image" ? "image/jpeg" : "video/mp4"]
            if let caption = fields["caption"] { media["caption"] = caption }
            message = [messageType: .object(media)]
        case "audio":
            guard MediaReference.isHTTPURL(content) || MediaReference.isBase64(content) else {
                return Self.badRequest("Error: audio content must be an http(s) URL or base64")
            }
            messageType = "audioMessage"
            message = ["audioMessage": ["mimetype": "audio/mp4", "ptt": true]]
        default:
            return Self.badRequest("Type not found")
        }
        let id = "BAE5" + RandomID.hex(12)
        state.ledger.record(id, provider: .evolution, instance: instance)
        let receipt: JSONDocument = [
            "key": ["remoteJid": "status@broadcast", "fromMe": true, "id": .string(id)],
            "pushName": "Sandbox",
            "status": "PENDING",
            "message": message,
            "contextInfo": nil,
            "messageType": .string(messageType),
            "messageTimestamp": .number(Date().timeIntervalSince1970.rounded(.down)),
            "instanceId": .string(state.evolutionInstanceID(for: instance)),
            "source": "web",
        ]
        return HTTPReply.json(.created, receipt)
    }

    private func deleteMessage(_ body: JSONDocument, instance: String) -> Response {
        let schemaErrors = EvolutionSchema.deleteMessageErrors(body)
        if !schemaErrors.isEmpty { return Self.schemaError(schemaErrors) }
        let fields = body.objectValue ?? [:]
        let id = fields["id"]?.stringValue ?? ""
        guard state.ledger.remove(id, provider: .evolution, instance: instance) else {
            return Self.badRequest("Error while deleting message for everyone")
        }
        let key: JSONDocument = [
            "remoteJid": fields["remoteJid"] ?? "status@broadcast", "fromMe": fields["fromMe"] ?? true, "id": .string(id),
        ]
        return HTTPReply.json(
            .created,
            [
                "key": key,
                "message": ["protocolMessage": ["key": key, "type": "REVOKE"]],
                "messageTimestamp": .number(Date().timeIntervalSince1970.rounded(.down)),
                "status": "PENDING",
            ])
    }

    /// `GET /instance/fetchInstances?instanceName=`: rows with `ownerJid` (set once the instance
    /// has connected), `connectionStatus`, `profileName` and `number`; the instance's own token
    /// is accepted as `apikey`.
    private func fetchInstances(_ body: JSONDocument, request: Request, context: SandboxRequestContext) -> Response {
        let name = request.query("instanceName") ?? ""
        guard let credential = state.credential(.evolution, instance: name) else {
            return Self.error(.notFound, "Not Found", message: ["The \"\(name)\" instance does not exist"])
        }
        guard request.header("apikey") == credential.token else { return Self.error(.unauthorized, "Unauthorized", message: "Unauthorized") }
        let condition = state.conditions.condition(.evolution, name)
        let phone = state.conditions.phone(.evolution, name)
        let linked = condition.evolutionState != "close"
        return HTTPReply.json(.ok, [[
            "id": .string(state.evolutionInstanceID(for: name)), "name": .string(name),
            "connectionStatus": .string(condition.evolutionState),
            "ownerJid": linked ? .string(phone + "@s.whatsapp.net") : .null,
            "profileName": "Sandbox", "number": linked ? .string(phone) : .null, "integration": "WHATSAPP-BAILEYS",
        ]])
    }

    private static func connectionState(_ instance: String, _ state: String) -> Response {
        HTTPReply.json(.ok, ["instance": ["instanceName": .string(instance), "state": .string(state)]])
    }

    private static func missingFileError(_ content: String) -> String {
        let shown = content.count > 80 ? String(content.prefix(80)) + "…" : content
        return "Error: ENOENT: no such file or directory, open '\(shown)'"
    }

    func failure(_ failure: InjectedFailure, for request: Request, context: SandboxRequestContext) -> Response {
        switch failure {
        case .tooManyRequests(let seconds):
            return Self.error(
                .tooManyRequests, "Too Many Requests", message: ["Too Many Requests"],
                headers: [.retryAfter: String(seconds)])
        case .serverError:
            return Self.error(.internalServerError, "Internal Server Error", message: ["Internal Server Error"])
        case .disconnected:
            if request.method == .get, request.uri.path.hasPrefix("/instance/connectionState/"),
                let instance = context.path("instance")
            {
                return Self.connectionState(instance, "close")
            }
            return Self.error(.serviceUnavailable, "Service Unavailable", message: ["Connection Closed"])
        }
    }

    /// A runtime rule's 400: `message` is an array holding the one sentence.
    private static func badRequest(_ message: String) -> Response {
        error(.badRequest, "Bad Request", message: [.string(message)])
    }

    /// The schema layer passes its whole list as one argument, so the array arrives nested.
    private static func schemaError(_ messages: [String]) -> Response {
        error(.badRequest, "Bad Request", message: [.array(messages.map(JSONDocument.string))])
    }

    private static func error(
        _ status: HTTPResponse.Status, _ name: String, message: JSONDocument, headers: HTTPFields = [:]
    ) -> Response {
        HTTPReply.json(
            status, ["status": .number(Double(status.code)), "error": .string(name), "response": ["message": message]],
            headers: headers)
    }
}
