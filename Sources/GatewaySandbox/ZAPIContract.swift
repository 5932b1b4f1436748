import HTTPTypes
import Hummingbird

/// Z-API: `/instances/{instance}/token/{token}/{method}`, optional `Client-Token` header.
/// Every error body is `{"error": "..."}`.
struct ZAPIContract: GatewayContract {
    let state: SandboxState

    /// Z-API caps video statuses at 10 MB.
    static let maximumVideoBytes = 10 * 1024 * 1024

    private enum Endpoint: String {
        case sendTextStatus = "send-text-status"
        case sendImageStatus = "send-image-status"
        case sendVideoStatus = "send-video-status"
        case sendImage = "send-image"
        case status
        case messages

        var method: HTTPRequest.Method {
            switch self {
            case .status: return .get
            case .messages: return .delete
            default: return .post
            }
        }
    }

    func addRoutes(to routes: RouterGroup<SandboxRequestContext>) {
        routes.on(["/instances/:instance/token/:token/:endpoint"], otherwise: respond)
        routes.on(["/instances", "/instances/:instance", "/instances/:instance/**"]) { _, _ in
            Self.error(.notFound, "Not Found")
        }
    }

    /// The instance's status and device calls.
    func isReading(_ request: Request, context: SandboxRequestContext) -> Bool {
        request.method == .get && ["status", "device"].contains(context.path("endpoint") ?? "")
    }

    private func respond(to request: Request, context: SandboxRequestContext) -> Response {
        guard let endpoint = context.path("endpoint").flatMap(Endpoint.init(rawValue:)) else {
            return Self.error(.notFound, "Not Found")
        }
        guard request.method == endpoint.method else {
            return Self.error(.methodNotAllowed, "Method Not Allowed", headers: [.allow: endpoint.method.rawValue])
        }
        let instance = context.path("instance") ?? ""
        guard let credential = state.credential(.zapi, instance: instance), credential.token == context.path("token") else {
            return Self.error(.unauthorized, "Invalid instance or token")
        }
        if let expected = credential.clientToken {
            guard let presented = request.header("Client-Token") else { return Self.error(.badRequest, "null not allowed") }
            guard presented == expected else { return Self.error(.forbidden, "Client-Token not allowed") }
        }
        switch endpoint {
        case .status:
            let answer = state.conditions.condition(.zapi, instance).zapiAnswer
            return HTTPReply.json(.ok, [
                "connected": .bool(answer.connected), "error": answer.error.map(JSONDocument.string) ?? .null, "smartphoneConnected": .bool(answer.smartphone),
            ])
        case .messages:
            return deleteMessage(request, instance: instance)
        case .sendTextStatus, .sendImageStatus, .sendVideoStatus, .sendImage:
            return send(endpoint, request: request, body: context.body, instance: instance)
        }
    }

    private func send(_ endpoint: Endpoint, request: Request, body: [UInt8], instance: String) -> Response {
        guard request.hasJSONContentType else {
            return Self.error(.unsupportedMediaType, "Unsupported Media Type: send Content-Type: application/json")
        }
        let fields: [String: JSONDocument]
        switch JSONDocument.parse(body) {
        case .object(let object): fields = object
        case .some: return Self.error(.badRequest, "Request body must be a JSON object")
        case nil: return Self.error(.badRequest, JSONDocument.notJSON)
        }
        if let problem = Self.problem(in: fields, for: endpoint) { return Self.error(.badRequest, problem) }
        let zaapId = RandomID.hex(32)
        let messageId = RandomID.hex(20)
        state.ledger.record(messageId, provider: .zapi, instance: instance)
        if endpoint == .sendImage {
            return HTTPReply.json(.ok, ["zaapId": .string(zaapId), "messageId": .string(messageId), "id": .string(messageId)])
        }
        return HTTPReply.json(.ok, ["zaapId": .string(zaapId), "messageId": .string(messageId)])
    }

