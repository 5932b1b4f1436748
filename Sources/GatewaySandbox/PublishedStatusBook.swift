import Foundation
import Synchronization

/// What each instance published, in detail (Green's `getOutgoingStatuses` lists it), and the
/// views the control API makes arrive on a status over time.
final class PublishedStatusBook: Sendable {
    struct Status: Sendable {
        let provider: SandboxProvider
        let instance: String
        let id: String
        /// Green's `typeMessage`: extendedTextMessage, imageMessage, videoMessage, audioMessage.
        let typeMessage: String
        let text: String
        let backgroundColor: String?
        let font: String?
        let participants: [String]
        let publishedAt: Date
    }

    /// Recipients who move from sent to delivered to read, one step every `step`.
    struct Views: Sendable {
        let recipients: [String]
        let start: Date
        let step: TimeInterval

        /// `sent`, `delivered` or `read` at `now`.
        func status(at now: Date) -> (name: String, since: Date) {
            let steps = step <= 0 ? 2 : min(2, Int(now.timeIntervalSince(start) / step))
            let since = start.addingTimeInterval(Double(steps) * max(0, step))
            return (["sent", "delivered", "read"][max(0, steps)], since)
        }
    }

    private struct State {
        var statuses: [Status] = []
        var views: [String: Views] = [:]
    }

    private let state = Mutex(State())

    func record(_ status: Status) {
        state.withLock { $0.statuses.append(status) }
    }

    /// The instance's statuses published since `since`, oldest first.
    func statuses(_ provider: SandboxProvider, _ instance: String, since: Date) -> [Status] {
        state.withLock { $0.statuses.filter { $0.provider == provider && $0.instance == instance && $0.publishedAt >= since } }
    }

    func latest(_ provider: SandboxProvider, _ instance: String) -> Status? {
        state.withLock { $0.statuses.last { $0.provider == provider && $0.instance == instance } }
    }

    func setViews(_ views: Views, id: String) {
        state.withLock { $0.views[id] = views }
    }

    func views(id: String) -> Views? {
        state.withLock { $0.views[id] }
    }
}
