import Hummingbird

/// Carries out the next scheduled fault that matches the request, after it was recorded and
/// before the gateway looks at auth or the body. One per gateway, so an injected failure takes
/// that gateway's error shape.
struct FaultMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext

    let state: SandboxState
    /// nil for paths no gateway owns, which fail as `{"error": "..."}`.
    let contract: (any GatewayContract)?

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let reading = contract?.isReading(request, context: context) ?? false
        guard let fault = state.faults.take(forInstance: contract?.instance(of: request, context: context), reading: reading) else {
            return try await next(request, context)
        }
        let faulty = FaultResponder(channel: context.channel, hanging: state.hanging)
        return try await faulty.apply(fault, request: request) { failure in
            contract?.failure(failure, for: request, context: context) ?? FaultResponder.failure(failure)
        } normal: {
            try await next(request, context)
        }
    }
}
