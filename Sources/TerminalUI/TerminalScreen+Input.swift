#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import TerminalCells

extension TerminalScreen {
    /// Waits up to `timeoutMilliseconds` for input (0 polls; a negative value waits until
    /// input or a termination request) and returns the next event, or nil when none came.
    ///
    /// A lone Esc is delivered about 25 ms after it is pressed; Esc followed at once by a key
    /// is Alt plus that key. A bracketed paste is one `.paste` event, however long: reading
    /// continues past the timeout until its end marker (or a second of silence).
    /// `.resize` carries the new size, which `size` already reports.
    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        if !pendingEvents.isEmpty { return pendingEvents.removeFirst() }
        guard isOpen else { return nil }
        let clock = ContinuousClock()
        let deadline: ContinuousClock.Instant? = timeoutMilliseconds < 0
            ? nil : clock.now.advanced(by: .milliseconds(timeoutMilliseconds))

        while !terminationRequested {
            let wait: Int32
            if decoder.isInPaste {
                wait = TerminalScreen.pasteStallMilliseconds
            } else if decoder.isHoldingEscape {
                // curses already waited ESCDELAY after the Esc: whatever follows is buffered.
                wait = 0
            } else if let deadline {
                wait = TerminalScreen.milliseconds(until: deadline, clock: clock)
            } else {
                wait = 1000
            }
            let started = clock.now
            switch readInput(waitingMilliseconds: wait) {
            case let .some(input):
                pendingEvents += decoder.feed(input)
            case .none where decoder.isInPaste:
                pendingEvents += decoder.finishStalledPaste()
            case .none where decoder.isHoldingEscape:
                pendingEvents += decoder.inputIdle()
            case .none:
                detectHangup(waited: wait, since: started, clock: clock)
                if let deadline, clock.now >= deadline { return nil }
            }
            if !pendingEvents.isEmpty { return pendingEvents.removeFirst() }
        }
        return nil
    }

    /// One `get_wch`, named; nil when nothing arrived in time.
    private func readInput(waitingMilliseconds wait: Int32) -> RawInput? {
        wtimeout(inputWindow, wait)
        var value: wint_t = 0
        switch wget_wch(inputWindow, &value) {
        case OK:
            return .codePoint(UInt32(value))
        case KEY_CODE_YES:
            let code = Int32(bitPattern: UInt32(value))
            if code == KEY_RESIZE {
                return .key(resized())
            }
            return .key(CursesKeyCodes.rawKey(for: code, paste: paste))
        default:
            return nil
        }
    }

    /// curses has resized its windows already; the whole frame is drawn again next time.
    private func resized() -> RawKey {
        let window = tui_stdscr()
        size = (Int(tui_columns(window)), Int(tui_rows(window)))
        needsFullRepaint = true
        return .resize(width: size.width, height: size.height)
    }

    /// A read that returns early with nothing means the terminal is gone (SSH dropped, the
    /// terminal window closed without SIGHUP reaching us): treat it as a hangup instead of
    /// spinning on a dead descriptor.
    private func detectHangup(waited wait: Int32, since started: ContinuousClock.Instant, clock: ContinuousClock) {
        guard wait > 0, clock.now - started < .milliseconds(Int(wait) / 2) else { return }
        var descriptor = pollfd(fd: device.inputDescriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return }
        let hungUp = Int16(POLLHUP) | Int16(POLLERR) | Int16(POLLNVAL)
        if descriptor.revents & hungUp != 0 {
            TerminationSignals.record(SIGHUP)
        }
    }

    static func milliseconds(until deadline: ContinuousClock.Instant, clock: ContinuousClock) -> Int32 {
        let remaining = clock.now.duration(to: deadline)
        guard remaining > .zero else { return 0 }
        let (seconds, attoseconds) = remaining.components
        let total = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: total)
    }
}
