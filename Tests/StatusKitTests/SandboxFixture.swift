import Foundation
import GatewaySandbox
import StatusKit
import XCTest

/// A sandbox on 127.0.0.1 with one account per gateway, for tests that talk real HTTP.
struct SandboxFixture {
    let server: GatewaySandboxServer
    let accounts: [GatewayKind: Account]
    let client: GatewayHTTPClient

    static func start(zapiClientToken: String? = nil) async throws -> SandboxFixture {
        let server = try await GatewaySandboxServer.start(credentials: [])
        let base = URL(string: server.baseURL)!
        var accounts: [GatewayKind: Account] = [:]
        for gateway in GatewayKind.allCases {
            let token = "tok-\(gateway.rawValue)-\(UUID().uuidString.prefix(8))"
            let client = gateway == .zapi ? zapiClientToken : nil
            accounts[gateway] = Account(
                name: "acct-\(gateway.rawValue)", gateway: gateway, baseURL: base, instance: "inst-\(gateway.rawValue)",
                token: Secret(token), clientToken: client.map(Secret.init), mediaURL: base
            )
            server.register(SandboxCredential(
                provider: SandboxProvider(rawValue: gateway.rawValue)!, instance: "inst-\(gateway.rawValue)",
                token: token, clientToken: client
            ))
        }
        return SandboxFixture(server: server, accounts: accounts, client: GatewayHTTPClient())
    }

    func account(_ gateway: GatewayKind) -> Account { accounts[gateway]! }

    func stop() async {
        await client.shutdown()
        await server.shutdown()
    }

    /// Validates for the account's gateway (failing the test on errors) and posts.
    func post(_ draft: StatusDraft, via gateway: GatewayKind, timeout: Duration = .seconds(10),
              file: StaticString = #filePath, line: UInt = #line) async -> PostOutcome? {
        let account = account(gateway)
        let check = DraftValidator.check(draft, for: gateway, account: account)
        guard let valid = check.valid else {
            XCTFail("draft invalid for \(gateway): \(check.errors.map(\.message))", file: file, line: line)
            return nil
        }
        return await StatusPoster(client: client, timeout: timeout).post(valid, to: account)
    }

    /// The last gateway request the sandbox received.
    var lastRequest: RecordedRequest? { server.recordedRequests().last }
}
