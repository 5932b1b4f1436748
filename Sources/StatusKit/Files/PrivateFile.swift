import Foundation

/// Replaces a file whole: a new file beside it, of `mode` from the start (never readable by
/// others, even for an instant), flushed, then renamed over it. The config and the token files
/// of `accounts add` are written so.
enum PrivateFile {
    static func replace(_ path: String, with text: String, mode: Int) throws(ConfigError) {
        let temporary = (path as NSString).deletingLastPathComponent + "/." + (path as NSString).lastPathComponent + ".new-\(getpid())"
        defer { unlink(temporary) }
        try write(text, to: temporary, mode: mode)
        guard rename(temporary, path) == 0 else {
            throw ConfigError("\(path): cannot replace the file: \(String(cString: strerror(errno)))")
        }
    }

    private static func write(_ text: String, to path: String, mode: Int) throws(ConfigError) {
        unlink(path)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(mode))
        guard descriptor >= 0 else { throw ConfigError("\(path): cannot write: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        fchmod(descriptor, mode_t(mode))
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { throw ConfigError("\(path): cannot write: \(String(cString: strerror(errno)))") }
            written += count
        }
        guard fsync(descriptor) == 0 else { throw ConfigError("\(path): cannot write: \(String(cString: strerror(errno)))") }
    }
}
