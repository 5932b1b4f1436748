import ComposerCore
import Foundation
import FuzzSupport
import StatusKit
import Synchronization
import TerminalCells
import XCTest

/// Random key streams, pastes and resizes driven through the reducer and the renderer. Effects
/// are answered the way the runtime would (posts finish with random answers, the editor
/// returns random text, a media file has random facts, quitting starts a new composer),
/// without touching the outside world.
///
/// CI runs a fixed seed for a few seconds; `make fuzz` runs far longer from a random seed.
/// A failure names the seed and the event index: `FUZZ_SEED=<seed>` replays it exactly.
final class ComposerFuzzTests: XCTestCase {
    /// A hundred thousand events, seeded, in every test run; `make fuzz` runs `FUZZ_SCALE`
    /// times as many from a random seed.
    static let eventsPerRun = 100_000
    /// A full screen (up to 300×100) takes about a millisecond to draw, so frames are sampled
    /// (the whole run takes about 9 s in two streams; this target is optimised in debug builds too): after
    /// each resize and on every `renderStride`-th event (screens too small for the form, which
    /// draw fast, ten times as often). `FUZZ_RENDER_STRIDE` changes it (1 draws every event).
    static let renderStride = Int(ProcessInfo.processInfo.environment["FUZZ_RENDER_STRIDE"] ?? "") ?? 50
    /// A fresh composer after this many events, so pasted text cannot grow without end (each
    /// edit and each check walks the text).
    static let eventsPerSession = 300

    /// The events are split between this many independent seeded streams, run side by side
    /// (the machines running the tests have two cores).
    static let streams = 2

    func testRandomEventsKeepCursorsAndScreenWellFormed() {
        let settings = FuzzSettings.fromEnvironment(defaultSeed: 0xC0_4D05_E5)
        let events = Self.eventsPerRun * settings.scale
        let started = Date()
        let results = StreamResults(count: Self.streams)
        DispatchQueue.concurrentPerform(iterations: Self.streams) { stream in
            results.store(Self.run(stream: stream, events: events / Self.streams, settings: settings), at: stream)
        }
        let summaries = results.all
        for case .failed(let problem) in summaries {
            XCTFail(problem)
            return
        }
        let totals = summaries.compactMap { if case .passed(let run) = $0 { run } else { nil } }
        let renders = totals.map(\.renders).reduce(0, +), posts = totals.map(\.posts).reduce(0, +)
        print("composer fuzz: \(events) events in \(Self.streams) streams, \(renders) renders,"
            + " \(totals.map(\.sessions).reduce(0, +)) sessions, \(posts) posts"
            + " in \(String(format: "%.1f", Date().timeIntervalSince(started))) s, seed \(settings.seed)")
        XCTAssertGreaterThan(renders, events / ComposerFuzzTests.renderStride, "the renderer must see a good share of the events")
        XCTAssertGreaterThan(posts, 0, "the stream must reach the post confirmation now and then")
    }

    /// One stream's run: its own composer from a seed derived from the run's.
    private static func run(stream: Int, events: Int, settings: FuzzSettings) -> StreamResult {
        var run = ComposerFuzzRun(seed: settings.seed &+ UInt64(stream) &* 0x9E37_79B9_7F4A_7C15)
        for index in 0..<events {
            if let problem = run.step(index: index) {
                return .failed("stream \(stream), event \(index) of seed \(settings.seed): \(problem)\nlast events: \(run.recent)\n\(settings.replay)")
            }
            if settings.isLong, index % 1_000_000 == 0 { print("composer fuzz: stream \(stream), \(index) events, seed \(settings.seed)") }
        }
        return .passed(Counts(renders: run.renders, sessions: run.sessions, posts: run.posts))
    }

    struct Counts: Sendable {
        let renders, sessions, posts: Int
    }

    enum StreamResult: Sendable {
        case passed(Counts)
        case failed(String)
    }

    /// Each stream's result, written from its own thread.
    final class StreamResults: Sendable {
        private let results: Mutex<[StreamResult?]>

        init(count: Int) { results = Mutex(Array(repeating: nil, count: count)) }

        func store(_ result: StreamResult, at index: Int) {
            results.withLock { $0[index] = result }
        }

        var all: [StreamResult] { results.withLock { $0.compactMap { $0 } } }
    }
}

