import Foundation
import StatusKit

/// Random access to a media file's bytes, so the readers look only at the headers they need:
/// an MP4's `moov` box may sit at the end of a 100 MB file, after the video itself.
public protocol MediaBytes {
    var count: Int { get }
    /// Up to `length` bytes from `offset` (fewer at the end; none past it).
    func read(at offset: Int, length: Int) -> [UInt8]
}

/// Bytes already in memory (a `data:` URI, a test's file), kept as they came.
public struct MemoryBytes: MediaBytes {
    let data: Data
    public init(_ data: [UInt8]) { self.data = Data(data) }
    public init(_ data: Data) { self.data = data }

    /// A `data:` URI's payload decoded (line breaks and spaces in a pasted URI are skipped); nil
    /// when it is not base64. The one place both the facts and the preview decode it.
    public init?(base64: String) {
        guard let data = Data(base64Encoded: base64, options: .ignoreUnknownCharacters) else { return nil }
        self.data = data
    }

    public var count: Int { data.count }
    public func read(at offset: Int, length: Int) -> [UInt8] {
        guard offset >= 0, offset < data.count, length > 0 else { return [] }
        let start = data.startIndex + offset
        return [UInt8](data[start..<min(data.endIndex, start + length)])
    }
}

/// A local file read with seeks. Opened as `BoundedFile` opens: without blocking, and only a
/// regular file (a FIFO would otherwise block the composer's run loop for ever).
public final class FileBytes: MediaBytes {
    private let handle: FileHandle
    public let count: Int

    private init(handle: FileHandle, count: Int) {
        self.handle = handle
        self.count = count
    }

    public static func open(_ path: String) -> Result<FileBytes, BoundedFile.Failure> {
        BoundedFile.openRegularFile(path).map { opened in
            FileBytes(handle: FileHandle(fileDescriptor: opened.descriptor, closeOnDealloc: true), count: opened.size)
        }
    }

    deinit { try? handle.close() }

    public func read(at offset: Int, length: Int) -> [UInt8] {
        guard offset >= 0, offset < count, length > 0 else { return [] }
        guard (try? handle.seek(toOffset: UInt64(offset))) != nil else { return [] }
        return [UInt8]((try? handle.read(upToCount: min(length, count - offset))) ?? Data())
    }
}

extension Array where Element == UInt8 {
    func u16be(_ at: Int) -> Int { at + 2 <= count ? Int(self[at]) << 8 | Int(self[at + 1]) : 0 }
    func u16le(_ at: Int) -> Int { at + 2 <= count ? Int(self[at + 1]) << 8 | Int(self[at]) : 0 }
    func u32be(_ at: Int) -> Int { at + 4 <= count ? u16be(at) << 16 | u16be(at + 2) : 0 }
    func u32le(_ at: Int) -> Int { at + 4 <= count ? u16le(at + 2) << 16 | u16le(at) : 0 }
    func u64be(_ at: Int) -> Int { at + 8 <= count ? Int(truncatingIfNeeded: UInt64(u32be(at)) << 32 | UInt64(u32be(at + 4))) : 0 }
    func u24le(_ at: Int) -> Int { at + 3 <= count ? Int(self[at + 2]) << 16 | u16le(at) : 0 }
    /// Four bytes as ASCII text (a box type, a chunk name); nil past the end.
    func fourCC(_ at: Int) -> String? {
        guard at + 4 <= count else { return nil }
        return String(decoding: self[at..<at + 4], as: UTF8.self)
    }
    func starts(with text: String, at offset: Int = 0) -> Bool {
        let bytes = Array(text.utf8)
        return offset + bytes.count <= count && Array(self[offset..<offset + bytes.count]) == bytes
    }
}
