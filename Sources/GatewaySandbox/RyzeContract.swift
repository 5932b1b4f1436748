import Foundation
import HTTPTypes
import Hummingbird

/// RyzeAPI: `POST /api/message/status/{instance}` and `DELETE /api/chat/delete/{instance}`,
/// token in the `token` header (or `Authorization: Bearer`, or `?token=`). Errors are
/// `{"success":false,"error":{"message":"..."}}`; every response reports the token's quota in
/// `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset`.
struct RyzeContract: GatewayContract {
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

    private static let instanceList: RouterPath = "/api/instance/list"
    private static let messageStatus: RouterPath = "/api/chat/status/:instance"

    func isReading(_ request: Request, context: SandboxRequestContext) -> Bool {
        isGet(request, context: context, to: [Self.instanceList, Self.messageStatus])
    }

    func addRoutes(to routes: RouterGroup<SandboxRequestContext>) {
        let notAllowed: SandboxHandler = { _, _ in Self.error(.methodNotAllowed, "Method not allowed") }
        routes.add(middleware: Quota(state: state))
        routes.on(["/api/message/status/:instance"], [.post: authorized(sendStatus)], otherwise: notAllowed)
        routes.on(["/api/chat/delete/:instance"], [.delete: authorized(deleteMessage)], otherwise: notAllowed)
        let reading = RyzeReading(state: state)
        routes.on([Self.instanceList], [.get: reading.instanceList], otherwise: notAllowed)
        routes.on([Self.messageStatus], [.get: reading.messageStatus], otherwise: notAllowed)
        routes.on(["/api", "/api/**"]) { _, _ in Self.error(.notFound, "Route not found") }
    }

    /// Every request counts against its token's budget, whatever the answer, and every answer
    /// reports the budget; over it, a request is refused before anything else is looked at.
    private struct Quota: RouterMiddleware {
        let state: SandboxState

        func handle(
            _ request: Request, context: SandboxRequestContext,
            next: (Request, SandboxRequestContext) async throws -> Response
        ) async throws -> Response {
            let quota = state.ryzeQuota.consume(RyzeContract.token(of: request) ?? "", enforced: state.rateLimitsEnforced)
            var response: Response
            if quota.exceeded {
                let wait = max(1, quota.resetAt - Int(Date().timeIntervalSince1970))
                response = RyzeContract.error(
                    .tooManyRequests, "Rate limit exceeded. Try again later.", headers: [.retryAfter: String(wait)])
            } else {
                response = try await next(request, context)
            }
            response.headers.append(contentsOf: RyzeContract.rateHeaders(quota))
            return response
        }
    }

    /// Checks the token, the instance and the content type, then hands the body to `handler`.
    private func authorized(
        _ handler: @escaping @Sendable (_ body: [UInt8], _ instance: String) -> Response
    ) -> SandboxHandler {
        { [state] request, context in
            guard let token = Self.token(of: request), !token.isEmpty else {
                return Self.error(.unauthorized, "Missing token in header")
            }
            let instance = context.path("instance") ?? ""
            guard let credential = state.credential(.ryze, instance: instance) else {
                return Self.error(.notFound, "Instance not found")
            }
            guard credential.token == token else { return Self.error(.unauthorized, "Invalid token") }
            guard request.hasJSONContentType else {
                return Self.error(.badRequest, "Invalid request body: Content-Type must be application/json")
            }
            return handler(context.body, instance)
        }
    }

    private func sendStatus(_ body: [UInt8], instance: String) -> Response {
        let fields: [String: JSONDocument]
        switch Self.statusFields.decode(body) {
        case .success(let decoded): fields = decoded
        case .failure(let error): return Self.error(.badRequest, "Invalid request body: \(error.message)")
        }
        let type = fields["type"]?.stringValue ?? ""
        guard Self.statusTypes.contains(type) else {
            return Self.error(.badRequest, "Type must be one of: text, image, video, audio")
        }
        if type == "text" {
            guard let message = fields["message"]?.stringValue, !message.isEmpty else {
                return Self.error(.badRequest, "Message is required")
            }
            // backgroundColor and font only matter for text; media statuses ignore them.
            if let color = fields["backgroundColor"]?.stringValue, !color.isEmpty, !HexColorPattern.isRRGGBBOrAARRGGBB(color) {
                return Self.error(.badRequest, "Invalid request body: backgroundColor must be a hex color like #FF0000")
            }
            if let font = fields["font"]?.stringValue, !font.isEmpty, !Self.fonts.contains(font) {
                return Self.error(.badRequest, "Invalid request body: font must be one of: system, serif, sans-serif")
            }
        } else {
            guard let mediaURL = fields["mediaUrl"]?.stringValue, !mediaURL.isEmpty else {
                return Self.error(.badRequest, "MediaURL is required for type: \(type)")
            }
            guard MediaReference.isHTTPURL(mediaURL) else {
                return Self.error(.badRequest, "Failed to download media from URL")
            }
        }
        let messageId = "3EB0" + RandomID.hex(16)
        state.ledger.record(messageId, provider: .ryze, instance: instance)
        let receipt: [String: JSONDocument] = [
            "messageId": .string(messageId), "messageType": .string(type), "chat": ["jid": "status@broadcast"],
        ]
        var answer: [String: JSONDocument] = ["success": true, "message": "Status sent", "status": "sent"]
        switch state.ryzePlacement {
        case .underData: answer["data"] = .object(receipt)
        case .topLevel: answer.merge(receipt) { _, receipt in receipt }
        }
        return HTTPReply.json(.ok, .object(answer))
    }

    private func deleteMessage(_ body: [UInt8], instance: String) -> Response {
        let fields: [String: JSONDocument]
        switch Self.deleteFields.decode(body) {
        case .success(let decoded): fields = decoded
        case .failure(let error): return Self.error(.badRequest, "Invalid request body: \(error.message)")
        }
        guard let messageId = fields["messageId"]?.stringValue, !messageId.isEmpty else {
            return Self.error(.badRequest, "MessageID is required")
        }
        guard state.ledger.remove(messageId, provider: .ryze, instance: instance) else {
            return Self.error(.notFound, "message not found")
        }
        let forEveryone = fields["deleteForEveryone"]?.boolValue ?? false
        let data: JSONDocument = [
            "messageId": .string(messageId), "delete_type": forEveryone ? "revoke" : "delete_for_me",
        ]
        return HTTPReply.json(.ok, ["success": true, "data": data])
    }

    /// The `token` header, else a Bearer token, else the `token` query parameter.
    static func token(of request: Request) -> String? {
        request.header("token") ?? request.bearerToken ?? request.query("token")
    }

    private static func rateHeaders(_ quota: FixedWindowQuota.Snapshot) -> HTTPFields {
        [
            Self.limitHeader: String(quota.limit),
            Self.remainingHeader: String(quota.remaining),
            Self.resetHeader: String(quota.resetAt),
        ]
    }

    func failure(_ failure: InjectedFailure, for request: Request, context: SandboxRequestContext) -> Response {
        // Injected failures still count against the quota and report it.
        var headers = Self.rateHeaders(state.ryzeQuota.consume(Self.token(of: request) ?? "", enforced: false))
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

    static func error(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) -> Response {
        HTTPReply.json(status, ["success": false, "error": ["message": .string(message)]], headers: headers)
    }
}
