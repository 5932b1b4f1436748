import Hummingbird
import NIOCore

/// The faults whose answer is streamed: a body too large to keep, one that trickles, and one
/// that stops halfway with the connection left open. Each ends when the client goes away or the
/// server shuts down.
extension FaultResponder {
    /// 200 with `{"messageId":"aaaa…"}` of `megabytes` MB, chunked (no Content-Length), so only
    /// the client's own limit can stop it.
    func huge(megabytes: Int) -> Response {
        let chunk = ByteBuffer(repeating: UInt8(ascii: "a"), count: 64 * 1024)
        let chunks = megabytes * 16
        let body = ResponseBody { writer in
            try await writer.write(ByteBuffer(string: #"{"messageId":""#))
            for _ in 0..<chunks {
                try await writer.write(chunk)
            }
            try await writer.write(ByteBuffer(string: #""}"#))
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: HTTPReply.jsonContentType], body: body)
    }

    /// 200 promising a 1 MB JSON body, of which one byte is sent every `interval`.
    func trickle(every interval: Duration) -> Response {
        let channel = self.channel
        let hanging = self.hanging
        let promised = 1024 * 1024
        let body = ResponseBody(contentLength: promised) { writer in
            guard hanging.admit(channel) else { throw ConnectionClosed() }
            defer { hanging.release(channel) }
            try await writer.write(ByteBuffer(string: "{"))
            for _ in 1..<promised {
                try await Task.sleep(for: interval)
                guard channel.isActive else { break }
                try await writer.write(ByteBuffer(string: " "))
            }
            try? await channel.close()
            throw ConnectionClosed()
        }
        return Response(status: .ok, headers: [.contentType: HTTPReply.jsonContentType], body: body)
    }

    /// 200 promising a JSON body of which the start is sent; then the connection stays open and
    /// silent until the client gives up.
    func stalled() -> Response {
        let channel = self.channel
        let hanging = self.hanging
        let start = ByteBuffer(string: #"{"messageId":"3EB0"#)
        let body = ResponseBody(contentLength: start.readableBytes * 4) { writer in
            try await writer.write(start)
            await hanging.hold(channel)
            throw ConnectionClosed()
        }
        return Response(status: .ok, headers: [.contentType: HTTPReply.jsonContentType], body: body)
    }
}
