#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import TerminalCells

extension TerminalScreen {
    /// Asks the terminal how it draws each kind of emoji cluster (`WidthProbe`), before the
    /// first frame and before curses reads any key: the answers are read straight from the
    /// terminal, for `WidthProbe.timeLimitMilliseconds` at most. Keys typed meanwhile are given
    /// back to curses. The safe profile when the terminal has no cursor position request or
    /// does not answer, and on a screen too narrow for the samples.
    func probeWidths() -> WidthProfile {
        guard let request = tui_tigetstr("u7"), size.width > WidthProfile.maxClusterWidth + 1, size.height > 0 else {
            return .safe
        }
        let probe = WidthProbe(positionRequest: Array(String(cString: request).utf8))
        device.send(probe.request)
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .milliseconds(WidthProbe.timeLimitMilliseconds))
        var received: [UInt8] = []
        var answers = WidthProbe.Answers()
        var buffer = [UInt8](repeating: 0, count: 256)
        while answers.columns.count < probe.kinds.count, !answers.finished {
            let wait = TerminalScreen.milliseconds(until: deadline, clock: clock)
            guard wait > 0 else { break }
            var descriptor = pollfd(fd: device.inputDescriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, wait) > 0, descriptor.revents & Int16(POLLIN) != 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(device.inputDescriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            received += buffer[0..<count]
            answers = WidthProbe.read(received).answers
        }
        giveBack(typed: answers.typed)
        writer.forget()
        return probe.profile(from: answers)
    }

    /// Puts keys typed during the probe back in curses' input, in their order (curses gives
    /// back the last one pushed first).
    private func giveBack(typed bytes: [UInt8]) {
        let scalars = String(decoding: bytes, as: UTF8.self).unicodeScalars
        for scalar in scalars.reversed() {
            unget_wch(wchar_t(bitPattern: scalar.value))
        }
    }
}
