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
        let answers = probe.exchange(inputDescriptor: device.inputDescriptor) { device.send($0) }
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
