#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension WidthProbe {
    /// Sends the request and reads the answers from `inputDescriptor` (a terminal in raw mode)
    /// until every sample is answered, the device attributes answer comes, or the time limit.
    @MainActor
    func exchange(inputDescriptor: Int32, send: ([UInt8]) -> Void) -> Answers {
        send(request)
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .milliseconds(WidthProbe.timeLimitMilliseconds))
        var received: [UInt8] = []
        var answers = Answers()
        var buffer = [UInt8](repeating: 0, count: 256)
        while answers.columns.count < kinds.count, !answers.finished {
            let wait = TerminalScreen.milliseconds(until: deadline, clock: clock)
            guard wait > 0 else { break }
            var descriptor = pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, wait) > 0, descriptor.revents & Int16(POLLIN) != 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { Glibc.read(inputDescriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            received += buffer[0..<count]
            answers = WidthProbe.read(received).answers
        }
        return answers
    }
}
