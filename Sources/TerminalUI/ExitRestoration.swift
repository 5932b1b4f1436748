#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import Synchronization

/// The output descriptor of the open screen, or -1. Set while a screen is open so that a
/// process ending through `exit()` without `close()` still gives the terminal back.
private let openScreenOutput = Atomic<Int32>(-1)
private let exitHandlerInstalled = Atomic<Bool>(false)

/// Gives the terminal back when the process exits with a screen still open: curses mode off
/// (which also leaves the alternate screen), normal attributes, the cursor shown and bracketed
/// paste off.
/// A crash (trap) runs no exit handlers; only `close()` or a normal exit restore the terminal.
enum ExitRestoration {
    /// Claims the single open-screen slot; false when a screen is open already.
    static func claim(outputDescriptor: Int32) -> Bool {
        if !exitHandlerInstalled.exchange(true, ordering: .acquiringAndReleasing) {
            atexit {
                let descriptor = openScreenOutput.exchange(-1, ordering: .acquiringAndReleasing)
                guard descriptor >= 0 else { return }
                // Frames are not written by curses, so it does not know the attributes or the
                // cursor need restoring: normal attributes and a visible cursor first.
                for capability in ["sgr0", "cnorm"] {
                    if let sequence = tui_tigetstr(capability) {
                        TerminalDevice.writeAll(Array(String(cString: sequence).utf8), to: descriptor)
                    }
                }
                endwin()
                TerminalDevice.writeAll(Array("\u{1B}[?2004l".utf8), to: descriptor)
            }
        }
        return openScreenOutput.compareExchange(
            expected: -1, desired: outputDescriptor, ordering: .acquiringAndReleasing
        ).exchanged
    }

    /// Marks the screen closed: nothing left to restore at exit.
    static func release() {
        openScreenOutput.store(-1, ordering: .releasing)
    }
}
