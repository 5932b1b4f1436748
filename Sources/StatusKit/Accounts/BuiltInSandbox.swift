import Foundation

/// The accounts used when there is no config: one per gateway, all served by the sandbox this
/// program starts on 127.0.0.1. Tokens are random for each run and never leave the process.
public enum BuiltInSandbox {
    public static let accountNames: [(name: String, gateway: GatewayKind)] = [
        ("sandbox", .sandbox), ("sandbox-zapi", .zapi), ("sandbox-green", .greenAPI),
        ("sandbox-ryze", .ryze), ("sandbox-evolution", .evolution),
    ]

    public static func accounts(baseURL: URL) -> [Account] {
        accountNames.map { entry in
            Account(
                name: entry.name, gateway: entry.gateway, baseURL: baseURL, instance: "demo-\(entry.gateway.rawValue)",
                token: Secret(randomToken()), mediaURL: baseURL, isBuiltInSandbox: true
            )
        }
    }

    static func randomToken() -> String {
        (0..<24).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
    }
}
