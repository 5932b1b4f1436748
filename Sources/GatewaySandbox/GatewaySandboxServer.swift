import Foundation
import Hummingbird
import Logging
import NIOCore

/// A loopback HTTP server that speaks the status APIs of Z-API, Green API, RyzeAPI, Evolution API
/// and the product's own sandbox gateway, records every gateway request and injects faults.
///
/// ```swift
/// let server = try await GatewaySandboxServer.start(credentials: [
///     SandboxCredential(provider: .ryze, instance: "shop", token: "secret"),
/// ])
/// // point a RyzeAPI client at server.baseURL, then inspect server.recordedRequests()
/// await server.shutdown()
/// ```
public final class GatewaySandboxServer: Sendable {
    /// The bound port (the real one when started with port 0).
    public let port: Int
    /// `http://HOST:PORT`; a wildcard bind address is reported as 127.0.0.1.
    public let baseURL: String

    private let state: SandboxState
    private let runTask: Task<Void, Never>
    private let stopped: OneShot<Void>

    private init(port: Int, baseURL: String, state: SandboxState, runTask: Task<Void, Never>, stopped: OneShot<Void>) {
        self.port = port
        self.baseURL = baseURL
        self.state = state
        self.runTask = runTask
        self.stopped = stopped
    }

    /// Binds and starts serving; returns once the socket is listening.
    /// - Parameter logger: where the HTTP server logs; silent by default.
    public static func start(
        host: String = "127.0.0.1", port: Int = 0, credentials: [SandboxCredential], logger: Logger? = nil
    ) async throws -> GatewaySandboxServer {
        let state = SandboxState(credentials: credentials)
        let bound = OneShot<Int>()
        let stopped = OneShot<Void>()
        let application = Application(
            router: SandboxRouter.build(state: state),
            server: .http1(configuration: .init(additionalChannelHandlers: [ExpectContinueHandler()])),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port)),
            onServerRunning: { channel in
                let boundPort = channel.localAddress?.port ?? port
                state.baseURL = "http://\(Self.urlHost(host)):\(boundPort)"
                bound.fulfil(.success(boundPort))
            },
            logger: logger ?? Logger(label: "gateway-sandbox", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        let runTask = Task {
            do {
                try await application.run()
                bound.fulfil(.failure(SandboxServerError.stoppedBeforeListening))
            } catch {
                bound.fulfil(.failure(error))
            }
            stopped.fulfil(.success(()))
        }
        let boundPort: Int
        do {
            boundPort = try await bound.value()
        } catch {
            runTask.cancel()
            throw error
        }
        return GatewaySandboxServer(
            port: boundPort, baseURL: state.baseURL, state: state, runTask: runTask, stopped: stopped)
    }

    /// Adds or replaces an accepted credential.
    public func register(_ credential: SandboxCredential) {
        state.register(credential)
    }

    /// Schedules a fault. `instance` nil matches every instance (and paths naming none); `count`
    /// nil lasts until `clearFaults()`, otherwise the fault applies to the next `count` matching
    /// gateway requests. When several faults match, the earliest injected applies.
    public func inject(_ fault: SandboxFault, instance: String? = nil, count: Int? = nil) {
        state.faults.inject(fault, instance: instance, count: count)
    }

    public func clearFaults() {
        state.faults.clear()
    }

    /// Gateway requests (not control requests) in arrival order.
    public func recordedRequests() -> [RecordedRequest] {
        state.recordedRequests()
    }

    /// Reading requests (state, own number, views, posted lists) in arrival order; see `GatewayContract.isReading`.
    public func recordedReads() -> [RecordedRequest] {
        state.recordedReads()
    }

    /// The message ids an instance handed out and still holds: what it published.
    public func publishedMessageIds(provider: SandboxProvider, instance: String) -> Set<String> {
        state.ledger.ids(provider: provider, instance: instance)
    }

    /// Serves `bytes` at `/files/<name>` with `contentType` and `status` (GET and HEAD), as a
    /// media link's host would; returns the link.
    @discardableResult
    public func serveFile(_ name: String, bytes: [UInt8], contentType: String, status: Int = 200) -> URL {
        state.served.put(name, ServedFiles.File(bytes: bytes, contentType: contentType, status: status))
        return URL(string: "\(baseURL)/files/\(name)")!
    }

    public func clearRecordedRequests() {
        state.clearRecordedRequests()
    }

    /// Where RyzeAPI success bodies carry `messageId` (default `.underData`).
    public func setRyzeMessageIdPlacement(_ placement: RyzeMessageIdPlacement) {
        state.ryzePlacement = placement
    }

    /// Sets how an instance's phone link stands; every gateway's health call reports it.
    public func setCondition(_ condition: InstanceCondition, provider: SandboxProvider, instance: String) {
        state.conditions.setCondition(condition, provider, instance)
    }

    /// Green API's outgoing-webhook setting (on by default): off, the status reading methods answer `[]`.
    public func setOutgoingWebhook(_ on: Bool, provider: SandboxProvider = .greenAPI, instance: String) {
        state.conditions.setOutgoingWebhook(on, provider, instance)
    }

    /// The account's own number as the gateways report it (`5511…`).
    public func ownNumber(provider: SandboxProvider, instance: String) -> String {
        state.conditions.phone(provider, instance)
    }

    /// Makes `recipients` see the status: sent now, delivered after `step`, read after two.
    public func makeViewsArrive(messageId: String, recipients: [String], step: Duration) {
        let seconds = Double(step.components.seconds) + Double(step.components.attoseconds) / 1e18
        state.published.setViews(PublishedStatusBook.Views(recipients: recipients, start: Date(), step: seconds), id: messageId)
    }

    /// Turns Green API's 5-per-second and RyzeAPI's 100-per-minute limits on or off (on by default).
    public func setRateLimitsEnforced(_ enforced: Bool) {
        state.rateLimitsEnforced = enforced
    }

    /// Stops listening, closes every connection (hung ones included) and waits, at most a
    /// couple of seconds, for the server to finish. Safe to call more than once.
    public func shutdown() async {
        state.hanging.releaseAll()
        runTask.cancel()
        let deadline = Task {
            try? await Task.sleep(for: .seconds(2))
            stopped.fulfil(.success(()))
        }
        _ = try? await stopped.value()
        deadline.cancel()
    }

    private static func urlHost(_ host: String) -> String {
        switch host {
        case "0.0.0.0", "", "::", "[::]": return "127.0.0.1"
        default: return host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        }
    }
}

/// Why the server could not start.
public enum SandboxServerError: Error, Sendable {
    /// The server task ended before the socket was listening.
    case stoppedBeforeListening
}
