import Foundation

#if !os(Linux)
#error("FileStatus reads stat(2) through Glibc's field names (st_mtim): Linux only")
#endif

/// What `stat(2)` says of a path: whether it is a folder, its size, its permission bits and
/// when its contents last changed.
/// Read directly rather than through FileManager's attributes, which also look up the owner's
/// user and group names — reading /etc/nsswitch.conf, /etc/passwd and /etc/group — each time a
/// config, a token file or a media file is checked (for a media file, at every change of the
/// form).
public struct FileStatus: Sendable {
    public let isDirectory: Bool
    public let size: Int
    /// The `rwxrwxrwx` bits.
    public let permissions: Int
    public let modified: Date

    /// Nil when the path does not exist (a dangling link included: links are followed).
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
        size = Int(info.st_size)
        permissions = Int(info.st_mode & 0o777)
        // `st_mtim` is Glibc's name (the package builds on Linux only).
        modified = Date(timeIntervalSince1970: TimeInterval(info.st_mtim.tv_sec) + TimeInterval(info.st_mtim.tv_nsec) / 1e9)
    }
}
