import ArgumentParser
import Foundation
import GatewaySandbox
import StatusKit

struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Serve every gateway's status API on 127.0.0.1, publishing nothing.",
        discussion: """
        The accounts of the config are registered with their tokens, so pointing an account's \
        base_url at the sandbox tries the whole setup locally. Faults are injected with \
        POST /_sandbox/faults {"fault":"hang|drop|latency|429|500|disconnected|non-json|truncated|\
        random-bytes|wrong-types|huge|trickle|stall|wrong-content-type|random-status", \
        "instance":..., "count":..., "seed":...}; GET /_sandbox/requests lists what was received.
        """
    )

    @Option(name: .long, help: ArgumentHelp("The port on 127.0.0.1 (0 picks a free one).", valueName: "port"))
    var port: Int = 8787

    @OptionGroup var configOptions: ConfigOptions

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port: \(port); give 0 to 65535") }
    }

    func run() async throws {
        let location = ConfigLocation.resolve(explicit: configOptions.config)
        var accounts: [Account] = []
        if location.exists {
            do {
                accounts = try ConfigLoader.load(path: location.path)
            } catch {
                IssueReport.printProblems(error)
                throw Exit.invalidInput
            }
        } else if location.isExplicit {
            Console.error("\(location.path): no such config file (from \(location.origin))")
            throw Exit.invalidInput
        }
        let credentials = accounts.map {
            SandboxCredential(
                provider: SandboxProvider(rawValue: $0.gateway.rawValue)!, instance: $0.instance,
                token: $0.token.exposedValue, clientToken: $0.clientToken?.exposedValue
            )
        }
        let server: GatewaySandboxServer
        do {
            server = try await GatewaySandboxServer.start(port: port, credentials: credentials)
        } catch {
            Console.error("Cannot listen on 127.0.0.1:\(port): \(error)")
            throw Exit.invalidInput
        }
        Console.out("Sandbox gateway listening on \(server.baseURL)")
        Console.out("Registered \(accounts.count) account(s)\(accounts.isEmpty ? "" : " from \(location.path)"): \(accounts.map(\.name).joined(separator: ", "))")
        Console.out("Nothing is published. Stop with Ctrl-C.")
        await ShutdownSignal.wait()
        await server.shutdown()
    }
}
