import Foundation
import StatusKit
import XCTest

/// The rules that resolve a lost answer from Green API's list of posted statuses.
final class ReconcileRulesTests: XCTestCase {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    private func attempt(_ id: Int64, _ text: String = "Promo", color: String = "#1E8449", at offset: TimeInterval = 0, kind: StatusKind = .text) -> LostAttempt {
        LostAttempt(id: id, kind: kind, text: text, color: color, startedAt: start.addingTimeInterval(offset))
    }

    private func listed(_ id: String, _ text: String = "Promo", color: String? = "#1E8449", at offset: TimeInterval = 5, type: String = "extendedTextMessage", byApi: Bool? = true) -> OutgoingStatus {
        OutgoingStatus(id: id, typeMessage: type, text: text, backgroundColor: color, timestamp: start.addingTimeInterval(offset), sendByApi: byApi, statusMessage: "sent")
    }

    private func context(_ listed: [OutgoingStatus], known: [String: TimeInterval] = [:], otherLost: [LostAttempt] = [], webhook: Bool? = true, connected: Bool = true, now offset: TimeInterval = 600) -> ListingContext {
        ListingContext(listed: listed, knownIds: known.mapValues { start.addingTimeInterval($0) }, otherLost: otherLost, webhookOn: webhook, connected: connected, now: start.addingTimeInterval(offset))
    }

    func testOneMatchIsSentWithItsRealId() {
        XCTAssertEqual(ReconcileRules.decide(attempt(1), in: context([listed("REAL1")])), .sent(messageId: "REAL1"))
    }

    func testColourCaseAndMissingColourStillMatchButAnotherColourDoesNot() {
        XCTAssertEqual(ReconcileRules.decide(attempt(1), in: context([listed("A", color: "#1e8449")])), .sent(messageId: "A"))
        XCTAssertEqual(ReconcileRules.decide(attempt(1), in: context([listed("A", color: nil)])), .sent(messageId: "A"))
        guard case .undecided = ReconcileRules.decide(attempt(1), in: context([listed("A", color: "#000000")])) else { return XCTFail("another colour is another post") }
    }

    func testKindTextAndSentByHandMustAgree() {
        let others = [listed("A", "Promo!"), listed("B", type: "imageMessage"), listed("C", byApi: false)]
        guard case .undecided = ReconcileRules.decide(attempt(1), in: context(others)) else { return XCTFail("nothing matches") }
        let caption = attempt(2, "Nova coleção", color: "", kind: .image)
        XCTAssertEqual(ReconcileRules.decide(caption, in: context([listed("IMG", "Nova coleção", color: nil, type: "imageMessage")])), .sent(messageId: "IMG"))
    }

    func testSameTextTwiceSkipsTheIdTheHistoryAlreadyHolds() {
        // 10:00 "Promo" sent (id A, in the history); 10:05 "Promo" lost: only B can be it.
        let decision = ReconcileRules.decide(attempt(2, at: 300), in: context([listed("B", at: 310), listed("A", at: 20)], known: ["A": 0]))
        XCTAssertEqual(decision, .sent(messageId: "B"))
    }

    func testSameTextTwiceBothLostCannotTellWhichIsWhich() {
        let first = attempt(1), second = attempt(2, at: 60)
        let decision = ReconcileRules.decide(first, in: context([listed("A"), listed("B", at: 70)], otherLost: [second]))
        guard case .undecided(let reason) = decision else { return XCTFail("\(decision)") }
        XCTAssertTrue(reason.contains("cannot tell which"), reason)
    }

    func testClockSkewOfAFewMinutesStillMatchesButNotAStatusFromLongBefore() {
        // The gateway's clock is 4 minutes behind ours: its time is before our start.
        XCTAssertEqual(ReconcileRules.decide(attempt(1), in: context([listed("A", at: -240)])), .sent(messageId: "A"))
        // A status whose last action is 20 minutes before the attempt cannot be it.
        let old = ReconcileRules.decide(attempt(1), in: context([listed("OLD", at: -1200)], known: [:]))
        guard case .undecided = old else { return XCTFail("\(old)") }
    }

    func testSureAbsenceNeedsAnEarlierAndALaterPostListed() {
        let listing = [listed("EARLIER", "Bom dia", at: -100), listed("LATER", "Boa noite", at: 200)]
        let decision = ReconcileRules.decide(attempt(1), in: context(listing, known: ["EARLIER": -120, "LATER": 150], now: 160))
        guard case .notSent = decision else { return XCTFail("\(decision)") }
    }

    func testAbsenceWithoutProofStaysUnknownWithTheReason() {
        let earlierOnly = [listed("EARLIER", "Bom dia", at: -100)]
        let cases: [(ListingContext, String)] = [
            (context(earlierOnly, known: ["EARLIER": -120], webhook: false), "outgoing-webhook setting is on, and it is off"),
            (context(earlierOnly, known: ["EARLIER": -120], webhook: nil), "settings could not be read"),
            (context(earlierOnly, known: ["EARLIER": -120], connected: false), "24 hours"),
            (context([], known: [:]), "no earlier post"),
            (context(earlierOnly, known: ["EARLIER": -120], now: 60), "ask again later"),
        ]
        for (context, words) in cases {
            let decision = ReconcileRules.decide(attempt(1), in: context)
            guard case .undecided(let reason) = decision else { XCTFail("\(decision)"); continue }
            XCTAssertTrue(reason.contains(words), reason)
        }
        // With the earlier post listed and two minutes gone, absence is sure.
        guard case .notSent = ReconcileRules.decide(attempt(1), in: context(earlierOnly, known: ["EARLIER": -120], now: 130)) else { return XCTFail() }
    }
}
