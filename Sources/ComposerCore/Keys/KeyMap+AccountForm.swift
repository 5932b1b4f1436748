import TerminalCells

/// The add-account form's commands (typing goes to its text fields as in the form's).
public enum AccountFormCommand: Sendable, Equatable {
    case next, previous, enter, gatewayLeft, gatewayRight, save, cancel
}

extension KeyMap {
    static let accountFormKeys = ModeKeys<AccountFormCommand>("account-form", title: { $0.accountFormTitle }, [
        KeyEntry([KeyBinding(.next, [.tab], also: [.down]), KeyBinding(.previous, [.backTab], also: [.up])],
                 help: { $0.keyAccountFormMove }, footer: { $0.keyAccountFormMoveShort }),
        KeyEntry(.enter, [.enter], help: { $0.keyAccountFormEnter }),
        KeyEntry([KeyBinding(.gatewayLeft, [.left]), KeyBinding(.gatewayRight, [.right])], help: { $0.keyAccountFormGateway }),
        KeyEntry(.save, [.control("s")], help: { $0.keyAccountFormSave }, footer: { $0.keyAccountFormSaveShort }),
        KeyEntry(.cancel, [.escape], help: { $0.keyAccountFormCancel }, footer: { $0.keyAccountFormCancelShort }),
    ])
}
