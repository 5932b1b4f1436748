import Foundation
import Hummingbird
import NIOCore

/// Entry point for every request: control routes, or record → fault → gateway.
struct SandboxResponder: HTTPResponder {
    typealias Context = SandboxRequestContext

    /// Bodies up to 64 MB are read (data-URI media of 40 MB must fit).
    static let maximumBodyBytes = 64 * 1024 * 1024

    let state: SandboxState
    let gateways: [any Gateway]
    let control: ControlAPI

    init(state: SandboxState) {
        self.state = state
        self.gateways = [
            ZAPIGateway(state: state),
            GreenAPIGateway(state: state),
            RyzeGateway(state: state),
            EvolutionGateway(state: state),
            SandboxStatusGateway(state: state),
        ]
        self.control = ControlAPI(state: state)
    }

    func respond(to request: Request, context: Context) async throws -> Response {
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: Self.maximumBodyBytes)
        } catch {
            return HTTPReply.text(.contentTooLarge, "Request body larger than \(Self.maximumBodyBytes) bytes")
        }
        let incoming = GatewayRequest(
            method: request.method, rawPath: request.head.path ?? "/", headers: request.headers,
            body: Array(body.readableBytesView))

        if ControlAPI.owns(incoming) {
            return await control.respond(to: incoming)
        }

        state.record(incoming.recorded)
        let owner = gateways.lazy.compactMap { gateway in gateway.claim(incoming).map { (gateway: gateway, claim: $0) } }
            .first
        // Faults come after recording and before the gateway looks at auth or the body.
        if let fault = state.faults.take(forInstance: owner?.claim.instance) {
            let faulty = FaultResponder(channel: context.channel, hanging: state.hanging)
            if let response = try await faulty.apply(fault, gateway: owner?.gateway, request: incoming) {
                return response
            }
        }
        guard let gateway = owner?.gateway else {
            let route = "\(incoming.method.rawValue) \(incoming.pathOnly)"
            return HTTPReply.json(.notFound, ["error": .string("No gateway route for \(route)")])
        }
        return await gateway.respond(to: incoming)
    }
}
