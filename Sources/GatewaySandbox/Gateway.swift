import Hummingbird

/// One gateway family's HTTP surface.
protocol Gateway: Sendable {
    /// Nil when the request is not addressed to this gateway; otherwise which instance it names.
    func claim(_ request: GatewayRequest) -> GatewayClaim?
    /// The gateway's normal answer: auth, validation, then success.
    func respond(to request: GatewayRequest) async -> Response
    /// An injected failure, in this gateway's error shape.
    func failure(_ failure: InjectedFailure, for request: GatewayRequest) -> Response
}

/// A request a gateway recognises as its own.
struct GatewayClaim: Sendable, Equatable {
    /// The instance named by the path, used to match instance-scoped faults.
    let instance: String?
}

/// The faults whose answer depends on the gateway's error shape.
enum InjectedFailure: Sendable, Equatable {
    case tooManyRequests(retryAfterSeconds: Int)
    case serverError
    case disconnected
}
