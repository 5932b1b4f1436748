import Foundation
import HTTPTypes
import Hummingbird

/// Green API: `POST /waInstance{id}/{method}/{token}`, plus `GET /media/<key>/<name>` for files
/// stored by `uploadFile`. Errors are plain text identifiers, except field validation, which is
/// `{"message": "Validation failed. Details: ..."}`.
struct GreenAPIContract: GatewayContract {
    let state: SandboxState

    private enum Method: String, CaseIterable {
        case sendTextStatus, sendMediaStatus, sendVoiceStatus, deleteStatus, uploadFile
        case getStateInstance, getSettings, getWaSettings, getStatusStatistic, getOutgoingStatuses

        var isSend: Bool { self == .sendTextStatus || self == .sendMediaStatus || self == .sendVoiceStatus }
        /// Read with GET, one request a second each.
        var isRead: Bool { rawValue.hasPrefix("get") }

        /// Method names are matched without regard to case (`SendTextStatus` works too).
        init?(pathSegment: String) {
            guard let match = Self.allCases.first(where: { $0.rawValue.lowercased() == pathSegment.lowercased() }) else {
                return nil
            }
            self = match
        }
    }

    func addRoutes(to routes: RouterGroup<SandboxRequestContext>) {
        let notFound: SandboxHandler = { _, _ in HTTPReply.text(.notFound, "Not Found") }
        let preflight: SandboxHandler = { _, _ in HTTPReply.empty(.noContent) }
        let reading = GreenAPIReading(state: state)
        routes.on(["/waInstance{instance}/:method/:token"], [.post: respond, .get: reading.respond, .options: preflight], otherwise: notFound)
        // The other depths, spelled out: a wildcard beside `:method` would never be reached.
        routes.on(
            ["/waInstance{instance}", "/waInstance{instance}/:method", "/waInstance{instance}/:method/:token/**"],
            [.options: preflight], otherwise: notFound)
        routes.on(["/media/:key/:name"], [.get: serveMedia, .head: serveMedia], otherwise: notFound)
        routes.on(["/media", "/media/:key", "/media/:key/:name/**"], otherwise: notFound)
    }

    /// Every `get…` method (state, settings, statistics, outgoing statuses).
    func isReading(_ request: Request, context: SandboxRequestContext) -> Bool {
        request.method == .get && context.path("method")?.lowercased().hasPrefix("get") == true
    }

    /// A download's instance is the one that uploaded the file.
    func instance(of request: Request, context: SandboxRequestContext) -> String? {
        if let key = context.path("key") { return state.media.instance(ofKey: key) }
        return context.path("instance")
    }

    private func respond(to request: Request, context: SandboxRequestContext) -> Response {
        guard let method = context.path("method").flatMap(Method.init(pathSegment:)) else {
            return HTTPReply.text(.notFound, "Not Found")
        }
        let instance = context.path("instance") ?? ""
        guard let credential = state.credential(.greenAPI, instance: instance) else {
            return HTTPReply.text(.forbidden, "Forbidden")
        }
        guard credential.token == context.path("token") else { return HTTPReply.text(.unauthorized, "Unauthorized") }
        if method.isSend, state.rateLimitsEnforced, !state.greenSendLimiter.admit(instance) {
            return HTTPReply.text(.tooManyRequests, "Too Many Requests")
        }
        if method == .uploadFile { return uploadFile(request, body: context.body, instance: instance) }
        if method.isRead { return HTTPReply.text(.methodNotAllowed, "Method Not Allowed") }

        guard request.hasJSONContentType else { return HTTPReply.text(.badRequest, "bad request data") }
        let body: [String: JSONDocument]
        switch JSONDocument.parse(context.body) {
        case .object(let object): body = object
        case .some: return Self.validationFailed("\"value\" must be of type object")
        case nil: return HTTPReply.text(.badRequest, JSONDocument.notJSON)
        }
        switch method {
        case .sendTextStatus, .sendMediaStatus, .sendVoiceStatus:
            if let problem = GreenAPIValidation.problem(in: body, forMethod: method.rawValue) {
                return Self.validationFailed(problem)
            }
            let id = RandomID.hex(20)
            state.ledger.record(id, provider: .greenAPI, instance: instance)
            state.published.record(Self.published(body, method: method, id: id, instance: instance))
            return HTTPReply.json(.ok, ["idMessage": .string(id)])
        case .deleteStatus:
            if let problem = GreenAPIValidation.problem(in: body, forMethod: method.rawValue) {
                return Self.validationFailed(problem)
            }
            let id = body["idMessage"]?.stringValue ?? ""
            guard state.ledger.remove(id, provider: .greenAPI, instance: instance) else {
                return HTTPReply.text(.badRequest, "ID message notfound")
            }
            return HTTPReply.empty(.ok)
        case .uploadFile, .getStateInstance, .getSettings, .getWaSettings, .getStatusStatistic, .getOutgoingStatuses:
            return HTTPReply.text(.notFound, "Not Found")
        }
    }

