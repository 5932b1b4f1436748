import History
import Media
import Scheduling
import StatusKit

/// How scheduled posts go out, for `run` and for the composer when it is the runner alike:
/// journal first through `poster`, the media read as `post` reads it, and each account asked
/// whether it is connected through `health` (answers kept 60 s, so a campaign's posts do not
/// each ask again), unless it is nil (`--no-check`).
enum ScheduledSending {
    static func sender(poster: StatusPoster, history: HistoryStore, accounts: [Account], language: Language, health: HealthCache?) -> OccurrenceSender {
        var ask: (@Sendable ([Account]) async -> [AccountHealth])?
        if let health { ask = { accounts in await health.health(of: accounts) } }
        return OccurrenceSender(
            poster: JournaledPoster(poster: poster, store: history), accounts: accounts, language: language,
            readMedia: { await MediaInspector().reading(of: $0) }, health: ask
        )
    }
}
