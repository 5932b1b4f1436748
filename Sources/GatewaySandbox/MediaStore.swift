import Foundation
import Synchronization

/// Files uploaded through Green API's `uploadFile`, served back under `/media/<key>/<name>`.
final class MediaStore: Sendable {
    struct File: Sendable {
        let bytes: [UInt8]
        let contentType: String
        let fileName: String
        /// The instance that uploaded it, so instance-scoped faults reach its downloads too.
        let instance: String
    }

    private let files = Mutex<[String: File]>([:])

    /// Stores the file and returns its path, e.g. `/media/3F0A.../horse.png`.
    func store(_ file: File) -> String {
        let key = RandomID.hex(24).lowercased()
        files.withLock { $0[key] = file }
        return "/media/\(key)/\(Self.pathEncoded(file.fileName))"
    }

    func file(key: String, fileName: String) -> File? {
        files.withLock { files in
            guard let file = files[key], file.fileName == fileName else { return nil }
            return file
        }
    }

    func instance(ofKey key: String) -> String? {
        files.withLock { $0[key]?.instance }
    }

    private static func pathEncoded(_ name: String) -> String {
        var allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)
        allowed.formUnion("!$&'()*+,;=:@".utf8)
        return name.utf8.map { byte in
            allowed.contains(byte) ? String(UnicodeScalar(byte)) : String(format: "%%%02X", byte)
        }.joined()
    }
}
