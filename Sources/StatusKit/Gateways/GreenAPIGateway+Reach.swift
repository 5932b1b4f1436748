import Foundation

/// Green API's `getStateInstance` (state), `getStatusStatistic` (who saw a status). Both allow
/// one request a second per instance.
extension GreenAPIGateway {
    public func healthRequest(account: Account) -> GatewayRequest? {
        .json(.GET, methodURL(account.baseURL, account, "getStateInstance"), nil, purpose: "ask the instance's state")
    }

    public func health(from response: GatewayResponse) -> HealthReading {
        let json = response.json
        if json.isNull || response.body.isEmpty { return HealthReading(.starting, "stateInstance: null (the instance is still being created)") }
        guard let state = json["stateInstance"].string else { return HealthReading(.unknown, response.snippet) }
        let detail = "stateInstance: \(AnswerText.oneLine(state, limit: 40))"
        switch state {
        case "authorized": return HealthReading(.connected, detail)
        case "notAuthorized": return HealthReading(.notAuthorised, detail)
        case "blocked": return HealthReading(.blocked, detail)
        case "yellowCard": return HealthReading(.blocked, detail + " (sending partly suspended)")
        case "sleepMode": return HealthReading(.phoneOffline, detail)
        case "starting": return HealthReading(.starting, detail)
        default: return HealthReading(.unknown, detail)
        }
    }

    public func errorWords(from response: GatewayResponse) -> String { Self.reading.words(response) }

    public func viewsRequest(messageId: String, account: Account) -> GatewayRequest? {
        let url = methodURL(account.baseURL, account, "getStatusStatistic").withQuery([("idMessage", messageId)])
        return .json(.GET, url, nil, purpose: "ask who saw the status")
    }

    static let noDataReason = "Green API lists viewers only while the instance's outgoing-webhook setting (outgoingWebhook) is on, for posts made after it was turned on; it can take 5 minutes to apply"

    /// `[{"timestamp", "participant", "status"}]`; `participant` may come as a list. An empty
    /// list is no data, never zero views.
    public func views(from response: GatewayResponse) -> StatusViews {
        guard let items = response.json.items else { return .failed("unreadable answer: \(response.snippet)") }
        if items.isEmpty { return .noDataYet(reason: Self.noDataReason) }
        let recipients = items.compactMap { item -> RecipientView? in
            let participant = item["participant"].string ?? item["participant"].items?.first?.string
            guard let participant, let status = item["status"].string else { return nil }
            let at = item["timestamp"].int.map { Date(timeIntervalSince1970: TimeInterval($0)) }
            return RecipientView(participant: AnswerText.oneLine(participant, limit: 60), status: AnswerText.oneLine(status, limit: 20), at: at)
        }
        return .recipients(recipients)
    }
}