/// One fuzz run's composer, the effects it is waiting on, and counters for the summary.
struct ComposerFuzzRun {
    private var source: ComposerEventSource
    private var state: ComposerState
    private var now = Date(timeIntervalSince1970: 1_750_000_000)
    private var pendingPosts: [(postID: Int, item: PostItem)] = []
    private var sessionEvents = 0
    private var lastWasResize = true
    private(set) var renders = 0
    private(set) var sessions = 1
    private(set) var posts = 0
    /// The latest events, newest last, described only for a failure message.
    private var recentLines: [() -> String] = []
    var recent: [String] { recentLines.map { String($0().prefix(160)) } }

    init(seed: UInt64) {
        source = ComposerEventSource(seed: seed)
        state = Self.freshState(size: (100, 30))
    }

    /// A new composer; each session draws for the next of the known terminals' width profiles,
    /// and every other one starts as a media status (a file, a link, a data URI) whose preview
    /// and facts come back at random.
    static func freshState(size: (width: Int, height: Int), session: Int = 0) -> ComposerState {
        let drafts = [
            StatusDraft(),
            StatusDraft(kind: .image, text: "Oferta", media: "/tmp/oferta.jpg"),
            StatusDraft(),
            StatusDraft(kind: .image, media: "https://example.com/sale.jpg"),
            StatusDraft(),
            StatusDraft(kind: .video, text: "Clip", media: "~/clip.mp4"),
            StatusDraft(),
            StatusDraft(kind: .image, media: "data:image/png;base64,iVBORw0KGgo="),
        ]
        var state = ComposerState(accounts: Fixture.accounts, selected: ["demo"], draft: drafts[session % drafts.count], size: size)
        state.widthProfile = WidthProfile.known[session % WidthProfile.known.count]
        state.colorProfile = ColorProfile.allCases[session / 2 % ColorProfile.allCases.count]
        return state
    }

    /// Applies one random event (and, now and then, the answer to an earlier effect), then
    /// checks the invariants; returns the first problem.
    mutating func step(index: Int) -> String? {
        let event = source.next()
        remember(String(describing: event))
        now += 0.05
        if case .resize = event { lastWasResize = true }
        apply(.event(event))
        if source.chance(3) { deliverAnswers() }
        if source.chance(2) { apply(.tick) }
        sessionEvents += 1
        if sessionEvents >= ComposerFuzzTests.eventsPerSession { restart() }

        if let problem = ComposerInvariants.checkState(state, allFields: index % 64 == 0, deep: index % 8 == 0) { return problem }
        let tooSmall = ComposerLayout.isTooSmall(width: state.size.width, height: state.size.height)
        let stride = max(1, tooSmall ? ComposerFuzzTests.renderStride / 10 : ComposerFuzzTests.renderStride)
        guard lastWasResize || index % stride == 0 else { return nil }
        lastWasResize = false
        renders += 1
        return ComposerInvariants.checkScreen(ComposerView.render(state), state: state)
    }

