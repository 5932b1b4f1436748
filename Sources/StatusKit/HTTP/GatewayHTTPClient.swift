import AsyncHTTPClient
import Foundation
import NIOCore
import NIOFoundationCompat
import NIOHTTP1
import NIOPosix
import Synchronization

/// Sends `GatewayRequest`s over HTTP and turns every transport problem into a
/// `GatewayFailure`. A status POST is not idempotent, so a request is repeated only when its
/// connection was never established (nothing can have reached the gateway).
public final class GatewayHTTPClient: Sendable {
    private let configuration: HTTPClient.Configuration
    /// The HTTP client and its event loops are made at the first request: the composer opens
    /// instantly and holds no network threads until something is posted.
    private let state = Mutex(State.idle)
    /// Largest answer read; a gateway never needs more, and a broken proxy must not fill memory.
    static let maxAnswerBytes = 4 * 1024 * 1024
    static let connectAttempts = 3

    private enum State {
        case idle
        case running(HTTPClient)
        case closed
    }

    public init(connectTimeout: Duration = .seconds(10)) {
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow)
        configuration.timeout.connect = .nanoseconds(Int64(connectTimeout.components.seconds) * 1_000_000_000)
        configuration.decompression = .enabled(limit: .ratio(20))
        // Fail fast on a refused connection; `send` retries a few times itself, briefly.
        configuration.connectionPool.retryConnectionEstablishment = false
        self.configuration = configuration
    }

    /// The running client, started on first use; nil once `shutdown` has run.
    private func runningClient() -> HTTPClient? {
        state.withLock { state in
            switch state {
            case .running(let client): return client
            case .closed: return nil
            case .idle:
                let client = HTTPClient(eventLoopGroupProvider: .shared(MultiThreadedEventLoopGroup.singleton), configuration: configuration)
                state = .running(client)
                return client
            }
        }
    }

    /// Closes the client's connections; requests sent afterwards fail as cancelled.
    public func shutdown() async {
        let running: HTTPClient? = state.withLock { state in
            defer { state = .closed }
            if case .running(let client) = state { return client }
            return nil
        }
        try? await running?.shutdown()
    }

    /// Sends one request, waiting at most `timeout` for the whole answer.
    public func send(_ request: GatewayRequest, timeout: Duration) async -> Result<GatewayResponse, GatewayFailure> {
        let deadline = NIODeadline.now() + .nanoseconds(Int64(timeout.components.seconds) * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000)
        var attempt = 1
        while true {
            let result = await sendOnce(request, deadline: deadline, timeout: timeout)
            // A closed client (reason `cancelled`) stays closed: no point trying again.
            guard case .failure(.couldNotConnect(_, let reason)) = result, reason != .cancelled, attempt < Self.connectAttempts,
                  NIODeadline.now() + .milliseconds(300 * Int64(attempt)) < deadline else {
                return result
            }
            try? await Task.sleep(for: .milliseconds(300 * attempt))
            attempt += 1
        }
    }

    private func sendOnce(_ request: GatewayRequest, deadline: NIODeadline, timeout: Duration) async -> Result<GatewayResponse, GatewayFailure> {
        var http = HTTPClientRequest(url: request.url.absoluteString)
        http.method = HTTPMethod(rawValue: request.method.rawValue)
        for header in request.headers { http.headers.add(name: header.name, value: header.value) }
        http.headers.replaceOrAdd(name: "User-Agent", value: "status-composer")
        if let payload = request.payload {
            if payload.readsFiles {
                if let changed = payload.changedFile { return .failure(.cannotBuildRequest(.fileGone(path: changed))) }
                http.body = .stream(payload.chunks(), length: .known(Int64(payload.count)))
            } else if case .bytes(let data)? = payload.parts.first {
                http.body = .bytes(ByteBuffer(data: data))
            }
        }
        // Shut down: the request never leaves, so nothing can have been published.
        guard let client = runningClient() else { return .failure(.couldNotConnect(host: Self.hostDescription(request.url), reason: .cancelled)) }
        do {
            // AsyncHTTPClient's deadline ends with the response head; a body that trickles or
            // stalls would be read for ever. The whole exchange races the deadline here.
            return .success(try await Self.racing(deadline) { [client, http] in
                let response = try await client.execute(http, deadline: deadline)
                let body: ByteBuffer
                do {
                    body = try await response.body.collect(upTo: Self.maxAnswerBytes)
                } catch is NIOTooManyBytesError {
                    throw AnswerTooLarge(status: Int(response.status.code))
                }
                return GatewayResponse(
                    status: Int(response.status.code),
                    headers: response.headers.map { (name: $0.name, value: $0.value) },
                    body: Data(buffer: body)
                )
            })
        } catch {
            return .failure(Self.failure(for: error, host: Self.hostDescription(request.url), timeout: timeout))
        }
    }

    /// An answer larger than `maxAnswerBytes`, with the status it came with.
    struct AnswerTooLarge: Error {
        let status: Int
    }

    /// `operation`'s result, or `HTTPClientError.deadlineExceeded` once `deadline` passes (the
    /// operation is then cancelled, which closes its connection).
    static func racing<T: Sendable>(_ deadline: NIODeadline, _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T.self) { group in
            group.addTask(operation: operation)
            group.addTask {
                let remaining = (deadline - .now()).nanoseconds
                try await Task.sleep(nanoseconds: UInt64(max(0, remaining)))
                throw HTTPClientError.deadlineExceeded
            }
            defer { group.cancelAll() }
            return try await group.next()!
        }
    }

    /// Host and port only: a full URL may carry a token in its path.
    static func hostDescription(_ url: URL) -> String {
        let host = url.host ?? "the gateway"
        return url.port.map { "\(host):\($0)" } ?? host
    }

    /// Sorts a transport error by whether the request can have reached the gateway: failing to
    /// resolve, connect or shake hands (TLS, proxy) means nothing was sent (`couldNotConnect`);
    /// anything after the request was written — a reset, an end of stream, a timeout waiting
    /// for the answer, a cut-off body — leaves the outcome unknown (`timedOut`,
    /// `connectionLost`). An error of a kind not known here counts as unknown: a lost answer
    /// must never read as "not posted".
    static func failure(for error: any Error, host: String, timeout: Duration) -> GatewayFailure {
        let seconds = Int(timeout.components.seconds)
        if let httpError = error as? HTTPClientError {
            if [.deadlineExceeded, .readTimeout, .writeTimeout].contains(httpError) {
                return .timedOut(seconds: seconds)
            }
            if [.connectTimeout, .tlsHandshakeTimeout, .socksHandshakeTimeout, .httpProxyHandshakeTimeout].contains(httpError) {
                return .couldNotConnect(host: host, reason: .connectTimeout)
            }
            if httpError == .remoteConnectionClosed {
                return .connectionLost(reason: .gatewayClosedConnection)
            }
            if [.invalidURL, .emptyHost, .emptyScheme].contains(httpError) {
                return .cannotBuildRequest(.unusableBaseURL)
            }
        }
        if let large = error as? AnswerTooLarge {
            return .unreadableAnswer(status: large.status, detail: .answerTooLarge(megabytes: maxAnswerBytes / 1024 / 1024))
        }
        if let changed = error as? BodyFileChanged {
            return .cannotBuildRequest(.fileGone(path: changed.path))
        }
        if let connect = error as? NIOConnectionError {
            let first = connect.connectionErrors.first.map { describe($0.error) } ?? .connectionFailed
            return .couldNotConnect(host: host, reason: first)
        }
        if let io = error as? IOError, [ECONNREFUSED, EHOSTUNREACH, ENETUNREACH].contains(io.errnoCode) {
            return .couldNotConnect(host: host, reason: describe(io))
        }
        if error is SocketAddressError || error is SocketAddressError.UnknownHost {
            return .couldNotConnect(host: host, reason: describe(error))
        }
        // TLS fails during the handshake, before the request is written. StatusKit does not
        // link NIOSSL itself, so its errors are known by their module's name.
        if String(reflecting: type(of: error)).hasPrefix("NIOSSL.") {
            return .couldNotConnect(host: host, reason: describe(error))
        }
        if error is ChannelError, case .connectTimeout = error as! ChannelError {
            return .couldNotConnect(host: host, reason: .connectTimeout)
        }
        if error is HTTPParserError {
            // The request went out; the answer broke off or was not HTTP.
            return .connectionLost(reason: .answerCutOff)
        }
        if error is CancellationError {
            return .connectionLost(reason: .cancelled)
        }
        return .connectionLost(reason: describe(error))
    }

    private static func describe(_ error: any Error) -> FailureReason {
        if let io = error as? IOError {
            switch io.errnoCode {
            case ECONNREFUSED: return .connectionRefused
            case EHOSTUNREACH, ENETUNREACH: return .hostUnreachable
            case ECONNRESET: return .connectionReset
            default: return .networkError(code: io.errnoCode)
            }
        }
        if let resolution = error as? SocketAddressError {
            return .cannotResolveHost(String(describing: resolution))
        }
        if let unknown = error as? SocketAddressError.UnknownHost {
            return .cannotResolveHost(String(describing: unknown))
        }
        let text = String(describing: error)
        return .verbatim(text.count > 120 ? String(text.prefix(120)) + "…" : text)
    }
}
