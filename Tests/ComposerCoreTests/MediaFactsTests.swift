import ComposerCore
import Foundation
import StatusKit
import TerminalCells
import XCTest

/// The reducer reads no file: a media path is asked about with `Effect.readMediaFacts`, and
/// the form is judged by the facts that come back as `.mediaFactsRead`.
final class MediaFactsTests: XCTestCase {
    /// A path that does not exist; the tests never look at the disk for it. (Short: messages
    /// shorten a long value.)
    private let path = "/nonexistent/photo.jpg"

    private func imageState(selected: [String] = ["demo"]) -> ComposerState {
        var state = Fixture.state(selected: selected, draft: StatusDraft(kind: .image, text: "Oi"))
        state.focus = .media
        return state
    }

    func testAPathIsAskedAboutAndJudgedOnlyByTheAnswer() throws {
        var state = imageState()
        let effects = ComposerReducer.reduce(&state, .event(.paste(path)))
        guard effects.count == 1, case .readMediaFacts(let reference) = effects[0] else { return XCTFail("\(effects)") }
        XCTAssertEqual(reference, .file(path: path))
        // Nothing is said of the file until its facts arrive, and nothing can be posted either.
        XCTAssertEqual(state.issues(for: .media), [])
        XCTAssertFalse(state.hasErrors)
        XCTAssertNil(state.parsedMedia)
        XCTAssertNil(state.checks.ready)
        // Asked once: the next events ask for nothing.
        XCTAssertTrue(ComposerReducer.reduce(&state, .tick).isEmpty)

        XCTAssertTrue(ComposerReducer.reduce(&state, .mediaFactsRead(reference, .missing)).isEmpty)
        XCTAssertEqual(state.issues(for: .media).map(\.message), ["media: '\(path)'; \(MediaError.noSuchFile.description)"])
        XCTAssertTrue(state.hasErrors)
    }

    func testTheAnswersFactsAreWhatTheFormShows() throws {
        var state = imageState(selected: ["shop"])
        let reference = MediaReference.file(path: path)
        _ = ComposerReducer.reduce(&state, .event(.paste(path)))
        let modified = Date(timeIntervalSince1970: 1_800_000_000)
        _ = ComposerReducer.reduce(&state, .mediaFactsRead(reference, MediaFacts(exists: true, byteCount: 2048, modified: modified)))
        XCTAssertEqual(state.parsedMedia, .file(path: path, byteCount: 2048, mimeType: "image/jpeg"))
        XCTAssertEqual(state.mediaLookup.facts?.modified, modified)
        XCTAssertFalse(state.hasErrors)
        XCTAssertTrue(state.screenText.contains("image/jpeg · "), state.screenText)
        XCTAssertTrue(state.screenText.contains(" · local file"), state.screenText)

        // A folder, an unreadable file, an empty one: each its own error, from the facts alone.
        for (facts, expected) in [
            (MediaFacts(exists: true, isDirectory: true), MediaError.isDirectory.description),
            (MediaFacts(exists: true, readable: false), MediaError.unreadable.description),
        ] {
            _ = ComposerReducer.reduce(&state, .mediaFactsRead(reference, facts))
            XCTAssertEqual(state.issues(for: .media).map(\.message), ["media: '\(path)'; \(expected)"])
        }
        _ = ComposerReducer.reduce(&state, .mediaFactsRead(reference, MediaFacts(exists: true, byteCount: 0)))
        XCTAssertEqual(state.issues(for: .media).count, 1)
        XCTAssertTrue(state.hasErrors)
    }

    func testAVideoTooLargeForTheGatewayIsToldFromTheFacts() {
        var state = Fixture.state(selected: ["shop"], draft: StatusDraft(kind: .video, media: "~/clip.mp4"))
        let asked = ComposerReducer.requests(&state)
        guard case .readMediaFacts(let reference)? = asked.first, case .file(let expanded) = reference else { return XCTFail("\(asked)") }
        XCTAssertFalse(expanded.hasPrefix("~"), "the path is expanded")
        _ = ComposerReducer.reduce(&state, .mediaFactsRead(reference, MediaFacts(exists: true, byteCount: 20_000_000)))
        XCTAssertEqual(state.issues(for: .media).count, 1)
        XCTAssertTrue(state.issues(for: .media)[0].message.contains("Z-API"), "\(state.issues(for: .media))")
    }

