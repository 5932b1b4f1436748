import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Carries out an injected fault on one request.
struct FaultResponder {
    /// Thrown after the connection was closed on purpose, so no response is written.
    struct ConnectionClosed: Error {}

    let channel: any Channel
    let hanging: HangingConnections

    /// The faulty response. `failure` gives an injected failure in the gateway's error shape;
    /// `normal` is the gateway's normal answer, for the faults that delay or disguise it.
    func apply(
        _ fault: SandboxFault, request: Request, failure: (InjectedFailure) -> Response,
        normal: () async throws -> Response
    ) async throws -> Response {
        switch fault {
        case .latency(let milliseconds):
            try await Task.sleep(for: .milliseconds(max(0, milliseconds)))
            return try await normal()
        case .hang:
            await hanging.hold(channel)
            throw ConnectionClosed()
        case .dropConnection:
            try? await channel.close()
            throw ConnectionClosed()
        case .dropAnswer:
            // The gateway does its work (the id is issued, the status is live); only the
            // answer is lost on the way back.
            _ = try await normal()
            try? await channel.close()
            throw ConnectionClosed()
        case .tooManyRequests(let seconds):
            return failure(.tooManyRequests(retryAfterSeconds: seconds))
        case .serverError:
            return failure(.serverError)
        case .disconnected:
            return failure(.disconnected)
        case .nonJSONBody:
            return HTTPReply.html(
                .ok,
                "<!DOCTYPE html>\n<html><head><title>Welcome</title></head>"
                    + "<body><h1>It works!</h1><p>This page is served by a proxy.</p></body></html>\n")
        case .truncatedBody:
            return truncated()
        case .randomBytes(let seed, let length):
            var junk = JunkBody(seed: seed)
            return HTTPReply.bytes(.ok, junk.bytes(length), contentType: HTTPReply.jsonContentType)
        case .wrongTypes(let seed):
            var junk = JunkBody(seed: seed)
            return HTTPReply.json(.ok, junk.wrongTypedAnswer())
        case .randomStatus(let seed):
            var junk = JunkBody(seed: seed)
            let status = junk.status()
            let body = junk.anyBody(echoing: request.head.path ?? "/", headers: request.headers)
            return HTTPReply.bytes(status, body.bytes, contentType: body.contentType)
        case .wrongContentType:
            var response = try await normal()
            response.headers[.contentType] = "text/html; charset=iso-8859-1"
            return response
        case .hugeBody(let megabytes):
            return huge(megabytes: megabytes)
        case .trickle(let milliseconds):
            return trickle(every: .milliseconds(milliseconds))
        case .stalledBody:
            return stalled()
        }
    }

    /// An injected failure on a path no gateway owns.
    static func failure(_ failure: InjectedFailure) -> Response {
        switch failure {
        case .tooManyRequests(let seconds):
            return HTTPReply.json(.tooManyRequests, ["error": "Too many requests"], headers: [.retryAfter: String(seconds)])
        case .serverError:
            return HTTPReply.json(.internalServerError, ["error": "Internal server error"])
        case .disconnected:
            return HTTPReply.json(.serviceUnavailable, ["error": "Instance is not connected"])
        }
    }

    /// A 200 whose `Content-Length` covers a whole JSON document, of which only the first half is
    /// written before the connection closes.
    private func truncated() -> Response {
        let document: JSONDocument = [
            "id": .string(RandomID.hex(20)), "status": "sent",
            "detail": .string(String(repeating: "sandbox ", count: 16)),
        ]
        let bytes = document.serializedBytes
        let half = Array(bytes.prefix(bytes.count / 2))
        let channel = self.channel
        let body = ResponseBody(contentLength: bytes.count) { writer in
            try await writer.write(ByteBuffer(bytes: half))
            // The channel's writes run in order on its event loop, so the half body is flushed
            // before the close takes effect.
            try? await channel.close()
            throw ConnectionClosed()
        }
        return Response(status: .ok, headers: [.contentType: HTTPReply.jsonContentType], body: body)
    }
}
