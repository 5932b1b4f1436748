/// The names of the HTTP statuses gateways answer with, for an error answer that carries no
/// text of its own.
enum HTTPStatusNames {
    static func name(_ status: Int, _ language: Language = .english) -> String {
        switch language {
        case .english: english(status)
        case .portuguese: portuguese(status)
        }
    }

    private static func english(_ status: Int) -> String {
        switch status {
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 413: "Payload Too Large"
        case 415: "Unsupported Media Type"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 501: "Not Implemented"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        default: "HTTP \(status)"
        }
    }

    private static func portuguese(_ status: Int) -> String {
        switch status {
        case 400: "Requisição inválida"
        case 401: "Não autorizado"
        case 403: "Acesso negado"
        case 404: "Não encontrado"
        case 405: "Método não permitido"
        case 413: "Conteúdo grande demais"
        case 415: "Tipo de conteúdo não aceito"
        case 429: "Requisições demais"
        case 500: "Erro interno do servidor"
        case 501: "Não implementado"
        case 502: "Erro no gateway"
        case 503: "Serviço indisponível"
        case 504: "Tempo esgotado no gateway"
        default: "HTTP \(status)"
        }
    }
}
