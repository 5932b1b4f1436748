import StatusKit

/// The add-account form's words.
extension UIText {
    public var accountFormTitle: String { pick("Add an account", "Adicionar uma conta") }
    public var accountFormOpened: String {
        pick("Fill in the account as the gateway's panel shows it; \(accountFormSaveKey) adds it, \(accountFormCancelKey) closes.",
             "Preencha a conta como o painel do gateway a mostra; \(accountFormSaveKey) a adiciona, \(accountFormCancelKey) fecha.")
    }
    public var accountFormCancelled: String { pick("No account was added.", "Nenhuma conta foi adicionada.") }
    public func accountWaitForPosts(_ count: Int) -> String {
        pick("Adding an account reopens the composer: wait for the \(count == 1 ? "post" : "\(count) posts") still sending, then add it.",
             "Adicionar uma conta reabre o compositor: espere \(count == 1 ? "a publicação" : "as \(count) publicações") em envio e adicione.")
    }
    public var accountSaving: String { pick("Adding the account…", "Adicionando a conta…") }
    public func accountAdded(_ name: String) -> String {
        pick("Added '\(name)'; reopening with it…", "'\(name)' adicionada; reabrindo com ela…")
    }
    public func accountNotAdded(_ count: Int) -> String {
        pick("No account was added: fix \(count == 1 ? "the field marked" : "the \(count) fields marked") below.",
             "Nenhuma conta foi adicionada: corrija \(count == 1 ? "o campo marcado" : "os \(count) campos marcados") abaixo.")
    }

    private var gatewayKeys: String {
        keys.accountForm.label(of: .gatewayLeft, self) + "/" + keys.accountForm.label(of: .gatewayRight, self)
    }

    func accountFormLabel(_ field: AccountForm.Field) -> String {
        switch field {
        case .gateway: pick("Gateway", "Gateway")
        case .name: pick("Name", "Nome")
        case .instance: pick("Instance", "Instância")
        case .baseURL: pick("Base URL", "URL base")
        case .token: pick("Token", "Token")
        case .clientToken: pick("Client token", "Client token")
        }
    }

    /// What goes in a field, under it while it is empty.
    func accountFormHint(_ field: AccountForm.Field, gateway: GatewayKind) -> String {
        switch field {
        case .gateway:
            pick("\(gatewayKeys) to choose", "\(gatewayKeys) para escolher")
        case .name: pick("a short name to choose it by, e.g. loja-centro", "um nome curto para escolhê-la, p. ex. loja-centro")
        case .instance: pick("the \(NewAccountEntry.instanceWord(gateway))", "\(NewAccountEntry.instanceWord(gateway))")
        case .baseURL:
            NewAccountEntry.needsBaseURL(gateway)
                ? pick("your server's address, e.g. https://evo.example.com", "o endereço do seu servidor, p. ex. https://evo.example.com")
                : pick("empty: \(gateway.displayName)'s public address", "vazio: o endereço público da \(gateway.displayName)")
        case .token: pick("not shown as you type; saved in a file only you can read", "não aparece ao digitar; guardado num arquivo que só você lê")
        case .clientToken: pick("optional: the account's security token, if it is on", "opcional: o token de segurança da conta, se ativado")
        }
    }
}