    private mutating func apply(_ action: ComposerAction) {
        for effect in ComposerReducer.reduce(&state, action, now: now) {
            switch effect {
            case .post(let postID, _, let items):
                posts += 1
                pendingPosts += items.map { (postID, $0) }
                for item in items where source.chance(50) {
                    apply(.postStage(postID: postID, accountName: item.account.name, stage: source.chance(80) ? .sending : .waitingToRetry(seconds: source.integer(in: 0...120))))
                }
            case .loadHistory:
                remember("history answers")
                apply(.historyLoaded(source.chance(90) ? .success(randomHistory()) : .failure(HistoryUnreadable(source.text(maxLength: 80)))))
            case .deleteStatus(let status):
                remember("delete of \(status.id) answers")
                apply(.deleteFinished(attemptID: status.id, result: source.chance(50) ? .success(()) : .failure(.timedOut(seconds: 60))))
            case .readMediaFacts(let reference):
                let facts = randomMediaFacts()
                remember("media facts answer \(facts.exists ? "\(facts.byteCount) bytes" : "missing")")
                apply(.mediaFactsRead(reference, facts))
            case .drawPreview(let request):
                let image = randomPreview(request)
                remember("preview answers \(image)")
                apply(.previewDrawn(request, image))

            case .checkHealth(let accounts):
                for account in accounts {
                    let health = HealthState.allCases[source.integer(in: 0...(HealthState.allCases.count - 1))]
                    remember("\(account.name) is \(health.rawValue)")
                    apply(.healthChecked(AccountHealth(accountName: account.name, gateway: account.gateway, state: health, detail: source.text(maxLength: 80), checkedAt: now)))
                }
            case .fetchViews(let statuses):
                for status in statuses {
                    let views: StatusViews = switch source.integer(in: 0...3) {
                    case 0: .recipients([RecipientView(participant: source.text(maxLength: 30), status: "read", at: now)])
                    case 1: .delivery(state: source.text(maxLength: 20), code: 2)
                    case 2: .noDataYet(reason: source.text(maxLength: 80))
                    default: .notOffered
                    }
                    remember("views of \(status.id) answer")
                    apply(.viewsFetched(attemptID: status.id, views))
                }
            case .openEditor:
                let answer = source.chance(80) ? source.text(maxLength: 400) : nil
                remember("editor answers \(answer.map { "\($0.count) characters" } ?? "nothing")")
                apply(.editorFinished(answer))
            case .loadSchedule:
                remember("schedule answers")
                apply(.scheduleLoaded(source.chance(90) ? .success(randomSchedule()) : .failure(HistoryUnreadable(source.text(maxLength: 80)))))
            case .checkSchedule(let order):
                remember("schedule check answers")
                let fields: [ComposerField?] = [nil, .when, .at, .repeats, .days, .until, .text]
                let problems = (0..<source.integer(in: 1...3)).map { _ in
                    ScheduleProblem(field: fields[source.integer(in: 0...(fields.count - 1))], message: source.text(maxLength: 120))
                }
                let plan = SchedulePlan(first: now.addingTimeInterval(Double(source.integer(in: 60...900_000))), zone: "America/Sao_Paulo", accounts: order.accounts)
                apply(.scheduleChecked(order, source.chance(60) ? .success(plan) : .failure(ScheduleProblems(problems))))
            case .saveSchedule(let order):
                remember("schedule save answers")
                let item = randomSchedule().first ?? ScheduleEntry(id: 1, accounts: order.accounts, draft: order.draft, next: now, state: .scheduled, updatedAt: now)
                apply(.scheduleSaved(order, source.chance(80) ? .success(item) : .failure(ScheduleFailure(source.text(maxLength: 80)))))
            case .changeSchedule(let change):
                remember("schedule change answers")
                apply(.scheduleChangeFinished(change, source.chance(80) ? .success(change.ids.count) : .failure(ScheduleFailure(source.text(maxLength: 80)))))
            case .saveAccount:
                remember("account form answers")
                let fields = AccountForm.Field.allCases
                let problems = AccountFormProblems(byField: [fields[source.integer(in: 0...(fields.count - 1))]: source.text(maxLength: 80)])
                apply(.accountSaved(source.chance(50) ? .success(source.text(maxLength: 20)) : .failure(problems)))
            case .quit, .reopen:
                remember("quit")
                restart()
            }
        }
    }

    /// A media file as the run loop might find it: missing, a folder, unreadable, or a file of
    /// any size (empty and over every gateway's limit included).
    private mutating func randomMediaFacts() -> MediaFacts {
        switch source.integer(in: 0...5) {
        case 0: return .missing
        case 1: return MediaFacts(exists: true, isDirectory: true)
        case 2: return MediaFacts(exists: true, readable: false)
        default:
            var facts = MediaFacts(exists: true, byteCount: source.chance(10) ? 0 : source.integer(in: 1...200_000_000), modified: now)
            let contents: [MediaContent] = [
                .image(.jpeg, width: source.integer(in: 0...9000), height: source.integer(in: 0...9000)),
                .image(source.chance(50) ? .webp : .gif, width: 1, height: 2),
                .video(container: source.chance(50) ? "MP4" : source.text(maxLength: 20), codec: source.chance(20) ? nil : source.text(maxLength: 6),
                       seconds: Double(source.integer(in: 0...100_000)), width: nil, height: 10),
                .audio(format: source.text(maxLength: 10), seconds: source.chance(50) ? nil : 61),
                .unrecognised(why: source.text(maxLength: 200)),
            ]
            facts.content = source.chance(20) ? nil : contents[source.integer(in: 0...(contents.count - 1))]
            if source.chance(30) {
                facts.head = source.chance(30) ? .unreachable(why: source.text(maxLength: 100))
                    : .answered(status: source.integer(in: 100...599), contentType: source.chance(20) ? nil : source.text(maxLength: 40), byteCount: nil)
            }
            return facts
        }
    }

