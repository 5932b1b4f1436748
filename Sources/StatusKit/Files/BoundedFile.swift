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

    /// Opens `path` for reading if it is a regular file: its descriptor (the caller closes it)
    /// and its size. Non-blocking, so opening a FIFO with no writer returns at once; it is
    /// refused with devices and sockets.
    public static func openRegularFile(_ path: String) -> Result<(descriptor: Int32, size: Int), Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            let code = errno
            return .failure(code == ENOENT ? .missing : .unreadable(String(cString: strerror(code)).lowercased()))
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let code = errno
            close(descriptor)
            return .failure(.unreadable(String(cString: strerror(code)).lowercased()))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .success((descriptor, Int(info.st_size)))
        case S_IFDIR: close(descriptor); return .failure(.notAFile("a folder"))
        default: close(descriptor); return .failure(.notAFile("a device, pipe or socket"))
        }
    }

    public static func read(_ path: String, limit: Int) -> Result<Data, Failure> {
        let opened: (descriptor: Int32, size: Int)
        switch openRegularFile(path) {
        case .success(let file): opened = file
        case .failure(let failure): return .failure(failure)
        }
        let descriptor = opened.descriptor
        defer { close(descriptor) }
        if opened.size > limit { return .failure(.tooLarge(bytes: opened.size, limit: limit)) }
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
