import Foundation
import GRDB
@testable import History
import StatusKit
import XCTest

/// The schedule's store: items soonest first, pause/resume/cancel, the claim that posts an
/// occurrence once, the outcome, missed occurrences, abandoned ones, and the media copy.
final class ScheduleStoreTests: XCTestCase {
    var folder: String!

    override func setUp() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sched-\(UUID().uuidString)").path
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

    private func makeStore() throws -> ScheduleStore {
        try ScheduleStore(history: HistoryStore(path: folder + "/history.sqlite"))
    }

    private let start = Date(timeIntervalSince1970: 1_796_000_000)

    private func item(_ text: String, in minutes: Int, accounts: [String] = ["shop"], repeatRule: String? = nil) -> ScheduledItem {
        ScheduledItem(
            createdAt: start, accounts: accounts, draft: StatusDraft(kind: .text, text: text), zone: "America/Sao_Paulo",
            hour: 8, minute: 0, repeatRule: repeatRule, next: start.addingTimeInterval(TimeInterval(minutes * 60)))
    }

    private func outcome(_ account: String, _ result: Result<StatusReceipt, GatewayFailure>) -> PostOutcome {
        PostOutcome(accountName: account, gateway: .sandbox, result: result)
    }

    func testItemsComeSoonestFirstAndFinishedOnesOnlyWithAll() throws {
        let store = try makeStore()
        let later = try store.add(item("later", in: 90))
        let sooner = try store.add(item("sooner", in: 10, accounts: ["shop", "bakery"]))
        let cancelled = try store.add(item("gone", in: 5))
        _ = try store.cancel(ids: [cancelled.id!])
        XCTAssertEqual(try store.items().map(\.draft.text), ["sooner", "later"])
        XCTAssertEqual(try store.items(includeFinished: true).map(\.draft.text), ["sooner", "later", "gone"])
        XCTAssertEqual(try store.items(account: "bakery").map(\.id), [sooner.id])
        XCTAssertEqual(try store.items(account: "shop").count, 2)
        XCTAssertEqual(try store.items(account: "sho").count, 0, "an account name is matched whole")
        XCTAssertEqual(try store.item(id: later.id!)?.accounts, ["shop"])
        XCTAssertEqual(try store.item(id: sooner.id!)?.accounts, ["shop", "bakery"])
        XCTAssertEqual(try store.item(id: later.id!)?.next, later.next)
    }

    /// The composer's agenda: what is to come, a campaign's items whatever their state, and
    /// other finished items only when they finished since the time given.
    func testTheAgendaLeavesOutWhatFinishedBefore() throws {
        let store = try makeStore()
        _ = try store.add(item("to come", in: 30))
        let old = try store.add(item("cancelled long ago", in: 5))
        _ = try store.cancel(ids: [old.id!], now: start)
        let recent = try store.add(item("cancelled just now", in: 6))
        _ = try store.cancel(ids: [recent.id!], now: start.addingTimeInterval(7200))
        var planned = item("a campaign's, cancelled long ago", in: 7)
        planned.campaign = "semana"
        let inCampaign = try store.add(planned)
        _ = try store.cancel(ids: [inCampaign.id!], now: start)
        let agenda = try store.agenda(finishedSince: start.addingTimeInterval(3600)).map(\.draft.text)
        XCTAssertEqual(Set(agenda), ["to come", "cancelled just now", "a campaign's, cancelled long ago"])
    }

    func testPauseResumeCancelAndTheirRefusals() throws {
        let store = try makeStore()
        let one = try store.add(item("one", in: 10))
        let before = try store.revision()
        XCTAssertEqual(try store.pause(ids: [one.id!, 999]).count, 2)
        XCTAssertGreaterThan(try store.revision(), before)
        XCTAssertEqual(try store.item(id: one.id!)?.state, .paused)
        guard case .refused = try store.pause(ids: [one.id!])[0] else { return XCTFail("a paused item is not paused again") }
        guard case .notFound(999) = try store.resume(ids: [999])[0] else { return XCTFail("an unknown id is named") }
        _ = try store.resume(ids: [one.id!])
        let resumed = try store.item(id: one.id!)
        XCTAssertEqual(resumed?.state, .scheduled)
        XCTAssertEqual(resumed?.next, one.next, "a resumed item keeps its due time")
        _ = try store.cancelAll()
        XCTAssertEqual(try store.item(id: one.id!)?.state, .cancelled)
        XCTAssertNil(try store.item(id: one.id!)?.next)
        guard case .refused = try store.resume(ids: [one.id!])[0] else { return XCTFail("a cancelled item stays cancelled") }
    }

    func testAnOccurrenceIsClaimedOnceAndItsOutcomeCombinesTheAccounts() throws {
        let store = try makeStore()
        let stored = try store.add(item("offer", in: 0, accounts: ["shop", "bakery"]))
        let due = stored.next!
        let run = try XCTUnwrap(try store.claim(id: stored.id!, due: due, next: nil, now: due, pid: getpid()))
        XCTAssertNil(try store.claim(id: stored.id!, due: due, next: nil, now: due), "a second runner gets nothing")
        XCTAssertEqual(try store.item(id: stored.id!)?.state, .posting)
        try store.finish(run: run, outcomes: [
            outcome("shop", .success(StatusReceipt(messageId: "M1", zaapId: nil, httpStatus: 200))),
            outcome("bakery", .failure(.timedOut(seconds: 5))),
        ])
        XCTAssertEqual(try store.item(id: stored.id!)?.state, .unknown, "a lost answer makes the item unknown, not failed")
        XCTAssertEqual(try store.runs(of: stored.id!).map(\.state), [.unknown])
        XCTAssertEqual(ScheduleState.combined([.sent, .sent]), .posted)
        XCTAssertEqual(ScheduleState.combined([.sent, .failed]), .failed)
        XCTAssertEqual(ScheduleState.combined([.failed, .unknown]), .unknown)
    }

