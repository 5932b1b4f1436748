import ComposerCore
import Foundation
import StatusKit
import TerminalCells

/// Accounts and helpers for driving the reducer the way the terminal does.
enum Fixture {
    static func account(_ name: String, _ gateway: GatewayKind) -> Account {
        Account(name: name, gateway: gateway, baseURL: URL(string: "http://127.0.0.1:9")!, instance: "i-\(name)", token: Secret("token-\(name)"), mediaURL: URL(string: "http://127.0.0.1:9"))
    }

    static let accounts = [account("shop", .zapi), account("loja", .greenAPI), account("evo", .evolution), account("demo", .sandbox)]

    static func state(selected: [String] = ["demo"], draft: StatusDraft = StatusDraft(), language: Language = .english, size: (Int, Int) = (100, 30)) -> ComposerState {
        ComposerState(accounts: accounts, selected: selected, draft: draft, language: language, size: size)
    }
}

extension ComposerState {
    @discardableResult
    mutating func send(_ keys: Key...) -> [Effect] {
        keys.flatMap { ComposerReducer.reduce(&self, .event(.key($0))) }
    }

    mutating func type(_ text: String) {
        for char in text { _ = ComposerReducer.reduce(&self, .event(.key(.character(char)))) }
    }

    mutating func paste(_ text: String) {
        _ = ComposerReducer.reduce(&self, .event(.paste(text)))
    }

    /// Answers what the reducer asked to find out the way the run loop does (a media file's
    /// stat, read for real), and returns the other effects.
    @discardableResult
    mutating func perform(_ effects: [Effect]) -> [Effect] {
        effects.flatMap { effect -> [Effect] in
            guard case .readMediaFacts(let reference) = effect, let facts = MediaFacts.read(reference) else { return [effect] }
            return perform(ComposerReducer.reduce(&self, .mediaFactsRead(reference, facts)))
        }
    }

    var screen: [String] { ComposerView.render(self).lines() }
    var screenText: String { screen.joined(separator: "\n") }
}