    /// The first validation problem with the body, or nil when it is acceptable.
    private static func problem(in body: [String: JSONDocument], for endpoint: Endpoint) -> String? {
        switch endpoint {
        case .sendTextStatus:
            return requiredString("message", in: body)
        case .sendImageStatus:
            return media("image", in: body, maximumBytes: nil) ?? optional("caption", in: body)
        case .sendVideoStatus:
            return media("video", in: body, maximumBytes: maximumVideoBytes) ?? optional("caption", in: body)
        case .sendImage:
            if let problem = requiredString("phone", in: body) { return problem }
            if !isPhoneOrGroup(body["phone"]?.stringValue ?? "") {
                return "phone must contain only digits (country code, area code, number) or be a group id like 120363019502650977-group"
            }
            if let problem = media("image", in: body, maximumBytes: nil) ?? optional("caption", in: body)
                ?? optional("messageId", in: body)
            {
                return problem
            }
            if let delay = body["delayMessage"], delay != .null {
                guard let seconds = delay.integerValue, (1...15).contains(seconds) else {
                    return "delayMessage must be an integer between 1 and 15"
                }
            }
            if let viewOnce = body["viewOnce"], viewOnce != .null, viewOnce.boolValue == nil {
                return "viewOnce must be a boolean"
            }
            return nil
        case .status, .messages:
            return nil
        }
    }

    private static func requiredString(_ field: String, in body: [String: JSONDocument]) -> String? {
        guard let value = body[field], value != .null else { return "\(field) is required" }
        guard let text = value.stringValue else { return "\(field) must be a string" }
        return text.isEmpty ? "\(field) is required" : nil
    }

    private static func optional(_ field: String, in body: [String: JSONDocument]) -> String? {
        guard let value = body[field], value != .null else { return nil }
        return value.stringValue == nil ? "\(field) must be a string" : nil
    }

    /// A link, or base64 with its data-URI prefix (`data:image/png;base64,...`).
    private static func media(_ field: String, in body: [String: JSONDocument], maximumBytes: Int?) -> String? {
        if let problem = requiredString(field, in: body) { return problem }
        switch MediaReference(body[field]?.stringValue ?? "") {
        case .httpURL:
            return nil
        case .dataURI(_, let size):
            if let maximumBytes, size > maximumBytes {
                return "\(field) is larger than the 10 MB allowed for a status (\(size) bytes)"
            }
            return nil
        case .malformedDataURI:
            return "\(field) is not a valid base64 data URI"
        case .other:
            return "\(field) must be a link or base64 with the data URI prefix (data:<mime>;base64,...)"
        }
    }

    private static func isPhoneOrGroup(_ phone: String) -> Bool {
        let isDigits: (Substring) -> Bool = { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
        if isDigits(phone[...]) { return true }
        guard phone.hasSuffix("-group") else { return false }
        let parts = phone.dropLast("-group".count).split(separator: "-", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy(isDigits)
    }

    private func deleteMessage(_ request: Request, instance: String) -> Response {
        guard let messageId = request.query("messageId"), !messageId.isEmpty else {
            return Self.error(.badRequest, "messageId is required")
        }
        guard state.ledger.remove(messageId, provider: .zapi, instance: instance) else {
            return Self.error(.notFound, "Message not found")
        }
        return HTTPReply.empty(.noContent)
    }

    func failure(_ failure: InjectedFailure, for request: Request, context: SandboxRequestContext) -> Response {
        switch failure {
        case .tooManyRequests(let seconds):
            return Self.error(.tooManyRequests, "Too Many Requests", headers: [.retryAfter: String(seconds)])
        case .serverError:
            return Self.error(.internalServerError, "Internal Server Error")
        case .disconnected:
            // The health endpoint reports the state instead of failing, as a pre-flight check expects.
            if context.path("endpoint") == Endpoint.status.rawValue, request.method == .get {
                return HTTPReply.json(
                    .ok, ["connected": false, "error": "You are not connected", "smartphoneConnected": false])
            }
            return Self.error(.serviceUnavailable, "You are not connected")
        }
    }

    private static func error(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) -> Response {
        HTTPReply.json(status, ["error": .string(message)], headers: headers)
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
