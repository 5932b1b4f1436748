import Foundation
import Synchronization

/// Output for people and scripts: results on stdout, notes and errors on stderr, each written
/// whole so lines from concurrent posts never interleave.
enum Console {
    private static let lock = Mutex(())

    static func out(_ line: String) {
        write(line + "\n", to: FileHandle.standardOutput)
    }

    static func error(_ line: String) {
        write(line + "\n", to: FileHandle.standardError)
    }

    private static func write(_ text: String, to handle: FileHandle) {
        lock.withLock { _ in handle.write(Data(text.utf8)) }
    }
}
