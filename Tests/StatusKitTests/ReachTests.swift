import Foundation
import GatewaySandbox
import StatusKit
import XCTest

/// Views after posting, over loopback: Green API's recipients (paced to one request a second),
/// RyzeAPI's delivery state, "not offered" for the others; and the sender's own number in an
/// explicit Evolution audience.
final class ReachTests: XCTestCase {
    var fixture: SandboxFixture!

    override func setUp() async throws {
        fixture = try await SandboxFixture.start()
    }

    override func tearDown() async throws {
        await fixture.stop()
    }

    private func postedId(_ gateway: GatewayKind, _ draft: StatusDraft = StatusDraft(kind: .text, text: "Promo", color: "#1E8449", font: "serif")) async throws -> String {
        let outcome = await fixture.post(draft, via: gateway)
        return try XCTUnwrap(outcome?.receipt?.messageId, "\(String(describing: outcome?.failure))")
    }

    /// Polls `views` until `done` holds, for at most 10 s.
    private func poll(_ gateway: GatewayKind, _ id: String, fetcher: ViewsFetcher, until done: (StatusViews) -> Bool) async -> StatusViews {
        var views = StatusViews.notOffered
        let deadline = Date().addingTimeInterval(10)
        repeat {
            views = await fetcher.views(messageId: id, account: fixture.account(gateway))
            if done(views) { return views }
        } while Date() < deadline
        return views
    }

    func testGreenSaysNoDataYetThenRecipientsMoveFromSentToRead() async throws {
        let id = try await postedId(.greenAPI)
        let fetcher = ViewsFetcher(client: fixture.client)
        let empty = await fetcher.views(messageId: id, account: fixture.account(.greenAPI))
        guard case .noDataYet(let reason) = empty else { return XCTFail("\(empty)") }
        XCTAssertTrue(reason.contains("outgoing-webhook"), reason)
        XCTAssertEqual(empty.summary, "no data yet", "never 0 views")

        fixture.server.makeViewsArrive(messageId: id, recipients: ["5511911110000@c.us", "5511922220000@c.us"], step: .milliseconds(1500))
        let first = await fetcher.views(messageId: id, account: fixture.account(.greenAPI))
        XCTAssertEqual(first.counts?.sent, 2, "\(first)")
        let read = await poll(.greenAPI, id, fetcher: fetcher) { $0.counts?.read == 2 }
        XCTAssertEqual(read.counts?.read, 2, "\(read)")
        guard case .recipients(let list) = read else { return XCTFail("\(read)") }
        XCTAssertEqual(Set(list.map(\.participant)), ["5511911110000@c.us", "5511922220000@c.us"])
        XCTAssertEqual(read.summary, "2 read, 0 delivered, 0 sent")

        // Every statistics request kept Green's one a second, and none was refused for it.
        let asked = fixture.server.recordedReads().filter { $0.path.contains("getStatusStatistic") }
        XCTAssertGreaterThanOrEqual(asked.count, 3)
        for (earlier, later) in zip(asked, asked.dropFirst()) {
            XCTAssertGreaterThanOrEqual(later.receivedAt.timeIntervalSince(earlier.receivedAt), 1.0)
        }
    }

    func testGreenWebhookOffIsNoDataYetNotZero() async throws {
        let id = try await postedId(.greenAPI)
        fixture.server.makeViewsArrive(messageId: id, recipients: ["5511911110000@c.us"], step: .zero)
        fixture.server.setOutgoingWebhook(false, instance: fixture.account(.greenAPI).instance)
        let views = await ViewsFetcher(client: fixture.client).views(messageId: id, account: fixture.account(.greenAPI))
        guard case .noDataYet = views else { return XCTFail("\(views)") }
    }

    func testManyRowsAtOnceKeepOneGreenRequestASecond() async throws {
        let id = try await postedId(.greenAPI)
        let fetcher = ViewsFetcher(client: fixture.client)
        let account = fixture.account(.greenAPI)
        let answers = await withTaskGroup(of: StatusViews.self) { group in
            for _ in 0..<3 { group.addTask { await fetcher.views(messageId: id, account: account) } }
            var all: [StatusViews] = []
            for await answer in group { all.append(answer) }
            return all
        }
        XCTAssertTrue(answers.allSatisfy { if case .noDataYet = $0 { true } else { false } }, "\(answers)")
        let asked = fixture.server.recordedReads().filter { $0.path.contains("getStatusStatistic") }.map(\.receivedAt).sorted()
        XCTAssertEqual(asked.count, 3)
        for (earlier, later) in zip(asked, asked.dropFirst()) { XCTAssertGreaterThanOrEqual(later.timeIntervalSince(earlier), 1.0) }
    }

