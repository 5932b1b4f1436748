import Foundation
import Hummingbird

/// Reads a gateway request's body whole and records the request before anything else can answer
/// it (a fault, auth, validation), so a test sees exactly what the client sent. One per gateway,
/// whose contract tells a read from a send.
struct RecordingMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext

    let state: SandboxState
    /// nil for paths no gateway owns (recorded as sends).
    let contract: (any GatewayContract)?

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var request = request
        var context = context
        do {
            context.body = Array(try await request.collectBody(upTo: Context.maximumBodyBytes).readableBytesView)
        } catch {
            return HTTPReply.text(.contentTooLarge, "Request body larger than \(Context.maximumBodyBytes) bytes")
        }
        let recorded = RecordedRequest(
            method: request.method.rawValue, path: request.head.path ?? "/",
            headers: request.headers.map { (name: $0.name.rawName, value: $0.value) }, body: context.body,
            receivedAt: Date())
        if contract?.isReading(request, context: context) == true {
            state.recordRead(recorded)
        } else {
            state.record(recorded)
        }
        return try await next(request, context)
    }
}
