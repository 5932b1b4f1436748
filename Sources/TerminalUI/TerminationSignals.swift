#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import Synchronization

/// The last termination signal received while a screen was open (0 = none). Written from
/// the signal handler, so it is a lock-free atomic and nothing else happens there.
private let receivedTerminationSignal = Atomic<Int32>(0)

/// SIGTERM, SIGHUP and SIGINT while the terminal is open: instead of dying with the terminal
/// in raw mode on the alternate screen, the process records the signal and the app's loop
/// sees `TerminalScreen.terminationRequested`, leaves, and calls `close()`.
///
/// (In raw mode Ctrl-C is a key, not SIGINT; SIGINT only comes from `kill`.)
enum TerminationSignals {
    static let handled: [Int32] = [SIGTERM, SIGHUP, SIGINT]

    /// The previous dispositions, to put back in `restore`.
    struct Saved {
        fileprivate var actions: [(signal: Int32, action: sigaction)] = []
    }

    static var received: Int32? {
        let signal = receivedTerminationSignal.load(ordering: .relaxed)
        return signal == 0 ? nil : signal
    }

    static func reset() {
        receivedTerminationSignal.store(0, ordering: .relaxed)
    }

    /// Records `signal` as if it had been received (a hung-up terminal is found by reading).
    static func record(_ signal: Int32) {
        receivedTerminationSignal.store(signal, ordering: .relaxed)
    }

    static func install() -> Saved {
        reset()
        var saved = Saved()
        for signal in handled {
            // A signal the parent chose to ignore (nohup, a job-control shell) stays ignored.
            if tui_signal_is_ignored(signal) != 0 { continue }
            var previous = sigaction()
            sigaction(signal, nil, &previous)
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                receivedTerminationSignal.store(signal, ordering: .relaxed)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
            saved.actions.append((signal, previous))
        }
        return saved
    }

    static func restore(_ saved: Saved) {
        for (signal, action) in saved.actions {
            var previous = action
            sigaction(signal, &previous, nil)
        }
    }
}