    /// The preview's answer as the run loop might give it: cells of any size up to the box
    /// asked for (wide glyphs and stray text included), or a failure of any length.
    private mutating func randomPreview(_ request: PreviewRequest) -> PreviewImage {
        guard source.chance(75) else { return .failed(source.text(maxLength: 300)) }
        let width = source.integer(in: 1...max(1, request.columns)), height = source.integer(in: 1...max(1, request.rows))
        var cells = CellBuffer(width: width, height: height)
        for y in 0..<height {
            for x in 0..<width {
                let glyph = source.chance(5) ? String(source.character()) : ["▀", "▄", "▌", "▐", "▘", "▝", "█", " "][source.integer(in: 0...7)]
                cells.put(glyph, x: x, y: y, style: Style(fg: .rgb(UInt8(x % 256), 0, 0), bg: .indexed(UInt8(y % 256))))
            }
        }
        return .cells(cells)
    }

    /// Statuses as the journal might list them: any account, text, age and state.
    private mutating func randomHistory() -> [PostedStatus] {
        (0..<source.integer(in: 0...30)).map { index in
            let account = Fixture.accounts[source.integer(in: 0...(Fixture.accounts.count - 1))]
            let states: [PostedStatus.State] = [.live(messageId: source.text(maxLength: 40)), .unknownOutcome, .deleted]
            return PostedStatus(
                id: Int64(index), accountName: account.name, gateway: account.gateway,
                draft: StatusDraft(kind: StatusKind.allCases[source.integer(in: 0...3)], text: source.text(maxLength: 300), media: source.text(maxLength: 60)),
                postedAt: now.addingTimeInterval(-Double(source.integer(in: 0...90_000))), state: states[source.integer(in: 0...2)],
                batch: source.chance(50) ? "b\(source.integer(in: 0...3))" : nil
            )
        }
    }

    /// Scheduled items in every state, some in campaigns, some finished, with random texts.
    private mutating func randomSchedule() -> [ScheduleEntry] {
        (0..<source.integer(in: 0...30)).map { index in
            let accounts = Fixture.accounts.filter { _ in source.chance(40) }.map(\.name)
            let state = ScheduleEntry.State.allCases[source.integer(in: 0...(ScheduleEntry.State.allCases.count - 1))]
            return ScheduleEntry(
                id: Int64(index), accounts: accounts,
                draft: StatusDraft(kind: StatusKind.allCases[source.integer(in: 0...3)], text: source.text(maxLength: 300), media: source.text(maxLength: 60)),
                next: state.isFinished ? nil : now.addingTimeInterval(Double(source.integer(in: -3600...900_000))),
                repeatRule: source.chance(30) ? "weekly:" + source.text(maxLength: 12) : nil, until: source.chance(20) ? source.text(maxLength: 12) : nil,
                state: state, campaign: source.chance(40) ? source.text(maxLength: 30) : nil,
                updatedAt: now.addingTimeInterval(-Double(source.integer(in: 0...200_000))))
        }
    }

    /// Finishes some of the posts in flight, each with a random receipt or failure.
    private mutating func deliverAnswers() {
        let count = source.integer(in: 0...pendingPosts.count)
        let answered = pendingPosts.prefix(count)
        pendingPosts.removeFirst(count)
        for (postID, item) in answered {
            let outcome = PostOutcome(accountName: item.account.name, gateway: item.account.gateway, result: randomResult())
            remember("post \(postID) to \(item.account.name) finishes")
            apply(.postFinished(postID: postID, outcome: outcome))
        }
    }

    private mutating func randomResult() -> Result<StatusReceipt, GatewayFailure> {
        let words = source.text(maxLength: source.chance(10) ? 2000 : 60)
        switch source.integer(in: 0...5) {
        case 0: return .success(StatusReceipt(messageId: words, zaapId: source.chance(50) ? words : nil, httpStatus: 200))
        case 1: return .failure(.refused(status: source.integer(in: 100...599), reason: .verbatim(words), hint: nil))
        case 2: return .failure(.timedOut(seconds: source.integer(in: 0...120)))
        case 3: return .failure(.unreadableAnswer(status: 200, detail: .notJSON(.zapi, snippet: words)))
        case 4: return .failure(.connectionLost(reason: .verbatim(words)))
        default: return .failure(.rateLimited(status: 429, retryAfter: source.integer(in: 0...999), reason: .verbatim(words), hint: .greenRateLimit))
        }
    }

    /// A new composer of the same size, as after quitting and starting again.
    private mutating func restart() {
        state = Self.freshState(size: state.size, session: sessions)
        pendingPosts = []
        sessionEvents = 0
        sessions += 1
        lastWasResize = true
    }

    private mutating func remember(_ line: @autoclosure @escaping () -> String) {
        recentLines.append(line)
        if recentLines.count > 12 { recentLines.removeFirst() }
    }
}
