import Foundation
import Glibc
import Synchronization

/// A loopback port that takes connections and never answers: a gateway that hangs. It counts
/// the connections it took, so a test can see requests in flight side by side, and `close()`
/// drops them all (the client then sees the connection lost, at once). Call `close()` when done:
/// until then its thread keeps it.
final class SilentListener: @unchecked Sendable {
    let port: Int
    private let socket: Int32
    private let state = Mutex((accepted: [Int32](), closed: false))

    init() throws {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EMFILE) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && listen(fd, 16) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else {
            Glibc.close(fd)
            throw POSIXError(.EADDRINUSE)
        }
        socket = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        // Its thread holds it until `close()`, which the loop sees within poll's 50 ms.
        Thread { [self] in acceptUntilClosed() }.start()
    }

    private func acceptUntilClosed() {
        while !state.withLock({ $0.closed }) {
            var ready = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 50) > 0 else { continue }
            let client = accept(socket, nil, nil)
            guard client >= 0 else { continue }
            let kept = state.withLock { state -> Bool in
                guard !state.closed else { return false }
                state.accepted.append(client)
                return true
            }
            if !kept { Glibc.close(client) }
        }
    }

    var baseURL: String { "http://127.0.0.1:\(port)" }

    /// How many connections it has taken so far.
    var connections: Int { state.withLock { $0.accepted.count } }

    /// Drops every connection taken and stops listening.
    func close() {
        let clients = state.withLock { state -> [Int32] in
            guard !state.closed else { return [] }
            state.closed = true
            Glibc.close(socket)
            return state.accepted
        }
        clients.forEach { _ = Glibc.close($0) }
    }
}
