import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A bare TCP client for the cases URLSession hides: requests without a Content-Type, and
/// connections that close early or never answer.
final class RawHTTPConnection: @unchecked Sendable {
    struct Reply {
        /// Everything read before the peer closed or the wait ended.
        let bytes: [UInt8]
        /// True when the peer closed the connection (EOF or reset) within the wait.
        let closedByPeer: Bool

        var text: String { String(decoding: bytes, as: UTF8.self) }

        /// The status code from the status line, if a response head arrived.
        var status: Int? {
            let parts = text.split(separator: " ", maxSplits: 2)
            guard parts.count >= 2, parts[0].hasPrefix("HTTP/") else { return nil }
            return Int(parts[1])
        }

        var head: String { text.components(separatedBy: "\r\n\r\n").first ?? "" }

        var body: [UInt8] {
            guard let range = text.range(of: "\r\n\r\n") else { return [] }
            return Array(text[range.upperBound...].utf8)
        }

        func header(_ name: String) -> String? {
            for line in head.components(separatedBy: "\r\n").dropFirst() {
                let pieces = line.split(separator: ":", maxSplits: 1)
                if pieces.count == 2, pieces[0].lowercased() == name.lowercased() {
                    return pieces[1].trimmingCharacters(in: .whitespaces)
                }
            }
            return nil
        }
    }

    private let descriptor: Int32

    init(port: Int) throws {
        #if canImport(Glibc)
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw POSIXError(.EBADF) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            close(descriptor)
            throw POSIXError(.ECONNREFUSED)
        }
    }

    deinit {
        close(descriptor)
    }

    func send(_ text: String) {
        send(Array(text.utf8))
    }

    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            offset += written
        }
    }

    /// Reads until the peer closes or `timeout` passes without the connection closing.
    func readUntilClosed(timeout: TimeInterval) -> Reply {
        receive(timeout: timeout) { _ in false }
    }

    /// Reads until the text received so far contains `marker`, the peer closes, or `timeout` passes.
    func readUntil(containing marker: String, timeout: TimeInterval) -> Reply {
        receive(timeout: timeout) { String(decoding: $0, as: UTF8.self).contains(marker) }
    }

    private func receive(timeout: TimeInterval, stopWhen done: ([UInt8]) -> Bool) -> Reply {
        var collected: [UInt8] = []
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 { return Reply(bytes: collected, closedByPeer: false) }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(max(1, remaining * 1000)))
            if ready <= 0 { continue }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { return Reply(bytes: collected, closedByPeer: true) }
            collected += buffer[0..<count]
            if done(collected) { return Reply(bytes: collected, closedByPeer: false) }
        }
    }
}
