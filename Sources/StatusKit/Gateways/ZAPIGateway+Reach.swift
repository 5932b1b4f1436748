import Foundation

/// Z-API's instance status: `GET …/status` → `{"connected", "error", "smartphoneConnected"}`.
/// Z-API has no call that tells who saw a status.
extension ZAPIGateway {
    public func healthRequest(account: Account) -> GatewayRequest? {
        .json(.GET, methodURL(account, "status"), nil, headers: headers(account), purpose: "ask the instance's connection state")
    }

    public func health(from response: GatewayResponse) -> HealthReading {
        let json = response.json
        guard let connected = json["connected"].bool else { return HealthReading(.unknown, response.snippet) }
        let phone = json["smartphoneConnected"].bool
        let error = json["error"].string.map { AnswerText.oneLine($0) } ?? ""
        let detail = error.isEmpty ? "connected: \(connected), smartphoneConnected: \(phone.map { "\($0)" } ?? "?")" : error
        if connected { return HealthReading(phone == false ? .phoneOffline : .connected, detail) }
        return HealthReading(.notAuthorised, detail)
    }

    public func errorWords(from response: GatewayResponse) -> String { Self.reading.words(response) }
}
