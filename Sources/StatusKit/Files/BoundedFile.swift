import Foundation

/// Reads a small file the user names (a config, a theme, a token file, a campaign plan) whole,
/// but never more than a limit, and only a regular file: `token_file = "/dev/zero"` or a FIFO
/// would otherwise read forever or block, and a 2 GB file would be read into memory first.
public enum BoundedFile {
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case missing
        case notAFile(String)
        case tooLarge(bytes: Int, limit: Int)
        case unreadable(String)

        public var description: String {
            switch self {
            case .missing: return "no such file"
            case .notAFile(let what): return "\(what), not a file"
            case .tooLarge(let bytes, let limit):
                return "\(Self.size(bytes)) is more than this file may hold (\(Self.size(limit))); is it the right file?"
            case .unreadable(let why): return why
            }
        }

        static func size(_ bytes: Int) -> String {
            bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : bytes >= 1 << 10 ? "\(bytes >> 10) KiB" : "\(bytes) bytes"
        }
    }

    public static func read(_ path: String, limit: Int) -> Result<Data, Failure> {
        // Non-blocking, so opening a FIFO with no writer returns at once; it is refused below.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            let code = errno
            return .failure(code == ENOENT ? .missing : .unreadable(String(cString: strerror(code)).lowercased()))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)).lowercased())) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.notAFile("a folder"))
        default: return .failure(.notAFile("a device, pipe or socket"))
        }
        if Int(info.st_size) > limit { return .failure(.tooLarge(bytes: Int(info.st_size), limit: limit)) }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(String(cString: strerror(errno)).lowercased()))
            }
            if count == 0 { break }
            data.append(contentsOf: chunk[0..<count])
            // The file grew while it was read.
            if data.count > limit { return .failure(.tooLarge(bytes: data.count, limit: limit)) }
        }
        return .success(data)
    }
}