    func testARepeatGoesBackToScheduledWithItsNextTime() throws {
        let store = try makeStore()
        let stored = try store.add(item("daily", in: 0, repeatRule: "daily"))
        let due = stored.next!, following = due.addingTimeInterval(86_400)
        let run = try XCTUnwrap(try store.claim(id: stored.id!, due: due, next: following, now: due))
        try store.finish(run: run, outcomes: [outcome("shop", .success(StatusReceipt(messageId: "M", zaapId: nil, httpStatus: 200)))])
        let after = try store.item(id: stored.id!)
        XCTAssertEqual(after?.state, .scheduled)
        XCTAssertEqual(after?.next, following)
        XCTAssertEqual(try store.runs(of: stored.id!).map(\.state), [.posted])
        XCTAssertTrue(try store.markMissed(id: stored.id!, due: following, next: nil))
        XCTAssertEqual(try store.item(id: stored.id!)?.state, .missed)
        XCTAssertFalse(try store.markMissed(id: stored.id!, due: following, next: nil), "recorded once")
    }

    func testATimeThatAlreadyRanIsNotDueAgainAfterAnEdit() throws {
        let store = try makeStore()
        let stored = try store.add(item("daily", in: 0, repeatRule: "daily"))
        let due = stored.next!, tomorrow = due.addingTimeInterval(86_400)
        let run = try XCTUnwrap(try store.claim(id: stored.id!, due: due, next: tomorrow, now: due))
        try store.finish(run: run, outcomes: [outcome("shop", .success(StatusReceipt(messageId: "M", zaapId: nil, httpStatus: 200)))])
        var edited = try XCTUnwrap(try store.item(id: stored.id!))
        edited.next = due
        _ = try store.update(id: stored.id!, to: edited, now: due)
        XCTAssertNil(try store.claim(id: stored.id!, due: due, next: tomorrow, now: due), "that time has posted already")
        XCTAssertEqual(try store.item(id: stored.id!)?.next, tomorrow, "moved on, so it is not due again at once")
        XCTAssertEqual(try store.nextDueTime(), tomorrow)
    }

    func testAnOccurrenceAbandonedByADeadProcessBecomesUnknownAndIsNotClaimedAgain() throws {
        let store = try makeStore()
        let stored = try store.add(item("offer", in: 0))
        let due = stored.next!
        // A pid no process has: the runner that claimed it is gone.
        _ = try XCTUnwrap(try store.claim(id: stored.id!, due: due, next: nil, now: due, pid: Int32.max - 7))
        let reopened = try makeStore()
        XCTAssertEqual(try reopened.item(id: stored.id!)?.state, .posting, "opening the store only reads")
        try reopened.markAbandonedRuns()
        XCTAssertEqual(try reopened.item(id: stored.id!)?.state, .unknown)
        XCTAssertEqual(try reopened.runs(of: stored.id!).map(\.state), [.unknown])
        XCTAssertNil(try reopened.claim(id: stored.id!, due: due, next: nil, now: due))
    }

    func testAttemptsOfAnOccurrenceAreLinkedToIt() throws {
        let store = try makeStore()
        let stored = try store.add(item("offer", in: 0))
        let run = try XCTUnwrap(try store.claim(id: stored.id!, due: stored.next!, next: nil, now: stored.next!))
        let account = Account(name: "shop", gateway: .sandbox, baseURL: URL(string: "http://127.0.0.1:9")!, instance: "i", token: Secret("t"))
        let draft = DraftValidator.check(stored.draft, for: .sandbox).valid!
        let attempt = try store.history.begin(account: account, draft: draft, scheduleRun: run.id)
        _ = try store.history.begin(account: account, draft: draft)
        XCTAssertEqual(try store.attempts(ofRun: run.id!).map(\.id), [attempt])
    }

    func testALocalMediaFileIsCopiedPrivatelyAndTheCopyGoesWhenTheItemIsDone() throws {
        let store = try makeStore()
        try FileManager.default.createDirectory(atPath: folder + "/pictures", withIntermediateDirectories: true)
        let original = folder + "/pictures/offer.jpg"
        let bytes = Data([0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3])
        _ = FileManager.default.createFile(atPath: original, contents: bytes)
        var media = item("caption", in: 10)
        media.draft = StatusDraft(kind: .image, text: "caption", media: original)
        let stored = try store.add(media)
        try FileManager.default.removeItem(atPath: original)
        let copy = try XCTUnwrap(stored.mediaCopy)
        XCTAssertEqual(FileManager.default.contents(atPath: copy), bytes, "the scheduled bytes outlive the original")
        XCTAssertEqual(stored.draftToPost.media, copy)
        XCTAssertEqual(stored.draft.media, original, "the item still shows what was typed")
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions] as? Int, 0o600)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: store.mediaFolder)[.posixPermissions] as? Int, 0o700)
        _ = try store.cancel(ids: [stored.id!])
        XCTAssertFalse(FileManager.default.fileExists(atPath: copy))
    }
}
