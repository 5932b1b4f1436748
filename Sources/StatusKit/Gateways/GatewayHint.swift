/// A plain-words explanation of a gateway's documented error: what it means and what to do.
/// Each adapter's `AnswerReading` picks one from the status and the gateway's own text; the
/// English and Portuguese wordings of every hint live in this file.
public enum GatewayHint: String, Sendable, Equatable, CaseIterable {
    // Z-API
    case zapiClientTokenEnabled
    case zapiCheckInstanceAndToken
    case zapiRequestFormRejected
    case zapiThrottled
    // Green API
    case greenNotLinked
    case greenStarting
    case greenExpired
    case greenWrongToken
    case greenWrongInstance
    case greenUnknownPath
    case greenRateLimit
    case greenQuotaUsedUp
    case greenGatewayFailed
    // RyzeAPI
    case ryzeCheckToken
    case ryzeTokenNotOwner
    case ryzeNoInstance
    case ryzeRateLimit
    case ryzePhoneDisconnected
    // Evolution API
    case evolutionNoContacts
    case evolutionSessionBroken
    case evolutionWrongAPIKey
    case evolutionNoInstance
    // Sandbox
    case sandboxUnknownToken

    public func text(in language: Language) -> String {
        switch language {
        case .english: english
        case .portuguese: portuguese
        }
    }

    private var english: String {
        switch self {
        case .zapiClientTokenEnabled: "this Z-API account has its Client-Token enabled: set client_token_env (or client_token) for the account"
        case .zapiCheckInstanceAndToken: "check the account's instance and token (Z-API panel → instance)"
        case .zapiRequestFormRejected: "the request's form was rejected; please report this"
        case .zapiThrottled: "Z-API is throttling this instance"
        case .greenNotLinked: "the instance is not linked to a phone: scan the QR code in the Green API console"
        case .greenStarting: "the instance is starting; try again in a few seconds"
        case .greenExpired: "renew the instance in the Green API console"
        case .greenWrongToken: "wrong apiTokenInstance: check the account's token"
        case .greenWrongInstance: "wrong idInstance, or this account has no access to the status methods (beta: ask Green API support)"
        case .greenUnknownPath: "unknown method or path — is base_url the instance's apiUrl?"
        case .greenRateLimit: "Green API allows 5 sends per second per instance"
        case .greenQuotaUsedUp: "the plan's monthly quota is used up"
        case .greenGatewayFailed: "Green API's gateway failed; try again in a moment"
        case .ryzeCheckToken: "check the account's token (RyzeAPI's TokenInstance, sent in the token header)"
        case .ryzeTokenNotOwner: "this token does not own the instance"
        case .ryzeNoInstance: "no instance by that name: check the account's instance"
        case .ryzeRateLimit: "RyzeAPI allows 100 requests a minute per token"
        case .ryzePhoneDisconnected: "the instance's phone is not connected to WhatsApp: reconnect it in RyzeAPI"
        case .evolutionNoContacts: "the instance has no stored contacts for allContacts: list the numbers with --to"
        case .evolutionSessionBroken: "the WhatsApp session is broken: reconnect the instance"
        case .evolutionWrongAPIKey: "wrong apikey: check the account's token (global API key or the instance's token)"
        case .evolutionNoInstance: "no instance by that name on this server: check the account's instance"
        case .sandboxUnknownToken: "the sandbox did not recognise this account's token"
        }
    }

    private var portuguese: String {
        switch self {
        case .zapiClientTokenEnabled: "esta conta do Z-API está com o Client-Token ativado: defina client_token_env (ou client_token) na conta"
        case .zapiCheckInstanceAndToken: "confira a instância e o token da conta (painel do Z-API → instância)"
        case .zapiRequestFormRejected: "o formato do pedido foi recusado; por favor, relate este problema"
        case .zapiThrottled: "o Z-API está limitando o ritmo de envios desta instância"
        case .greenNotLinked: "a instância não está conectada a um celular: escaneie o QR code no console do Green API"
        case .greenStarting: "a instância está iniciando; tente de novo em alguns segundos"
        case .greenExpired: "renove a instância no console do Green API"
        case .greenWrongToken: "apiTokenInstance errado: confira o token da conta"
        case .greenWrongInstance: "idInstance errado, ou esta conta não tem acesso aos métodos de status (beta: peça ao suporte do Green API)"
        case .greenUnknownPath: "método ou caminho desconhecido — o base_url é o apiUrl da instância?"
        case .greenRateLimit: "o Green API permite 5 envios por segundo por instância"
        case .greenQuotaUsedUp: "a cota mensal do plano acabou"
        case .greenGatewayFailed: "o gateway do Green API falhou; tente de novo daqui a pouco"
        case .ryzeCheckToken: "confira o token da conta (o TokenInstance do RyzeAPI, enviado no cabeçalho token)"
        case .ryzeTokenNotOwner: "esta instância não pertence a este token"
        case .ryzeNoInstance: "não existe instância com esse nome: confira a instância da conta"
        case .ryzeRateLimit: "o RyzeAPI permite 100 requisições por minuto por token"
        case .ryzePhoneDisconnected: "o celular da instância não está conectado ao WhatsApp: reconecte-o no RyzeAPI"
        case .evolutionNoContacts: "a instância não tem contatos salvos para allContacts: informe os números com --to"
        case .evolutionSessionBroken: "a sessão do WhatsApp caiu: reconecte a instância"
        case .evolutionWrongAPIKey: "apikey errada: confira o token da conta (a chave global da API ou o token da instância)"
        case .evolutionNoInstance: "não existe instância com esse nome neste servidor: confira a instância da conta"
        case .sandboxUnknownToken: "o sandbox não reconheceu o token desta conta"
        }
    }
}
