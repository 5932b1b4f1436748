import Foundation
import NIOCore
import NIOFoundationCompat

/// What a request carries: bytes in memory, and local files spliced in (as base64 inside a JSON
/// string, or raw for an upload). Files are read in chunks while the request is being sent, so
/// a 10 MB video is never held whole in memory, nor its base64 text, nor a JSON copy of it.
public struct RequestBody: Sendable {
    public enum Part: Sendable, Equatable {
        case bytes(Data)
        /// The file's bytes, base64-encoded (standard alphabet, padded).
        case base64OfFile(path: String, byteCount: Int)
        /// The file's bytes as they are.
        case file(path: String, byteCount: Int)

        /// Bytes this part puts on the wire.
        var wireCount: Int {
            switch self {
            case .bytes(let data): data.count
            case .base64OfFile(_, let count): (count + 2) / 3 * 4
            case .file(_, let count): count
            }
        }
    }

    public let parts: [Part]

    public init(parts: [Part]) {
        // Neighbouring byte parts are joined, so a body without files is one part.
        var joined: [Part] = []
        for part in parts {
            if case .bytes(let more) = part, case .bytes(let data)? = joined.last {
                joined[joined.count - 1] = .bytes(data + more)
            } else {
                joined.append(part)
            }
        }
        self.parts = joined
    }

    public init(_ data: Data) { parts = [.bytes(data)] }

    /// The body's length, known before it is read (the Content-Length).
    public var count: Int { parts.reduce(0) { $0 + $1.wireCount } }

    /// True when a part is read from a file while sending.
    public var readsFiles: Bool { parts.contains { if case .bytes = $0 { false } else { true } } }

    /// The first file that is gone or no longer of the size the request was built for: the
    /// request is refused before it starts rather than cut off part-way (a stream that fails
    /// mid-request is refused too, but costs a connection cut in the middle of a body).
    public var changedFile: String? {
        for part in parts {
            switch part {
            case .file(let path, let byteCount), .base64OfFile(let path, let byteCount):
                if FileStatus(path: path)?.size != byteCount { return path }
            case .bytes:
                continue
            }
        }
        return nil
    }

    /// The whole body in memory (for `--dry-run` and tests); nil when a file cannot be read.
    public func data() -> Data? {
        var out = Data(capacity: count)
        let reader = BodyChunkReader(parts)
        do {
            while let chunk = try reader.next() { out.append(contentsOf: chunk.readableBytesView) }
        } catch {
            return nil
        }
        return out
    }

    /// The body as chunks read on demand: the next one only when the connection asks for it.
    public func chunks() -> AsyncThrowingStream<ByteBuffer, any Error> {
        let reader = BodyChunkReader(parts)
        return AsyncThrowingStream(unfolding: { try reader.next() })
    }
}

/// A file changed or vanished between building the request and sending it.
public struct BodyFileChanged: Error, CustomStringConvertible {
    public let path: String
    public var description: String { "\(PathText.lastComponent(path)) changed or disappeared while it was being sent" }
}

/// Reads a body's parts in order, a bounded chunk at a time. Used by one sender at a time,
/// which is why it may keep mutable state behind an unchecked Sendable.
final class BodyChunkReader: @unchecked Sendable {
    /// A multiple of 3, so every chunk of a file base64-encodes on its own without padding.
    static let fileChunkBytes = 3 * 64 * 1024

    private var pending: ArraySlice<RequestBody.Part>
    private var handle: FileHandle?
    private var readSoFar = 0

    init(_ parts: [RequestBody.Part]) { pending = parts[...] }

    deinit { try? handle?.close() }

    func next() throws -> ByteBuffer? {
        while let part = pending.first {
            switch part {
            case .bytes(let data):
                pending.removeFirst()
                if data.isEmpty { continue }
                return ByteBuffer(data: data)
            case .base64OfFile(let path, let expected):
                if let chunk = try readFileChunk(path: path, expected: expected) {
                    return ByteBuffer(data: chunk.base64EncodedData())
                }
            case .file(let path, let expected):
                if let chunk = try readFileChunk(path: path, expected: expected) {
                    return ByteBuffer(data: chunk)
                }
            }
        }
        return nil
    }

    /// The next chunk of the current file part, or nil (and the part done) at its end, which
    /// must come after exactly `expected` bytes.
    private func readFileChunk(path: String, expected: Int) throws -> Data? {
        if handle == nil {
            guard let opened = FileHandle(forReadingAtPath: path) else { throw BodyFileChanged(path: path) }
            handle = opened
            readSoFar = 0
        }
        let wanted = min(Self.fileChunkBytes, expected - readSoFar)
        var chunk = Data()
        while chunk.count < wanted, let more = try handle?.read(upToCount: wanted - chunk.count), !more.isEmpty {
            chunk.append(more)
        }
        readSoFar += chunk.count
        if chunk.count < wanted { throw BodyFileChanged(path: path) }
        if wanted == 0 {
            // The declared length is read: the file must end here too.
            let extra = try handle?.read(upToCount: 1) ?? Data()
            try? handle?.close()
            handle = nil
            pending.removeFirst()
            if !extra.isEmpty { throw BodyFileChanged(path: path) }
            return nil
        }
        return chunk
    }
}
