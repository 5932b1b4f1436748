import HTTPTypes
import Hummingbird

/// One gateway family's HTTP contract: its routes and its error shapes.
protocol GatewayContract: Sendable {
    /// Adds the gateway's routes, with its own answers to wrong verbs and unknown paths under
    /// its prefix.
    func addRoutes(to routes: RouterGroup<SandboxRequestContext>)
    /// An injected failure, in this gateway's error shape.
    func failure(_ failure: InjectedFailure, for request: Request, context: SandboxRequestContext) -> Response
    /// The instance the request names, matched against instance-scoped faults.
    func instance(of request: Request, context: SandboxRequestContext) -> String?
    /// Whether the request only reads — an instance's state, its own number, a status's views,
    /// the list of what was posted — as opposed to posting or deleting. Reads are recorded apart
    /// (`recordedReads()`), so what a test counts as sent stays what was sent, and of the
    /// injected faults only `disconnected` reaches them: a fault scripted for the next post is
    /// not spent on the state check a client makes first.
    func isReading(_ request: Request, context: SandboxRequestContext) -> Bool
}

extension GatewayContract {
    func instance(of request: Request, context: SandboxRequestContext) -> String? {
        context.path("instance")
    }

    /// A GET to one of `routes` (the router names the route it matched).
    func isGet(_ request: Request, context: SandboxRequestContext, to routes: [RouterPath]) -> Bool {
        request.method == .get && routes.contains { $0.description == context.endpointPath }
    }
}

/// The faults whose answer depends on the gateway's error shape.
enum InjectedFailure: Sendable, Equatable {
    case tooManyRequests(retryAfterSeconds: Int)
    case serverError
    case disconnected
}

typealias SandboxHandler = @Sendable (Request, SandboxRequestContext) async throws -> Response

/// The methods a route answers; anything else gets the router's bare 404.
private let everyMethod: [HTTPRequest.Method] = [.get, .head, .post, .put, .delete, .patch, .options]

extension RouterMethods where Context == SandboxRequestContext {
    /// Answers each of `paths` with `handlers[method]`, and every other method with `otherwise`:
    /// gateways answer a wrong verb in their own words (a 405 or a 404 of their shape), which the
    /// router's own 404 would not.
    @discardableResult
    func on(
        _ paths: [RouterPath], _ handlers: [HTTPRequest.Method: SandboxHandler] = [:],
        otherwise: @escaping SandboxHandler
    ) -> Self {
        for path in paths {
            for method in everyMethod { on(path, method: method, use: handlers[method] ?? otherwise) }
        }
        return self
    }
}
