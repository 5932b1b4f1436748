import Foundation

/// The built-in sandbox's state call: `GET /sandbox/{instance}/state` → `{"state", "phone"}`.
extension SandboxGateway {
    public func healthRequest(account: Account) -> GatewayRequest? {
        let url = account.baseURL.appending(segments: ["sandbox", account.instance, "state"])
        return .json(.GET, url, nil, headers: [("Authorization", "Bearer " + account.token.exposedValue)], purpose: "ask the instance's state")
    }

    public func health(from response: GatewayResponse) -> HealthReading {
        guard let state = response.json["state"].string else { return HealthReading(.unknown, response.snippet) }
        let detail = "state: \(AnswerText.oneLine(state, limit: 40))"
        switch state {
        case "connected": return HealthReading(.connected, detail)
        case "phoneOffline": return HealthReading(.phoneOffline, detail)
        case "notAuthorized": return HealthReading(.notAuthorised, detail)
        case "blocked", "yellowCard": return HealthReading(.blocked, detail)
        case "starting", "creating": return HealthReading(.starting, detail)
        default: return HealthReading(.unknown, detail)
        }
    }

    public func errorWords(from response: GatewayResponse) -> String { Self.reading.words(response) }
}
