/// The gateways status-composer speaks, by the `provider` name used in the config.
public enum GatewayKind: String, Sendable, CaseIterable, Codable {
    case zapi
    case greenAPI = "green-api"
    case ryze
    case evolution
    case sandbox

    public var displayName: String {
        switch self {
        case .zapi: "Z-API"
        case .greenAPI: "Green API"
        case .ryze: "RyzeAPI"
        case .evolution: "Evolution API"
        case .sandbox: "Sandbox"
        }
    }

    /// The adapter that speaks this gateway's contract.
    public var adapter: any GatewayAdapter {
        switch self {
        case .zapi: ZAPIGateway()
        case .greenAPI: GreenAPIGateway()
        case .ryze: RyzeGateway()
        case .evolution: EvolutionGateway()
        case .sandbox: SandboxGateway()
        }
    }

    /// Built once per gateway: the composer asks on every key (fonts, limits, checks).
    public var capabilities: GatewayCapabilities { Self.capabilityTable[self]! }

    private static let capabilityTable: [GatewayKind: GatewayCapabilities] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0, $0.adapter.capabilities) }
    )
}
