import Foundation

/// RyzeAPI's instance list (`connection.state`, `connection.numberJid`) and a message's
/// delivery state (`/api/chat/status/{instance}?messageId=`).
extension RyzeGateway {
    public func healthRequest(account: Account) -> GatewayRequest? {
        let url = account.baseURL.appending(segments: ["api", "instance", "list"]).withQuery([("instanceName", account.instance)])
        return .json(.GET, url, nil, headers: [("token", account.token.exposedValue)], purpose: "ask the instance's connection state")
    }

    /// The instance's row: the list's key is not documented, so a bare array, `data`,
    /// `instances` or a single object are all read.
    func instanceRow(_ response: GatewayResponse, instance: String?) -> JSONReader? {
        let json = response.json
        let rows = json.items ?? json["data"].items ?? json["instances"].items ?? json["data"]["instances"].items
            ?? [json["data"], json].filter { $0["connection"].isJSON }
        return rows.first { $0["name"].string == instance || $0["instanceName"].string == instance } ?? rows.first
    }

    public func health(from response: GatewayResponse) -> HealthReading {
        guard let row = instanceRow(response, instance: nil), let state = row["connection"]["state"].string else {
            return HealthReading(.unknown, response.snippet)
        }
        let detail = "connection.state: \(AnswerText.oneLine(state, limit: 40))"
        switch state {
        case "connected": return HealthReading(.connected, detail)
        case "connecting": return HealthReading(.starting, detail)
        case "disconnected": return HealthReading(.phoneOffline, detail)
        case "loggedout": return HealthReading(.notAuthorised, detail)
        default: return HealthReading(.unknown, detail)
        }
    }

    public func errorWords(from response: GatewayResponse) -> String { Self.reading.words(response) }

    public func ownNumberRequest(account: Account) -> GatewayRequest? { healthRequest(account: account) }

    public func ownNumber(from response: GatewayResponse) -> AudienceMember? {
        instanceRow(response, instance: nil)?["connection"]["numberJid"].string.flatMap(AudienceMember.owner(ofJID:))
    }

    public func viewsRequest(messageId: String, account: Account) -> GatewayRequest? {
        let url = account.baseURL.appending(segments: ["api", "chat", "status", account.instance]).withQuery([("messageId", messageId)])
        return .json(.GET, url, nil, headers: [("token", account.token.exposedValue)], purpose: "ask the status's delivery state")
    }

    /// One aggregate state; RyzeAPI names no viewers.
    public func views(from response: GatewayResponse) -> StatusViews {
        guard let state = response.json["status"].string else { return .failed("unreadable answer: \(response.snippet)") }
        return .delivery(state: AnswerText.oneLine(state, limit: 20), code: response.json["status_code"].int)
    }
}
