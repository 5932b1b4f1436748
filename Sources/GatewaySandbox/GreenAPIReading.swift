import Foundation
import Hummingbird

/// Green API's reading methods, `GET /waInstance{id}/{method}/{token}`: the instance's state
/// (`getStateInstance`), settings (`getSettings`: `wid`, `outgoingWebhook`), WhatsApp settings
/// (`getWaSettings`), a status's viewers (`getStatusStatistic?idMessage=`) and what was posted
/// (`getOutgoingStatuses?minutes=`). One request a second per instance and method; the status
/// methods answer `[]` while the outgoing-webhook setting is off.
struct GreenAPIReading: Sendable {
    let state: SandboxState

    func respond(to request: Request, context: SandboxRequestContext) -> Response {
        let method = context.path("method") ?? ""
        let instance = context.path("instance") ?? ""
        let known = ["getStateInstance", "getSettings", "getWaSettings", "getStatusStatistic", "getOutgoingStatuses"]
        guard let name = known.first(where: { $0.lowercased() == method.lowercased() }) else {
            return HTTPReply.text(.notFound, "Not Found")
        }
        guard let credential = state.credential(.greenAPI, instance: instance) else { return HTTPReply.text(.forbidden, "Forbidden") }
        guard credential.token == context.path("token") else { return HTTPReply.text(.unauthorized, "Unauthorized") }
        if state.rateLimitsEnforced, !state.greenReadLimiter.admit(instance + "/" + name) {
            return HTTPReply.text(.tooManyRequests, "Too Many Requests", headers: [.retryAfter: "1"])
        }
        let condition = state.conditions.condition(.greenAPI, instance)
        let phone = state.conditions.phone(.greenAPI, instance)
        let webhook = state.conditions.outgoingWebhook(.greenAPI, instance)
        switch name {
        case "getStateInstance":
            guard let stateName = condition.greenState else { return HTTPReply.json(.ok, .null) }
            return HTTPReply.json(.ok, ["stateInstance": .string(stateName)])
        case "getSettings":
            return HTTPReply.json(.ok, [
                "wid": .string(phone + "@c.us"), "outgoingWebhook": webhook ? "yes" : "no",
                "incomingWebhook": "yes", "delaySendMessagesMilliseconds": 1000,
            ])
        case "getWaSettings":
            guard condition == .connected || condition == .phoneOffline || condition == .yellowCard else { return HTTPReply.json(.ok, [:]) }
            return HTTPReply.json(.ok, [
                "avatar": "", "phone": .string(phone), "stateInstance": .string(condition.greenState ?? ""),
                "deviceId": .string(phone + ":8@s.whatsapp.net"),
            ])
        case "getStatusStatistic":
            guard let id = request.query("idMessage"), !id.isEmpty else {
                return HTTPReply.json(.badRequest, ["message": "Validation failed. Details: \"idMessage\" is required"])
            }
            guard webhook, let views = state.published.views(id: id) else { return HTTPReply.json(.ok, []) }
            let now = Date()
            return HTTPReply.json(.ok, .array(views.recipients.map { participant in
                let status = views.status(at: now)
                return [
                    "timestamp": .number(status.since.timeIntervalSince1970.rounded(.down)),
                    "participant": .string(participant), "status": .string(status.name),
                ]
            }))
        default:
            return outgoingStatuses(request, instance: instance, webhook: webhook)
        }
    }

    private func outgoingStatuses(_ request: Request, instance: String, webhook: Bool) -> Response {
        let minutes = request.query("minutes").flatMap(Int.init) ?? 1440
        guard webhook else { return HTTPReply.json(.ok, []) }
        let now = Date()
        let listed = state.published.statuses(.greenAPI, instance, since: now.addingTimeInterval(-Double(minutes) * 60))
        return HTTPReply.json(.ok, .array(listed.reversed().map { status in
            let views = state.published.views(id: status.id).map { $0.status(at: now) }
            var entry: [String: JSONDocument] = [
                "type": "outgoing", "idMessage": .string(status.id),
                "timestamp": .number((views?.since ?? status.publishedAt).timeIntervalSince1970.rounded(.down)),
                "typeMessage": .string(status.typeMessage), "statusMessage": .string(views?.name ?? "sent"),
                "sendByApi": true, "chatId": "status@broadcast",
            ]
            let participants = JSONDocument.array(status.participants.map(JSONDocument.string))
            if status.typeMessage == "extendedTextMessage" {
                entry["textMessage"] = .string(status.text)
                var extended: [String: JSONDocument] = ["text": .string(status.text), "participants": participants]
                if let color = status.backgroundColor { extended["backgroundColor"] = .string(color) }
                if let font = status.font { extended["font"] = .string(font) }
                entry["extendedTextMessage"] = .object(extended)
            } else {
                entry["participants"] = participants
                entry["caption"] = .string(status.text)
                entry["downloadUrl"] = .string(state.baseURL + "/media/status/" + status.id)
                entry["mimeType"] = .string(status.typeMessage == "videoMessage" ? "video/mp4" : status.typeMessage == "audioMessage" ? "audio/mpeg" : "image/jpeg")
                if let color = status.backgroundColor { entry["backgroundColor"] = .string(color) }
            }
            return .object(entry)
        }))
    }
}
