import Foundation
import StatusKit
import TerminalCells

/// Adding an account from inside the composer: A on the Accounts field opens the form, Ctrl-S
/// hands its answers to the app (`.saveAccount`), and once the account is written the composer
/// reopens on the config with it (`.reopen`), the draft kept.
enum AccountFormFlow {
    static func open(_ state: inout ComposerState) {
        state.accountForm = AccountForm()
        state.overlay = .addAccount
        state.notice = .info(UIText(state.language).accountFormOpened)
    }

    static func key(_ key: Key, in state: inout ComposerState, keyMap: KeyMap) -> [Effect] {
        guard var form = state.accountForm else {
            state.overlay = .none
            return []
        }
        defer { state.accountForm = form }
        // Nothing changes while the app writes it.
        if form.saving { return [] }
        let command = keyMap.accountForm.command(for: key)
        switch command {
        case .cancel?:
            state.overlay = .none
            form = AccountForm()
            state.notice = .info(UIText(state.language).accountFormCancelled)
            return []
        case .next?: move(&form, by: 1)
        case .previous?: move(&form, by: -1)
        case .enter?:
            if form.focus == form.fields.last { return save(&form, in: &state) }
            move(&form, by: 1)
        case .save?: return save(&form, in: &state)
        case .gatewayLeft? where form.focus == .gateway: cycle(&form, by: -1)
        case .gatewayRight? where form.focus == .gateway: cycle(&form, by: 1)
        default:
            guard let edit = keyMap.editing.command(for: key) else { return [] }
            form.edit(form.focus) { FieldEditing.edit(&$0, edit, key) }
            form.problems[form.focus] = nil
        }
        return []
    }

    static func paste(_ text: String, into state: inout ComposerState) {
        guard var form = state.accountForm, !form.saving else { return }
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        form.edit(form.focus) { $0.insert(line) }
        form.problems[form.focus] = nil
        state.accountForm = form
    }

    /// The app's answer: on success the composer reopens with the account; otherwise each
    /// problem shows under its field and the first such field takes the focus.
    static func saved(_ result: Result<String, AccountFormProblems>, in state: inout ComposerState) -> [Effect] {
        guard var form = state.accountForm else { return [] }
        form.saving = false
        let words = UIText(state.language)
        switch result {
        case .success(let name):
            state.accountForm = form
            state.notice = .info(words.accountAdded(name))
            return [.reopen(account: name)]
        case .failure(let problems):
            form.problems = problems.byField
            if let first = form.fields.first(where: { problems.byField[$0] != nil }) { form.focus = first }
            state.notice = .error(problems.other ?? words.accountNotAdded(problems.byField.count))
            state.accountForm = form
            return []
        }
    }

    private static func save(_ form: inout AccountForm, in state: inout ComposerState) -> [Effect] {
        // Adding reopens the composer, which would cut the posts still waiting for an answer.
        let sending = state.postsInFlight
        guard sending == 0 else {
            state.notice = .error(UIText(state.language).accountWaitForPosts(sending))
            return []
        }
        form.saving = true
        form.problems = [:]
        state.notice = .info(UIText(state.language).accountSaving)
        return [.saveAccount(form.entry)]
    }

    private static func move(_ form: inout AccountForm, by step: Int) {
        let fields = form.fields
        let index = fields.firstIndex(of: form.focus) ?? 0
        form.focus = fields[(index + step + fields.count) % fields.count]
    }

    private static func cycle(_ form: inout AccountForm, by step: Int) {
        let all = AccountForm.gateways
        let index = all.firstIndex(of: form.gateway) ?? 0
        form.gateway = all[(index + step + all.count) % all.count]
        form.problems = [:]
    }
}
