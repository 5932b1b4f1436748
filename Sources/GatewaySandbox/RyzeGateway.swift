import Foundation
import HTTPTypes
import Hummingbird

/// RyzeAPI: `POST /api/message/status/{instance}` and `DELETE /api/chat/delete/{instance}`,
/// token in the `token` header (or `Authorization: Bearer`, or `?token=`). Errors are
/// `{"success":false,"error":{"message":"..."}}`; every response reports the token's quota in
/// `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset`.
struct RyzeGateway: Gateway {
    let state: SandboxState

    static let statusTypes = ["text", "image", "video", "audio"]
    static let fonts = ["system", "serif", "sans-serif"]

    private static let statusFields = RyzeRequestFields(
        structName: "SendStatusRequest",
        fields: [
            ("type", .string), ("message", .string), ("mediaUrl", .string), ("mimeType", .string),
            ("fileName", .string), ("backgroundColor", .string), ("font", .string), ("isVoice", .bool),
            ("duration", .float64), ("waveform", .bytes), ("source", .string),
        ])
    private static let deleteFields = RyzeRequestFields(
        structName: "DeleteMessageRequest", fields: [("messageId", .string), ("deleteForEveryone", .bool)])

    static let limitHeader = HTTPField.Name("X-RateLimit-Limit")!
    static let remainingHeader = HTTPField.Name("X-RateLimit-Remaining")!
    static let resetHeader = HTTPField.Name("X-RateLimit-Reset")!

    private enum Route {
        case sendStatus, deleteMessage
    }

    func claim(_ request: GatewayRequest) -> GatewayClaim? {
        let segments = request.segments
        guard segments.first == "api" else { return nil }
        return GatewayClaim(instance: segments.count == 4 ? segments[3] : nil)
    }

    func respond(to request: GatewayRequest) async -> Response {
        let quota = state.ryzeQuota.consume(token(of: request) ?? "", enforced: state.rateLimitsEnforced)
        let headers = Self.rateHeaders(quota)
        if quota.exceeded {
            var limited = headers
            limited[.retryAfter] = String(max(1, quota.resetAt - Int(Date().timeIntervalSince1970)))
            return Self.error(.tooManyRequests, "Rate limit exceeded. Try again later.", headers: limited)
        }
        let segments = request.segments
        let route: Route
        switch (segments.count == 4 ? Array(segments[1...2]) : []) {
        case ["message", "status"]: route = .sendStatus
        case ["chat", "delete"]: route = .deleteMessage
        default: return Self.error(.notFound, "Route not found", headers: headers)
        }
        guard request.method == (route == .sendStatus ? .post : .delete) else {
            return Self.error(.methodNotAllowed, "Method not allowed", headers: headers)
        }
        guard let token = token(of: request), !token.isEmpty else {
            return Self.error(.unauthorized, "Missing token in header", headers: headers)
        }
        let instance = segments[3]
        guard let credential = state.credential(.ryze, instance: instance) else {
            return Self.error(.notFound, "Instance not found", headers: headers)
        }
        guard credential.token == token else { return Self.error(.unauthorized, "Invalid token", headers: headers) }
        guard request.hasJSONContentType else {
            return Self.error(.badRequest, "Invalid request body: Content-Type must be application/json", headers: headers)
        }
        switch route {
        case .sendStatus: return sendStatus(request, instance: instance, headers: headers)
        case .deleteMessage: return deleteMessage(request, instance: instance, headers: headers)
        }
    }

