import Foundation
import History
import StatusKit

/// Sends one claimed occurrence, journal first, exactly as `post` sends: the same StatusPoster
/// (pacing shared with every other program, 429s waited out, nothing retried after a request
/// may have reached the gateway). Each account first waits its own jitter. Accounts are looked
/// up and the draft checked again at send time: an account gone from the config, or a draft
/// its gateway now refuses, is that account's `failed` outcome (nothing left), and the others
/// still post.
public struct OccurrenceSender: Sendable {
    public let poster: JournaledPoster
    /// The config's accounts, as the runner read them.
    public let accounts: [Account]
    public let language: Language
    /// Reads the draft's media before the check (Media's `MediaInspector.reading(of:)`, as
    /// `post` does); Scheduling does not read files or links itself.
    public let readMedia: @Sendable (StatusDraft) async -> MediaReading?
    /// Asks whether accounts are connected, just before their post (after its jitter), one
    /// answer per account in their order; nil: not asked (`run --no-check`). An account the gateway says is not connected is not posted to
    /// — its status could be refused, or held and published hours later — and is `failed`
    /// with the state and what to do; one whose state cannot be told is posted to.
    public let health: (@Sendable ([Account]) async -> [AccountHealth])?

    public init(
        poster: JournaledPoster, accounts: [Account], language: Language = .english,
        readMedia: @escaping @Sendable (StatusDraft) async -> MediaReading? = { _ in nil },
        health: (@Sendable ([Account]) async -> [AccountHealth])? = nil
    ) {
        self.poster = poster
        self.accounts = accounts
        self.language = language
        self.readMedia = readMedia
        self.health = health
    }

    /// Posts `draft` for the accounts named, each after its delay; reports each outcome as it
    /// comes and returns them all. `wait` sleeps a delay (on the runner's clock, cut short by a
    /// shutdown so a stopping runner does not hold a claimed post back).
    func send(
        _ draft: StatusDraft, to names: [String], scheduleRun: Int64, delays: [String: Duration],
        wait: @escaping @Sendable (Duration) async -> Void,
        onStage: @escaping PostStageObserver, onOutcome: @escaping @Sendable (PostOutcome) -> Void
    ) async -> [PostOutcome] {
        var refused: [PostOutcome] = []
        var ready: [(account: Account, draft: ValidDraft)] = []
        let found = names.compactMap { name in accounts.first { $0.name == name } }
        for name in names where !found.contains(where: { $0.name == name }) {
            refused.append(Self.neverLeft(name: name, gateway: .sandbox, "the account '\(name)' is no longer in the config"))
        }
        for check in AccountCheck.all(draft, accounts: found, language: language, reading: await readMedia(draft)) {
            if let valid = check.check.valid {
                ready.append((check.account, valid))
            } else {
                let problems = check.check.errors.map { "\($0)" }.joined(separator: "; ")
                refused.append(Self.neverLeft(name: check.account.name, gateway: check.account.gateway, "the draft no longer passes this gateway's checks: \(problems)"))
            }
        }
        refused.forEach(onOutcome)
        // Accounts with the same delay (all of them, without jitter) go as one post.
        let groups = Dictionary(grouping: ready) { delays[$0.account.name] ?? .zero }
        let poster = poster, health = health
        let sent = await withTaskGroup(of: [PostOutcome].self) { group in
            for (delay, items) in groups {
                group.addTask {
                    if delay > .zero { await wait(delay) }
                    let (connected, down) = await Self.connected(items, health: health)
                    down.forEach(onOutcome)
                    guard !connected.isEmpty else { return down }
                    do {
                        return try await poster.postAll(connected, typed: draft, scheduleRun: scheduleRun, onStage: onStage, onOutcome: onOutcome) + down
                    } catch {
                        // The journal could not be written: nothing was sent.
                        let outcomes = connected.map { Self.neverLeft(name: $0.account.name, gateway: $0.account.gateway, "the history cannot be written (\(error))") }
                        outcomes.forEach(onOutcome)
                        return outcomes + down
                    }
                }
            }
            var all: [PostOutcome] = []
            for await outcomes in group { all += outcomes }
            return all
        }
        return refused + sent
    }

    /// The items whose account is connected (or whose state cannot be told), and an outcome
    /// for each the gateway says is not, its states asked side by side.
    private static func connected(
        _ items: [(account: Account, draft: ValidDraft)], health: (@Sendable ([Account]) async -> [AccountHealth])?
    ) async -> (connected: [(account: Account, draft: ValidDraft)], down: [PostOutcome]) {
        guard let health else { return (items, []) }
        // Paired by position: two names may share one instance, and so one answer.
        let answers = await health(items.map(\.account))
        var connected: [(account: Account, draft: ValidDraft)] = []
        var down: [PostOutcome] = []
        for (index, item) in items.enumerated() {
            guard index < answers.count, answers[index].saysNotConnected else {
                connected.append(item)
                continue
            }
            let answer = answers[index]
            down.append(neverLeft(
                name: item.account.name, gateway: item.account.gateway,
                "not posted: the account is not connected (\(answer.state.rawValue) — \(answer.detail)); a status posted now may be refused, "
                    + "or held and published hours later. Check with: status-composer accounts check (run --no-check posts anyway)"))
        }
        return (connected, down)
    }

    private static func neverLeft(name: String, gateway: GatewayKind, _ reason: String) -> PostOutcome {
        PostOutcome(accountName: name, gateway: gateway, result: .failure(.cannotBuildRequest(.verbatim(reason))))
    }
}
