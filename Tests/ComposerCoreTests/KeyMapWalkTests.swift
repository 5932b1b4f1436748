@testable import ComposerCore
import Foundation
import StatusKit
import FuzzSupport
import TerminalCells
import XCTest

/// Walks every mode of the key map with every key the terminal can send: a key that changes
/// the state or asks for an effect there must be one of that mode's help lines.
final class KeyMapWalkTests: XCTestCase {
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    let keyMap = KeyMap.standard
    static let english = UIText(.english)
    var english: UIText { Self.english }

    /// A state for each place keys go, filled so that most keys have something to act on.
    func walkedStates() -> [(String, ComposerState)] {
        var states: [(String, ComposerState)] = []
        for field in ComposerField.allCases {
            let kind = StatusKind.allCases.first { ComposerField.visible(for: $0).contains(field) } ?? .text
            var state = Fixture.state(
                selected: ["loja", "evo"],
                draft: StatusDraft(kind: kind, text: "Bom dia\nsegunda linha", media: "https://x.example/a.jpg", color: "#1E8449", audience: ["5511999990001", "5511999990002"]))
            state.focus = field
            // What the runtime asks for at the start (the media link's HEAD and image) is asked
            // before the walk, so only what a key itself does is seen.
            _ = ComposerReducer.requests(&state)
            // The scheduling fields show once When is a time and the repeat weekly.
            if field.isScheduling {
                state.when = .at
                state.repeatChoice = .weekly
            }
            if field == .audience { state.audienceInput.insert("5521") }
            state.text.moveLeft()
            states.append(("field \(field)", state))
        }
        var history = Fixture.state(selected: ["loja"])
        _ = ComposerReducer.reduce(&history, .event(.key(.control("r"))), now: now)
        _ = ComposerReducer.reduce(&history, .historyLoaded(.success(Self.statuses(now: now))), now: now)
        history.history.cursor = 1
        states.append(("History panel", history))
        var deleting = history
        _ = ComposerReducer.reduce(&deleting, .event(.key(.character("d"))), now: now)
        states.append(("delete question", deleting))
        var schedule = Fixture.state(selected: ["loja"])
        _ = ComposerReducer.reduce(&schedule, .event(.key(.control("t"))), now: now)
        _ = ComposerReducer.reduce(&schedule, .scheduleLoaded(.success(SchedulePanelTests.items(now: now))), now: now)
        schedule.schedule.selection = .item(14)
        states.append(("Schedule panel", schedule))
        var campaign = schedule
        campaign.schedule.selection = .campaign("semana")
        states.append(("Schedule panel on a campaign", campaign))
        var cancelling = schedule
        _ = ComposerReducer.reduce(&cancelling, .event(.key(.character("x"))), now: now)
        states.append(("cancel question", cancelling))
        var scheduling = Fixture.state(draft: StatusDraft(kind: .text, text: "Oi"))
        scheduling.when = .nextSlot
        let order = ScheduleFlow.order(from: scheduling)
        _ = ComposerReducer.reduce(&scheduling, .event(.key(.control("s"))), now: now)
        _ = ComposerReducer.reduce(&scheduling, .scheduleChecked(order, .success(SchedulePlan(first: now.addingTimeInterval(3600), zone: "UTC", accounts: order.accounts))), now: now)
        states.append(("schedule question", scheduling))
        var confirming = Fixture.state(draft: StatusDraft(kind: .text, text: "Oi"))
        _ = ComposerReducer.reduce(&confirming, .event(.key(.control("s"))), now: now)
        states.append(("post question", confirming))
        var notConnected = Fixture.state(selected: ["demo", "loja"], draft: StatusDraft(kind: .text, text: "Oi"))
        _ = ComposerReducer.reduce(&notConnected, .healthChecked(AccountHealth(accountName: "loja", gateway: .greenAPI, state: .phoneOffline, detail: "stateInstance: sleepMode")), now: now)
        _ = ComposerReducer.reduce(&notConnected, .event(.key(.control("s"))), now: now)
        states.append(("post question, an account not connected", notConnected))
        var help = Fixture.state(size: (60, 16))
        _ = ComposerReducer.reduce(&help, .event(.key(.function(1))), now: now)
        help.helpPage = 1
        states.append(("help", help))
        var accountForm = Fixture.state()
        accountForm.focus = .accounts
        _ = ComposerReducer.reduce(&accountForm, .event(.key(.character("A"))), now: now)
        states.append(("account form, the gateway", accountForm))
        accountForm.accountForm?.focus = .name
        accountForm.accountForm?.name.insert("loja")
        states.append(("account form, a text field", accountForm))
        return states.map { name, state in
            var state = state
            state.now = now
            state.notice = nil
            state.quitArmed = false
            return (name, state)
        }
    }

