@testable import Campaigns
import StatusKit
import XCTest

final class PlanDraftTests: XCTestCase {
    private func row(_ values: [PlanColumn: String]) -> PlanRow { PlanRow(place: .row(4), values: values) }

    func testARowBecomesTheDraftPostWouldBuild() throws {
        let draft = try PlanDraft.draft(of: row([.type: "Texto", .text: "Oi 👋", .color: "1e8449", .font: "serif", .to: "5511999990000; 5521988887777"])).get()
        XCTAssertEqual(draft, StatusDraft(kind: .text, text: "Oi 👋", color: "#1e8449", font: "serif", audience: ["5511999990000", "5521988887777"]))
        let audio = try PlanDraft.draft(of: row([.type: "áudio", .media: "https://example.com/a.ogg", .voice: "não"])).get()
        XCTAssertEqual(audio, StatusDraft(kind: .audio, media: "https://example.com/a.ogg", voice: false))
        XCTAssertEqual(try PlanDraft.draft(of: row([.text: "no type"])).get().kind, .text)
    }

    func testColoursKeepWhatIsNotSixHexDigits() {
        XCTAssertEqual(PlanDraft.color("#C0392B"), "#C0392B")
        XCTAssertEqual(PlanDraft.color("C0392B"), "#C0392B")
        XCTAssertEqual(PlanDraft.color("red"), "red")
        XCTAssertEqual(PlanDraft.color("F00"), "F00")
    }

    func testValuesTheKindDoesNotUseAreRefusedNamingRowAndColumn() {
        guard case .failure(let problems) = PlanDraft.draft(of: row([.type: "text", .media: "a.jpg", .voice: "maybe"])) else {
            return XCTFail("accepted")
        }
        XCTAssertEqual(problems.list.map(\.description), [
            "row 4, media \"a.jpg\": a text status has no media; make the type image, video or audio",
            "row 4, voice \"maybe\": only an audio status is a voice note or not",
            "row 4, voice \"maybe\": write true (a voice note) or false (an audio file)",
        ])
        guard case .failure(let kind) = PlanDraft.draft(of: row([.type: "gif"])) else { return XCTFail("accepted") }
        XCTAssertEqual(kind.list.map(\.description), ["row 4, type \"gif\": not a kind of status; write text, image, video or audio"])
        guard case .failure(let missing) = PlanDraft.draft(of: row([.media: "a.jpg"])) else { return XCTFail("accepted") }
        XCTAssertEqual(missing.list.map(\.description), ["row 4, type: missing for a row with media; write image, video or audio"])
    }
}
