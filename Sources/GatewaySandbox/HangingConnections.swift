import NIOCore
import Synchronization

/// Connections held open by the `hang` fault. Shutdown closes them all, so a hung request can
/// never keep the server alive.
final class HangingConnections: Sendable {
    private struct State {
        var channels: [ObjectIdentifier: any Channel] = [:]
        var shuttingDown = false
    }

    private let state = Mutex(State())

    /// Suspends until the connection closes: the client gives up, the task is cancelled, or the
    /// server shuts down.
    func hold(_ channel: any Channel) async {
        guard admit(channel) else {
            try? await channel.close()
            return
        }
        await withTaskCancellationHandler {
            try? await channel.closeFuture.get()
        } onCancel: {
            channel.close(promise: nil)
        }
        release(channel)
    }

    /// Registers a connection that is kept busy elsewhere (a trickled body), so shutdown closes
    /// it too; false once shutdown has begun. Pair with `release`.
    func admit(_ channel: any Channel) -> Bool {
        state.withLock { state -> Bool in
            guard !state.shuttingDown else { return false }
            state.channels[ObjectIdentifier(channel)] = channel
            return true
        }
    }

    func release(_ channel: any Channel) {
        _ = state.withLock { $0.channels.removeValue(forKey: ObjectIdentifier(channel)) }
    }

    /// Closes every held connection and refuses new ones.
    func releaseAll() {
        let channels = state.withLock { state -> [any Channel] in
            state.shuttingDown = true
            return Array(state.channels.values)
        }
        for channel in channels { channel.close(promise: nil) }
    }
}