    /// A leading `~` is the state's home folder, which the start sets: nothing is looked up.
    func testATildeIsTheHomeFolderOfTheState() {
        var start = ComposerStart(accounts: Fixture.accounts)
        start.prefill = StatusDraft(kind: .video, media: "~/clip.mp4")
        start.homeFolder = "/home/ana"
        var state = start.state()
        let asked = ComposerReducer.requests(&state)
        guard case .readMediaFacts(let reference)? = asked.first else { return XCTFail("\(asked)") }
        XCTAssertEqual(reference, .file(path: "/home/ana/clip.mp4"))
        state.homeFolder = "/home/bia"
        _ = ComposerReducer.reduce(&state, .tick)
        XCTAssertEqual(state.mediaLookup.reference, .file(path: "/home/bia/clip.mp4"))
    }

    func testAnAnswerForAnotherReferenceIsIgnored() {
        var state = imageState()
        _ = ComposerReducer.reduce(&state, .event(.paste(path)))
        let stale = MediaReference.file(path: "/elsewhere/old.jpg")
        _ = ComposerReducer.reduce(&state, .mediaFactsRead(stale, MediaFacts(exists: true, byteCount: 10)))
        XCTAssertNil(state.parsedMedia)
        XCTAssertNil(state.mediaLookup.facts)
    }

    /// A link is asked about once too — its HEAD, off the keystroke path — and drawn once the
    /// HEAD says it is an image; a text status asks for nothing.
    func testLinksAskForTheirHEADOnceAndTextStatusesAskForNothing() {
        var state = imageState()
        let link = URL(string: "https://cdn.example.com/a.jpg")!
        let effects = ComposerReducer.reduce(&state, .event(.paste(link.absoluteString)))
        XCTAssertEqual(effects.count, 1)
        guard case .readMediaFacts(.link(link))? = effects.first else { return XCTFail("\(effects)") }
        let head = MediaFacts(exists: true, head: .answered(status: 200, contentType: "image/jpeg", byteCount: 10))
        let answered = ComposerReducer.reduce(&state, .mediaFactsRead(.link(link), head))
        guard case .drawPreview(let preview)? = answered.last else { return XCTFail("\(answered)") }
        XCTAssertEqual(preview.reference, .link(link))
        XCTAssertTrue(ComposerReducer.reduce(&state, .tick).isEmpty, "asked once")
        XCTAssertEqual(state.parsedMedia, .url(link))
        var text = Fixture.state(draft: StatusDraft(kind: .text, text: "Oi", media: path))
        XCTAssertTrue(ComposerReducer.requests(&text).isEmpty)
        XCTAssertTrue(ComposerReducer.reduce(&text, .tick).isEmpty)
    }

    /// Before a post the file is read again (it may have changed on disk); the confirmation
    /// comes only with the fresh facts, and a file gone meanwhile stops it.
    func testAPostWaitsForFreshFacts() {
        var state = imageState()
        let reference = MediaReference.file(path: path)
        _ = ComposerReducer.reduce(&state, .event(.paste(path)))
        _ = ComposerReducer.reduce(&state, .mediaFactsRead(reference, MediaFacts(exists: true, byteCount: 2048)))

        var asked = state.send(.control("s"))
        XCTAssertEqual(asked.count, 1)
        guard case .readMediaFacts(reference)? = asked.first else { return XCTFail("\(asked)") }
        XCTAssertNotEqual(state.overlay, .confirmPost)
        _ = ComposerReducer.reduce(&state, .mediaFactsRead(reference, MediaFacts(exists: true, byteCount: 4096)))
        XCTAssertEqual(state.overlay, .confirmPost)
        XCTAssertEqual(state.parsedMedia?.byteCount, 4096)
        let post = state.send(.character("y"))
        guard case .post(_, _, let items)? = post.first else { return XCTFail("\(post)") }
        XCTAssertEqual(items.first?.draft.media?.byteCount, 4096)

        asked = state.send(.control("s"))
        _ = ComposerReducer.reduce(&state, .mediaFactsRead(reference, .missing))
        XCTAssertNotEqual(state.overlay, .confirmPost)
        XCTAssertEqual(state.focus, .media)
        XCTAssertTrue(state.hasErrors)
    }
}