    private func sendStatus(_ request: GatewayRequest, instance: String, headers: HTTPFields) -> Response {
        let fields: [String: JSONDocument]
        switch Self.statusFields.decode(request.body) {
        case .success(let decoded): fields = decoded
        case .failure(let error): return Self.error(.badRequest, "Invalid request body: \(error.message)", headers: headers)
        }
        let type = fields["type"]?.stringValue ?? ""
        guard Self.statusTypes.contains(type) else {
            return Self.error(.badRequest, "Type must be one of: text, image, video, audio", headers: headers)
        }
        if type == "text" {
            guard let message = fields["message"]?.stringValue, !message.isEmpty else {
                return Self.error(.badRequest, "Message is required", headers: headers)
            }
            // backgroundColor and font only matter for text; media statuses ignore them.
            if let color = fields["backgroundColor"]?.stringValue, !color.isEmpty, !HexColor.isRRGGBBOrAARRGGBB(color) {
                return Self.error(
                    .badRequest, "Invalid request body: backgroundColor must be a hex color like #FF0000", headers: headers)
            }
            if let font = fields["font"]?.stringValue, !font.isEmpty, !Self.fonts.contains(font) {
                return Self.error(
                    .badRequest, "Invalid request body: font must be one of: system, serif, sans-serif", headers: headers)
            }
        } else {
            guard let mediaURL = fields["mediaUrl"]?.stringValue, !mediaURL.isEmpty else {
                return Self.error(.badRequest, "MediaURL is required for type: \(type)", headers: headers)
            }
            guard MediaReference.isHTTPURL(mediaURL) else {
                return Self.error(.badRequest, "Failed to download media from URL", headers: headers)
            }
        }
        let messageId = "3EB0" + RandomID.hex(16)
        state.ledger.record(messageId, provider: .ryze, instance: instance)
        let receipt: JSONDocument = [
            "messageId": .string(messageId), "messageType": .string(type), "chat": ["jid": "status@broadcast"],
        ]
        var body: [String: JSONDocument] = ["success": true, "message": "Status sent", "status": "sent"]
        switch state.ryzePlacement {
        case .underData:
            body["data"] = receipt
        case .topLevel:
            for (key, value) in receipt.objectValue ?? [:] { body[key] = value }
        }
        return HTTPReply.json(.ok, .object(body), headers: headers)
    }

    private func deleteMessage(_ request: GatewayRequest, instance: String, headers: HTTPFields) -> Response {
        let fields: [String: JSONDocument]
        switch Self.deleteFields.decode(request.body) {
        case .success(let decoded): fields = decoded
        case .failure(let error): return Self.error(.badRequest, "Invalid request body: \(error.message)", headers: headers)
        }
        guard let messageId = fields["messageId"]?.stringValue, !messageId.isEmpty else {
            return Self.error(.badRequest, "MessageID is required", headers: headers)
        }
        guard state.ledger.remove(messageId, provider: .ryze, instance: instance) else {
            return Self.error(.notFound, "message not found", headers: headers)
        }
        let forEveryone = fields["deleteForEveryone"]?.boolValue ?? false
        let data: JSONDocument = [
            "messageId": .string(messageId), "delete_type": forEveryone ? "revoke" : "delete_for_me",
        ]
        return HTTPReply.json(.ok, ["success": true, "data": data], headers: headers)
    }

    /// The `token` header, else a Bearer token, else the `token` query parameter.
    private func token(of request: GatewayRequest) -> String? {
        if let token = request.header("token") { return token }
        if let authorization = request.header("Authorization"), authorization.lowercased().hasPrefix("bearer ") {
            return String(authorization.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
        }
        return request.queryValue("token")
    }

    private static func rateHeaders(_ quota: FixedWindowQuota.Snapshot) -> HTTPFields {
        [
            Self.limitHeader: String(quota.limit),
            Self.remainingHeader: String(quota.remaining),
            Self.resetHeader: String(quota.resetAt),
        ]
    }

    func failure(_ failure: InjectedFailure, for request: GatewayRequest) -> Response {
        // Injected failures still count against the quota and report it.
        var headers = Self.rateHeaders(state.ryzeQuota.consume(token(of: request) ?? "", enforced: false))
        switch failure {
        case .tooManyRequests(let seconds):
            headers[.retryAfter] = String(seconds)
            headers[Self.remainingHeader] = "0"
            return Self.error(.tooManyRequests, "Rate limit exceeded. Try again later.", headers: headers)
        case .serverError:
            return Self.error(.internalServerError, "Failed to send status: internal error", headers: headers)
        case .disconnected:
            return Self.error(.serviceUnavailable, "Instance is not connected to WhatsApp", headers: headers)
        }
    }

    private static func error(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) -> Response {
        HTTPReply.json(status, ["success": false, "error": ["message": .string(message)]], headers: headers)
    }
}
