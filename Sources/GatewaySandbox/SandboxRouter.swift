import Hummingbird

/// The server's routes: the control API under `/_sandbox`, each gateway's contract behind the
/// recording and fault middleware, and a 404 for paths no gateway owns (recorded too).
enum SandboxRouter {
    static func build(state: SandboxState) -> Router<SandboxRequestContext> {
        let router = Router(context: SandboxRequestContext.self)
        ControlAPI(state: state).addRoutes(to: router.group("_sandbox"))
        state.served.addRoutes(to: router)

        let contracts: [any GatewayContract] = [
            ZAPIContract(state: state),
            GreenAPIContract(state: state),
            RyzeContract(state: state),
            EvolutionContract(state: state),
            SandboxStatusContract(state: state),
        ]
        // Recording first, then faults: each with the contract that owns the route.
        func group(_ contract: (any GatewayContract)?) -> RouterGroup<SandboxRequestContext> {
            router.group().add(middleware: RecordingMiddleware(state: state, contract: contract)).add(middleware: FaultMiddleware(state: state, contract: contract))
        }
        for contract in contracts {
            contract.addRoutes(to: group(contract))
        }
        group(nil)
            .on(["/", "/**"]) { request, _ in
                let route = "\(request.method.rawValue) \(request.uri.path)"
                return HTTPReply.json(.notFound, ["error": .string("No gateway route for \(route)")])
            }
        return router
    }
}
