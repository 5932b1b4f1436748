import Foundation

/// Shares pacing between programs posting at the same time: one small file per pace key holds
/// the next free moment (wall clock), read and advanced under an exclusive lock, so two `post`
/// commands started together still keep a gateway's limit. File names are hashes of the keys;
/// nothing in the folder reveals an account.
public struct PacingLedger: Sendable {
    public let directory: String

    /// nil when the folder cannot be made: pacing then holds within the program only.
    public init?(directory: String) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            return nil
        }
        self.directory = directory
    }

    /// Books the first free moment for `key` at or after `earliest`, and keeps the key busy for
    /// `interval` after it. nil when the ledger cannot be used.
    func book(_ key: String, earliest: Date, interval: TimeInterval) -> Date? {
        update(key) { stored in
            let slot = max(earliest, stored ?? earliest)
            return (slot.addingTimeInterval(interval), slot)
        }
    }

    /// Nothing more may go to `key` before `until` (a gateway asked to wait).
    func hold(_ key: String, until: Date) {
        _ = update(key) { stored in (max(until, stored ?? until), until) }
    }

    /// Runs `change` on the key's stored moment under an exclusive lock, stores its first result
    /// and returns its second.
    private func update(_ key: String, _ change: (Date?) -> (store: Date, result: Date)) -> Date? {
        let path = directory + "/" + StableHash.hex(of: key)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard flock(fd, LOCK_EX) == 0 else { return nil }
        defer { flock(fd, LOCK_UN) }
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = pread(fd, &buffer, buffer.count, 0)
        let stored = count > 0 ? Double(String(decoding: buffer[0..<count], as: UTF8.self)).map(Date.init(timeIntervalSince1970:)) : nil
        let (store, result) = change(stored)
        let text = Array(String(format: "%.3f", store.timeIntervalSince1970).utf8)
        guard ftruncate(fd, 0) == 0, pwrite(fd, text, text.count, 0) == text.count else { return nil }
        return result
    }
}

/// FNV-1a, 64 bits: the same in every run (Swift's `hashValue` is not), for names that must
/// agree between programs.
enum StableHash {
    static func hex(of text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
