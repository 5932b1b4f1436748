import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import StatusKit

/// Asks a media link what it is with one bounded `HEAD` (3 s by default): the status, the
/// Content-Type and the size, or why it could not be reached from here.
public struct LinkChecker: Sendable {
    /// Nil for the shared client, taken only when a link is asked: its event loop threads
    /// start with the first link, not with the program.
    let givenClient: HTTPClient?
    var client: HTTPClient { givenClient ?? .shared }
    let timeout: TimeAmount

    public init(client: HTTPClient? = nil, timeout: TimeAmount = .seconds(3)) {
        givenClient = client
        self.timeout = timeout
    }

    public func head(_ url: URL) async -> LinkHead {
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = .HEAD
        do {
            let response = try await client.execute(request, timeout: timeout)
            let status = Int(response.status.code)
            // A server that does not answer HEAD says nothing about the file: not a refusal.
            if status == 405 || status == 501 { return .unreachable(why: "it does not answer HEAD (\(status))") }
            let type = response.headers.first(name: "content-type")
            let length = response.headers.first(name: "content-length").flatMap { Int($0) }
            return .answered(status: status, contentType: type, byteCount: length)
        } catch {
            return .unreachable(why: Self.reason(error, timeout: timeout))
        }
    }

    static func reason(_ error: Error, timeout: TimeAmount) -> String {
        if let client = error as? HTTPClientError {
            if client == .deadlineExceeded || client == .readTimeout || client == .connectTimeout {
                return "no answer in \(timeout.nanoseconds / 1_000_000_000) s"
            }
            if client == .remoteConnectionClosed { return "the server closed the connection" }
        }
        if let io = error as? IOError { return "connection failed: \(io.description)" }
        let text = String(describing: error)
        if text.contains("connectionRefused") || text.contains("Connection refused") { return "connection refused" }
        if text.contains("NXDOMAIN") || text.contains("lookup") || text.contains("Name or service") { return "the host name is not known" }
        return text.count > 80 ? String(text.prefix(80)) + "…" : text
    }
}