    static func statuses(now: Date) -> [PostedStatus] {
        [
            PostedStatus(id: 7, accountName: "loja", gateway: .greenAPI, draft: StatusDraft(kind: .text, text: "Promo de sábado"),
                         postedAt: now.addingTimeInterval(-2_850), state: .live(messageId: "BAE5F4886B2A")),
            PostedStatus(id: 6, accountName: "loja", gateway: .greenAPI, draft: StatusDraft(kind: .text, text: "Preço errado"),
                         postedAt: now.addingTimeInterval(-3_600), state: .live(messageId: "BAE5F4886B00"), batch: "b1"),
            PostedStatus(id: 5, accountName: "shop", gateway: .zapi, draft: StatusDraft(kind: .image, media: "https://cdn.example.com/oferta.jpg"),
                         postedAt: now.addingTimeInterval(-3 * 3600), state: .unknownOutcome),
        ]
    }

    func testEveryKeyThatActsInAModeIsInThatModesHelp() {
        let helpIDs = keyMap.modes.map(\.id)
        var walkedModes: Set<String> = []
        for (name, state) in walkedStates() {
            let active = keyMap.activeModes(in: state)
            walkedModes.formUnion(active.map(\.id))
            for mode in active {
                XCTAssertTrue(helpIDs.contains(mode.id), "\(name): the help leaves out the mode \(mode.id)")
            }
            let before = Self.snapshot(state)
            for key in DecodableKeys.all {
                var after = state
                let effects = ComposerReducer.reduce(&after, .event(.key(key)), now: now, keyMap: keyMap)
                guard !effects.isEmpty || Self.snapshot(after) != before else { continue }
                XCTAssertTrue(active.contains { $0.handles(key) },
                              "\(name): \(KeyName.of(key, english)) acts (\(effects.isEmpty ? "changes the state" : "\(effects)")) but no help line of \(active.map(\.id)) has it")
            }
        }
        XCTAssertEqual(walkedModes, Set(helpIDs), "every mode of the map is walked (a new mode needs a state above)")
    }

    /// Labels are written from the bindings; a shortened run ("Ctrl-Z/Y", "←→↑↓") still names
    /// every key.
    func testEveryLineNamesEachOfItsKeys() {
        for mode in keyMap.modes {
            for entry in mode.entries {
                for case .key(let key) in entry.keys + entry.aliases {
                    XCTAssertTrue(entry.label(english).contains(Self.shortName(key)), "\(mode.id): \(entry.label(english)) hides \(KeyName.of(key, english))")
                }
            }
        }
        XCTAssertEqual(KeyName.label([.key(.control("z")), .key(.control("y"))], english), "Ctrl-Z/Y")
        XCTAssertEqual(KeyName.label([.key(.left), .key(.right), .key(.home), .key(.control("a"))], english), "←→/Home/Ctrl-A")
        XCTAssertEqual(KeyName.label([.key(.character(" ")), .key(.enter)], UIText(.portuguese)), "Espaço/Enter")
        XCTAssertEqual(KeyName.label([.key(.alt("b")), .key(.alt("f")), .key(.control("b"))], english), "Alt-B/F/Ctrl-B")
    }

    /// A key as it shows inside a shortened run ("Ctrl-Z/Y" shows Ctrl-Y as "Y").
    static func shortName(_ key: Key) -> String {
        let name = KeyName.of(key, english)
        for prefix in ["Ctrl-", "Alt-"] where name.hasPrefix(prefix) { return String(name.dropFirst(prefix.count)) }
        return name
    }

    /// Everything in the state, to tell whether a key changed anything (cursors included; a
    /// cursor-only change was checked to show). `dump` says the same four times slower.
    static func snapshot(_ state: ComposerState) -> String {
        String(reflecting: state)
    }
}
