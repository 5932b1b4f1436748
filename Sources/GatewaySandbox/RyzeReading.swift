import Foundation
import Hummingbird

/// RyzeAPI's reading routes: `GET /api/instance/list?instanceName=` (the instance's
/// `connection.state` and `numberJid`) and `GET /api/chat/status/{instance}?messageId=` (one
/// message's delivery state, 404 for an id the instance never issued).
struct RyzeReading: Sendable {
    let state: SandboxState

    /// pending 0, sent 1, delivered 2, received 3, read 4, played 5.
    static let codes = ["pending": 0, "sent": 1, "delivered": 2, "received": 3, "read": 4, "played": 5]

    func instanceList(_ request: Request, context: SandboxRequestContext) -> Response {
        guard let token = RyzeContract.token(of: request), !token.isEmpty else {
            return RyzeContract.error(.unauthorized, "Missing token in header")
        }
        guard let name = request.query("instanceName"), !name.isEmpty else {
            return RyzeContract.error(.badRequest, "instanceName is required for an instance token")
        }
        guard let credential = state.credential(.ryze, instance: name) else { return RyzeContract.error(.notFound, "Instance not found") }
        guard credential.token == token else { return RyzeContract.error(.unauthorized, "Invalid token") }
        let condition = state.conditions.condition(.ryze, name)
        let linked = condition == .connected || condition == .phoneOffline || condition == .yellowCard
        let jid: JSONDocument = linked ? .string(state.conditions.phone(.ryze, name) + "@s.whatsapp.net") : .null
        let item: JSONDocument = [
            "name": .string(name),
            "connection": ["state": .string(condition.ryzeState), "numberJid": jid],
            "profile": ["name": "Sandbox", "isBusiness": true],
        ]
        return HTTPReply.json(.ok, ["success": true, "data": [item]])
    }

    func messageStatus(_ request: Request, context: SandboxRequestContext) -> Response {
        guard let token = RyzeContract.token(of: request), !token.isEmpty else {
            return RyzeContract.error(.unauthorized, "Missing token in header")
        }
        let instance = context.path("instance") ?? ""
        guard let credential = state.credential(.ryze, instance: instance) else { return RyzeContract.error(.notFound, "Instance not found") }
        guard credential.token == token else { return RyzeContract.error(.unauthorized, "Invalid token") }
        guard let id = request.query("messageId"), state.ledger.contains(id, provider: .ryze, instance: instance) else {
            return RyzeContract.error(.notFound, "message not found")
        }
        let now = Date()
        let status: (name: String, since: Date) = state.published.views(id: id).map { $0.status(at: now) } ?? (name: "sent", since: now)
        return HTTPReply.json(.ok, [
            "success": true, "message_id": .string(id), "status": .string(status.name),
            "status_code": .number(Double(Self.codes[status.name] ?? 1)), "direction": "sent",
            "chat_jid": "status@broadcast", "timestamp": .string(ISO8601DateFormatter().string(from: status.since)),
        ])
    }
}
