import Foundation

/// Evolution API's connection state (`open`, `connecting`, `close`) and the instance's own JID
/// (`ownerJid` in `fetchInstances`). Evolution keeps no views of statuses.
extension EvolutionGateway {
    public func healthRequest(account: Account) -> GatewayRequest? {
        let url = account.baseURL.appending(segments: ["instance", "connectionState", account.instance])
        return .json(.GET, url, nil, headers: [("apikey", account.token.exposedValue)], purpose: "ask the instance's connection state")
    }

    public func health(from response: GatewayResponse) -> HealthReading {
        let json = response.json
        guard let state = json["instance"]["state"].string ?? json["state"].string else { return HealthReading(.unknown, response.snippet) }
        let detail = "state: \(AnswerText.oneLine(state, limit: 40))"
        switch state {
        case "open": return HealthReading(.connected, detail)
        case "connecting": return HealthReading(.starting, detail)
        case "close", "refused": return HealthReading(.notAuthorised, detail)
        default: return HealthReading(.unknown, detail)
        }
    }

    public func errorWords(from response: GatewayResponse) -> String { Self.reading.words(response) }

    public func ownNumberRequest(account: Account) -> GatewayRequest? {
        let url = account.baseURL.appending(segments: ["instance", "fetchInstances"]).withQuery([("instanceName", account.instance)])
        return .json(.GET, url, nil, headers: [("apikey", account.token.exposedValue)], purpose: "ask the instance's own number")
    }

    /// v2: rows with `ownerJid`; v1: `instance.owner`.
    public func ownNumber(from response: GatewayResponse) -> AudienceMember? {
        let json = response.json
        let rows = json.items ?? [json]
        for row in rows {
            if let jid = row["ownerJid"].string ?? row["instance"]["owner"].string, let own = AudienceMember.owner(ofJID: jid) { return own }
        }
        return nil
    }
}