    /// What `getOutgoingStatuses` will list of a status just published.
    private static func published(_ body: [String: JSONDocument], method: Method, id: String, instance: String) -> PublishedStatusBook.Status {
        let fileName = (body["fileName"]?.stringValue ?? "").lowercased()
        let type: String
        switch method {
        case .sendTextStatus: type = "extendedTextMessage"
        case .sendVoiceStatus: type = "audioMessage"
        default: type = [".mp4", ".3gp", ".mov"].contains { fileName.hasSuffix($0) } ? "videoMessage" : "imageMessage"
        }
        return PublishedStatusBook.Status(
            provider: .greenAPI, instance: instance, id: id, typeMessage: type,
            text: body["message"]?.stringValue ?? body["caption"]?.stringValue ?? "",
            backgroundColor: body["backgroundColor"]?.stringValue, font: body["font"]?.stringValue,
            participants: body["participants"]?.arrayValue?.compactMap(\.stringValue) ?? [], publishedAt: Date())
    }

    /// Stores the raw body and answers with a link that serves it back.
    private func uploadFile(_ request: Request, body: [UInt8], instance: String) -> Response {
        guard !body.isEmpty else { return Self.validationFailed("\"file\" is required") }
        let contentType = request.header("Content-Type") ?? "application/octet-stream"
        var fileName = request.header("GA-Filename") ?? ""
        fileName = String(fileName.split(separator: "/").last ?? "")
        if fileName.isEmpty {
            fileName = RandomID.hex(16).lowercased() + (Self.fileExtension(forMimeType: contentType).map { "." + $0 } ?? "")
        }
        let path = state.media.store(
            MediaStore.File(bytes: body, contentType: contentType, fileName: fileName, instance: instance))
        return HTTPReply.json(.ok, ["urlFile": .string(state.baseURL + path)])
    }

    private func serveMedia(_ request: Request, context: SandboxRequestContext) -> Response {
        guard let file = state.media.file(key: context.path("key") ?? "", fileName: context.path("name") ?? "") else {
            return HTTPReply.text(.notFound, "Not Found")
        }
        if request.method == .head {
            return Response(
                status: .ok,
                headers: [.contentType: file.contentType, .contentLength: String(file.bytes.count)])
        }
        return HTTPReply.bytes(.ok, file.bytes, contentType: file.contentType)
    }

    private static func fileExtension(forMimeType mimeType: String) -> String? {
        let base = mimeType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let known = [
            "image/jpeg": "jpg", "image/png": "png", "image/gif": "gif", "image/webp": "webp",
            "video/mp4": "mp4", "video/3gpp": "3gp", "audio/mpeg": "mp3", "audio/mp3": "mp3",
            "audio/wav": "wav", "audio/x-wav": "wav", "audio/ogg": "ogg", "audio/mp4": "m4a",
            "application/pdf": "pdf",
        ]
        return base.flatMap { known[$0] }
    }

    private static func validationFailed(_ detail: String) -> Response {
        HTTPReply.json(.badRequest, ["message": .string("Validation failed. Details: \(detail)")])
    }

    func failure(_ failure: InjectedFailure, for request: Request, context: SandboxRequestContext) -> Response {
        switch failure {
        case .tooManyRequests(let seconds):
            return HTTPReply.text(.tooManyRequests, "Too Many Requests", headers: [.retryAfter: String(seconds)])
        case .serverError:
            return HTTPReply.text(.internalServerError, "Internal Server Error")
        case .disconnected:
            // The state method reports the state instead of failing, as a pre-flight check expects.
            if request.method == .get, context.path("method")?.lowercased() == "getstateinstance" {
                return HTTPReply.json(.ok, ["stateInstance": "notAuthorized"])
            }
            return HTTPReply.text(.serviceUnavailable, "instance is starting or not authorized")
        }
    }
}
