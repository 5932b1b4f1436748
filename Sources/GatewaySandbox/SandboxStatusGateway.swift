import Foundation
import HTTPTypes
import Hummingbird

/// The product's own demo gateway: `POST /sandbox/{instance}/status` and
/// `DELETE /sandbox/{instance}/status/{id}`, `Authorization: Bearer <token>`. It supports every
/// status feature, so the whole app can be tried without a real provider. Errors are
/// `{"error": "..."}`.
struct SandboxStatusGateway: Gateway {
    let state: SandboxState

    static let statusTypes = ["text", "image", "video", "audio"]

    func claim(_ request: GatewayRequest) -> GatewayClaim? {
        let segments = request.segments
        guard segments.first == "sandbox" else { return nil }
        return GatewayClaim(instance: segments.count > 1 ? segments[1] : nil)
    }

    func respond(to request: GatewayRequest) async -> Response {
        let segments = request.segments
        let isPost = segments.count == 3 && segments[2] == "status"
        let isDelete = segments.count == 4 && segments[2] == "status"
        guard isPost || isDelete else { return Self.error(.notFound, "Not found") }
        guard request.method == (isPost ? .post : .delete) else {
            return Self.error(.methodNotAllowed, "Method not allowed", headers: [.allow: isPost ? "POST" : "DELETE"])
        }
        guard let token = Self.bearerToken(request) else { return Self.error(.unauthorized, "Missing bearer token") }
        let instance = segments[1]
        guard let credential = state.credential(.sandbox, instance: instance) else {
            return Self.error(.notFound, "Unknown instance \"\(instance)\"")
        }
        guard credential.token == token else { return Self.error(.unauthorized, "Invalid token") }

        if isDelete {
            guard state.ledger.remove(segments[3], provider: .sandbox, instance: instance) else {
                return Self.error(.notFound, "Status not found")
            }
            return HTTPReply.empty(.noContent)
        }
        guard request.hasJSONContentType else {
            return Self.error(.unsupportedMediaType, "Content-Type must be application/json")
        }
        let body: [String: JSONDocument]
        switch JSONDocument.parse(request.body) {
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
        if let color = body["backgroundColor"]?.stringValue, !HexColor.isRRGGBB(color) {
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

    private static func bearerToken(_ request: GatewayRequest) -> String? {
        guard let authorization = request.header("Authorization"), authorization.lowercased().hasPrefix("bearer ") else {
            return nil
        }
        let token = authorization.dropFirst("bearer ".count).trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }

    func failure(_ failure: InjectedFailure, for request: GatewayRequest) -> Response {
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