    func testRyzeGivesTheDeliveryState() async throws {
        let id = try await postedId(.ryze, StatusDraft(kind: .text, text: "Oi", color: "#1E8449"))
        let fetcher = ViewsFetcher(client: fixture.client)
        let sent = await fetcher.views(messageId: id, account: fixture.account(.ryze))
        XCTAssertEqual(sent, .delivery(state: "sent", code: 1))
        fixture.server.makeViewsArrive(messageId: id, recipients: ["5511911110000@s.whatsapp.net"], step: .zero)
        let read = await fetcher.views(messageId: id, account: fixture.account(.ryze))
        XCTAssertEqual(read, .delivery(state: "read", code: 4))
        let unknown = await fetcher.views(messageId: "3EB0NOSUCH", account: fixture.account(.ryze))
        guard case .noDataYet = unknown else { return XCTFail("\(unknown)") }
    }

    func testZAPIAndEvolutionOfferNoViewsAndAskNothing() async throws {
        for gateway in [GatewayKind.zapi, .evolution] {
            let views = await ViewsFetcher(client: fixture.client).views(messageId: "any", account: fixture.account(gateway))
            XCTAssertEqual(views, .notOffered)
            XCTAssertEqual(views.sentence, "not offered by this gateway")
        }
        XCTAssertTrue(fixture.server.recordedReads().isEmpty)
    }

    func testEvolutionAudienceGetsTheOwnNumberUnlessIncludeSelfIsFalse() async throws {
        let account = fixture.account(.evolution)
        let own = fixture.server.ownNumber(provider: .evolution, instance: account.instance)
        let draft = StatusDraft(kind: .text, text: "Oi", color: "#1E8449", font: "serif", audience: ["+55 21 98888-7777"])
        let valid = try XCTUnwrap(DraftValidator.check(draft, for: .evolution, account: account).valid)
        let poster = StatusPoster(client: fixture.client, ownNumbers: OwnNumberCache(client: fixture.client))
        _ = await poster.post(valid, to: account)
        XCTAssertEqual(fixture.lastRequest?.bodyText, ##"{"type":"text","content":"Oi","backgroundColor":"#1E8449","font":1,"statusJidList":["5521988887777@s.whatsapp.net","\##(own)@s.whatsapp.net"]}"##)

        var withoutSelf = account
        withoutSelf.includeSelf = false
        _ = await poster.post(valid, to: withoutSelf)
        XCTAssertEqual(fixture.lastRequest?.bodyText, ##"{"type":"text","content":"Oi","backgroundColor":"#1E8449","font":1,"statusJidList":["5521988887777@s.whatsapp.net"]}"##)
        // Asked once, kept for the program's life.
        XCTAssertEqual(fixture.server.recordedReads().filter { $0.path.hasPrefix("/instance/fetchInstances") }.count, 1)
    }

    func testAnOwnNumberThatCannotBeReadIsAskedOnceARun() async throws {
        let account = fixture.account(.evolution)
        fixture.server.setCondition(.notAuthorized, provider: .evolution, instance: account.instance)
        let draft = StatusDraft(kind: .text, text: "Oi", color: "#1E8449", font: "serif", audience: ["+55 21 98888-7777"])
        let valid = try XCTUnwrap(DraftValidator.check(draft, for: .evolution, account: account).valid)
        let poster = StatusPoster(client: fixture.client, ownNumbers: OwnNumberCache(client: fixture.client))
        let first = await poster.audience(for: valid, account: account)
        let second = await poster.audience(for: valid, account: account)
        guard case .failure(let unknown)? = first.own else { return XCTFail("\(String(describing: first.own))") }
        XCTAssertEqual(unknown.reason, "the gateway's answer names no number yet (is the instance connected?)")
        XCTAssertEqual(second.own, first.own)
        XCTAssertEqual(second.draft.audience, valid.audience)
        XCTAssertEqual(fixture.server.recordedReads().filter { $0.path.hasPrefix("/instance/fetchInstances") }.count, 1)
    }
}
