import Foundation

/// One schedule runner per state folder: an exclusive `flock` on
/// `$XDG_STATE_HOME/status-composer/runner.lock`, with the holder's pid written in it so others
/// can name it. The kernel drops the lock when its process ends, however it ends, so a lock left
/// by a dead process is simply taken over (its stale pid is overwritten).
public final class RunnerLock: @unchecked Sendable {
    /// Who holds the lock when it could not be taken.
    public enum Holder: Error, Equatable, Sendable {
        /// Another process, by the pid it wrote (nil in the instant between its lock and its write).
        case otherProcess(pid: Int32?)
    }

    public let path: String
    private var descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { release() }

    public static func path(stateFolder: String = HistoryStore.stateFolder()) -> String {
        stateFolder + "/runner.lock"
    }

    /// Takes the lock without waiting: the lock, or who holds it.
    public static func acquire(stateFolder: String = HistoryStore.stateFolder()) throws -> Result<RunnerLock, Holder> {
        try FileManager.default.createDirectory(atPath: stateFolder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let path = path(stateFolder: stateFolder)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw StateFileError(path: path, reason: String(cString: strerror(errno))) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let holder = readPid(descriptor)
            close(descriptor)
            return .failure(.otherProcess(pid: holder))
        }
        let text = "\(getpid())\n"
        _ = ftruncate(descriptor, 0)
        _ = text.withCString { pwrite(descriptor, $0, strlen($0), 0) }
        return .success(RunnerLock(path: path, descriptor: descriptor))
    }

    /// Whether a runner holds the lock, and the pid written in the file (a stale one when no
    /// one holds it). Nil when there is no lock file. Asks the lock itself, so a reused pid
    /// does not pass for a runner.
    public static func look(stateFolder: String = HistoryStore.stateFolder()) -> (isHeld: Bool, pid: Int32?)? {
        let descriptor = open(path(stateFolder: stateFolder), O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        let pid = readPid(descriptor)
        guard flock(descriptor, LOCK_SH | LOCK_NB) == 0 else { return (true, pid) }
        flock(descriptor, LOCK_UN)
        return (false, pid)
    }

    /// Gives the lock up (also done when the lock is freed or the process ends).
    public func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    private static func readPid(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

public struct StateFileError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "cannot open the runner's lock \(path): \(reason)" }
}
