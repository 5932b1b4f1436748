import Foundation
import HTTPTypes
import Hummingbird

/// The product's own demo gateway: `POST /sandbox/{instance}/status` and
/// `DELETE /sandbox/{instance}/status/{id}`, `GET /sandbox/{instance}/state`, `Authorization: Bearer <token>`. It supports every
/// status feature, so the whole app can be tried without a real provider. Errors are
/// `{"error": "..."}`.
struct SandboxStatusContract: GatewayContract {
    let state: SandboxState

    static let statusTypes = ["text", "image", "video", "audio"]

    private static let statePath: RouterPath = "/sandbox/:instance/state"

    func isReading(_ request: Request, context: SandboxRequestContext) -> Bool {
        isGet(request, context: context, to: [Self.statePath])
    }

    func addRoutes(to routes: RouterGroup<SandboxRequestContext>) {
        routes.on(["/sandbox/:instance/status"], [.post: authorized(post)]) { _, _ in
            Self.error(.methodNotAllowed, "Method not allowed", headers: [.allow: "POST"])
        }
        routes.on(["/sandbox/:instance/status/:id"], [.delete: authorized(delete)]) { _, _ in
            Self.error(.methodNotAllowed, "Method not allowed", headers: [.allow: "DELETE"])
        }
        routes.on([Self.statePath], [.get: authorized(connectionState)]) { _, _ in
            Self.error(.methodNotAllowed, "Method not allowed", headers: [.allow: "GET"])
        }
        routes.on(["/sandbox", "/sandbox/:instance", "/sandbox/:instance/**"]) { _, _ in Self.error(.notFound, "Not found") }
    }

    /// Checks the bearer token against the instance, then hands the request on.
    private func authorized(
        _ handler: @escaping @Sendable (Request, SandboxRequestContext, _ instance: String) -> Response
    ) -> SandboxHandler {
        { [state] request, context in
            guard let token = request.bearerToken, !token.isEmpty else {
                return Self.error(.unauthorized, "Missing bearer token")
            }
            let instance = context.path("instance") ?? ""
            guard let credential = state.credential(.sandbox, instance: instance) else {
                return Self.error(.notFound, "Unknown instance \"\(instance)\"")
            }
            guard credential.token == token else { return Self.error(.unauthorized, "Invalid token") }
            return handler(request, context, instance)
        }
    }

    /// `{"state": "connected|phoneOffline|notAuthorized|…", "phone": "<digits>"}`.
    private func connectionState(_ request: Request, context: SandboxRequestContext, instance: String) -> Response {
        HTTPReply.json(.ok, [
            "state": .string(state.conditions.condition(.sandbox, instance).rawValue),
            "phone": .string(state.conditions.phone(.sandbox, instance)),
        ])
    }

    private func delete(_ request: Request, context: SandboxRequestContext, instance: String) -> Response {
        guard state.ledger.remove(context.path("id") ?? "", provider: .sandbox, instance: instance) else {
            return Self.error(.notFound, "Status not found")
        }
        return HTTPReply.empty(.noContent)
    }

    private func post(_ request: Request, context: SandboxRequestContext, instance: String) -> Response {
        guard request.hasJSONContentType else {
            return Self.error(.unsupportedMediaType, "Content-Type must be application/json")
        }
        let body: [String: JSONDocument]
        switch JSONDocument.parse(context.body) {
        case .object(let object): body = object
        case .some: return Self.error(.badRequest, "Body must be a JSON object")
        case nil: return Self.error(.badRequest, JSONDocument.notJSON)
        }
        if let problem = Self.problem(in: body) { return Self.error(.badRequest, problem) }
        let id = "SBX" + RandomID.hex(16)
        state.ledger.record(id, provider: .sandbox, instance: instance)
        return HTTPReply.json(.ok, ["id": .string(id)])
    }

    private static func problem(in body: [String: JSONDocument]) -> String? {
        for (field, expected) in [
            ("type", "a string"), ("text", "a string"), ("media", "a string"), ("backgroundColor", "a string"),
            ("font", "a string"), ("source", "a string"), ("voice", "a boolean"), ("audience", "an array"),
        ] {
            guard let value = body[field], value != .null else { continue }
            let matches: Bool
            switch expected {
            case "a boolean": matches = value.boolValue != nil
            case "an array": matches = value.arrayValue != nil
            default: matches = value.stringValue != nil
            }
            if !matches { return "\(field) must be \(expected)" }
        }
        let type = body["type"]?.stringValue ?? ""
        guard statusTypes.contains(type) else { return "type must be one of: text, image, video, audio" }
        if type == "text" {
            if (body["text"]?.stringValue ?? "").isEmpty { return "text is required for type text" }
        } else {
            guard let media = body["media"]?.stringValue, !media.isEmpty else { return "media is required for type \(type)" }
            switch MediaReference(media) {
            case .httpURL, .dataURI: break
            case .malformedDataURI: return "media is not a valid base64 data URI"
            case .other: return "media must be an http(s) URL or a data: URI"
            }
        }
        if let color = body["backgroundColor"]?.stringValue, !HexColorPattern.isRRGGBB(color) {
            return "backgroundColor must look like #RRGGBB"
        }
        if let font = body["font"]?.stringValue, font.isEmpty { return "font must not be empty" }
        if let audience = body["audience"]?.arrayValue {
            let valid = audience.allSatisfy { item in
                guard let number = item.stringValue else { return false }
                return !number.isEmpty && number.allSatisfy(\.isASCIIDigit)
            }
            if !valid { return "audience must be an array of phone numbers (digits only)" }
        }
        return nil
    }

    func failure(_ failure: InjectedFailure, for request: Request, context: SandboxRequestContext) -> Response {
        switch failure {
        case .tooManyRequests(let seconds):
            return Self.error(.tooManyRequests, "Too many requests", headers: [.retryAfter: String(seconds)])
        case .serverError:
            return Self.error(.internalServerError, "Internal server error")
        case .disconnected:
            return Self.error(.serviceUnavailable, "Instance is not connected")
        }
    }

    private static func error(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) -> Response {
        HTTPReply.json(status, ["error": .string(message)], headers: headers)
    }
}
