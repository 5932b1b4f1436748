import Foundation
import Synchronization

/// "The schedule changed": every schedule write touches `schedule.changed` in the state folder,
/// and a sleeping runner watches it with inotify, so an item that another program adds, pauses
/// or cancels wakes the runner at once while an idle runner uses no processor at all (a thread
/// blocked in poll(), no timer). A polling loop on the store's revision would work too, but it
/// wakes the process every second for nothing.
public enum ScheduleChangeSignal {
    public static let fileName = "schedule.changed"

    public static func path(stateFolder: String = HistoryStore.stateFolder()) -> String {
        stateFolder + "/" + fileName
    }

    /// Tells watchers that the schedule changed (opening for writing and closing is the event).
    public static func touch(stateFolder: String = HistoryStore.stateFolder()) {
        let descriptor = open(path(stateFolder: stateFolder), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        if descriptor >= 0 { close(descriptor) }
    }
}

/// Watches the state folder for `schedule.changed` being touched, on a thread of its own that
/// sleeps in poll() until inotify has something (or `stop()` writes to its pipe).
public final class ScheduleChangeWatcher: Sendable {
    /// Called on the watching thread each time the file is touched.
    private let onChange: @Sendable () -> Void
    private let inotify: Int32
    private let stopPipe: (read: Int32, write: Int32)
    private let stopped = Mutex(false)

    public init(stateFolder: String = HistoryStore.stateFolder(), onChange: @escaping @Sendable () -> Void) throws {
        try FileManager.default.createDirectory(atPath: stateFolder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let inotify = inotify_init1(Int32(IN_CLOEXEC))
        guard inotify >= 0 else { throw StateFileError(path: stateFolder, reason: "inotify: " + String(cString: strerror(errno))) }
        let mask = UInt32(IN_CLOSE_WRITE) | UInt32(IN_ATTRIB) | UInt32(IN_MOVED_TO) | UInt32(IN_CREATE)
        guard inotify_add_watch(inotify, stateFolder, mask) >= 0 else {
            let reason = String(cString: strerror(errno))
            close(inotify)
            throw StateFileError(path: stateFolder, reason: "inotify watch: " + reason)
        }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else {
            close(inotify)
            throw StateFileError(path: stateFolder, reason: "pipe: " + String(cString: strerror(errno)))
        }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        self.inotify = inotify
        stopPipe = (ends[0], ends[1])
        self.onChange = onChange
        let thread = Thread { [self] in watch() }
        thread.name = "schedule-change-watcher"
        thread.start()
    }

    /// Ends the watching thread.
    public func stop() {
        // Under the lock, so the thread never closes the pipe between the check and the write.
        stopped.withLock { stopped in
            guard !stopped else { return }
            stopped = true
            var byte: UInt8 = 1
            _ = write(stopPipe.write, &byte, 1)
        }
    }

    private func watch() {
        var descriptors = [pollfd(fd: inotify, events: Int16(POLLIN), revents: 0), pollfd(fd: stopPipe.read, events: Int16(POLLIN), revents: 0)]
        let bufferSize = 4096
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: bufferSize, alignment: MemoryLayout<inotify_event>.alignment)
        defer {
            buffer.deallocate()
            close(inotify)
            close(stopPipe.read)
            stopped.withLock { stopped in
                stopped = true
                close(stopPipe.write)
            }
        }
        while true {
            let ready = poll(&descriptors, 2, -1)
            if ready < 0, errno == EINTR { continue }
            guard ready > 0, descriptors[1].revents == 0 else { return }
            let count = read(inotify, buffer, bufferSize)
            guard count > 0 else { continue }
            if Self.names(in: buffer, count: count).contains(ScheduleChangeSignal.fileName) { onChange() }
        }
    }

    /// The file names of a buffer of inotify events.
    private static func names(in buffer: UnsafeMutableRawPointer, count: Int) -> [String] {
        var names: [String] = []
        var offset = 0
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= count {
            let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
            let length = Int(event.len)
            if length > 0 {
                let name = buffer.advanced(by: offset + header).assumingMemoryBound(to: CChar.self)
                names.append(String(cString: name))
            }
            offset += header + length
        }
        return names
    }
}
