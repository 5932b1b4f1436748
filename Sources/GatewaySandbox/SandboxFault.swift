/// A misbehaviour the sandbox can inject into gateway requests.
public enum SandboxFault: Sendable, Equatable {
    /// Answer normally after a delay.
    case latency(milliseconds: Int)
    /// Never answer, until the client gives up or the server shuts down.
    case hang
    /// Close the TCP connection without any response (the status is not published).
    case dropConnection
    /// Publish the status as usual, then close the connection instead of answering: the
    /// client cannot know it went through.
    case dropAnswer
    /// 429 with a `Retry-After` header, in that gateway's error shape.
    case tooManyRequests(retryAfterSeconds: Int)
    /// 500 in that gateway's error shape.
    case serverError
    /// The instance's phone is not connected: 503 in that gateway's wording.
    case disconnected
    /// 200 with an HTML body, as a misconfigured proxy would answer.
    case nonJSONBody
    /// Headers promise a JSON body; half of it is sent, then the connection closes.
    case truncatedBody
    /// 200 under a JSON content type, with `length` random bytes (the same for the same seed).
    case randomBytes(seed: UInt64, length: Int)
    /// 200 JSON in the rough shape of a receipt, with ids of the wrong type (numbers, arrays,
    /// null, objects), fields missing and nested junk.
    case wrongTypes(seed: UInt64)
    /// 200 with a JSON-looking body of `megabytes` MB, streamed.
    case hugeBody(megabytes: Int)
    /// Headers, then one byte every `milliseconds`, never finishing.
    case trickle(milliseconds: Int)
    /// Headers promise a body; part of it is sent, then nothing more while the connection stays open.
    case stalledBody
    /// The gateway's normal answer under a content type that is not JSON.
    case wrongContentType
    /// Any HTTP status with a random body, the request's path and headers echoed at times.
    case randomStatus(seed: UInt64)
}

extension SandboxFault {
    /// The name used by the control API (`POST /_sandbox/faults`).
    public var controlName: String {
        switch self {
        case .latency: return "latency"
        case .hang: return "hang"
        case .dropConnection: return "drop"
        case .dropAnswer: return "drop-answer"
        case .tooManyRequests: return "429"
        case .serverError: return "500"
        case .disconnected: return "disconnected"
        case .nonJSONBody: return "non-json"
        case .truncatedBody: return "truncated"
        case .randomBytes: return "random-bytes"
        case .wrongTypes: return "wrong-types"
        case .hugeBody: return "huge"
        case .trickle: return "trickle"
        case .stalledBody: return "stall"
        case .wrongContentType: return "wrong-content-type"
        case .randomStatus: return "random-status"
        }
    }

    /// Every control-API name, for help and error messages.
    public static let controlNames = [
        "latency", "hang", "drop", "drop-answer", "429", "500", "disconnected", "non-json", "truncated",
        "random-bytes", "wrong-types", "huge", "trickle", "stall", "wrong-content-type", "random-status",
    ]

    /// Builds a fault from its control-API name and parameters; nil for an unknown name.
    /// Missing parameters default to 1000 ms of latency (200 ms between trickled bytes), a
    /// 1-second `Retry-After`, seed 1, 4096 random bytes and a 40 MB huge body.
    public init?(
        controlName: String, milliseconds: Int? = nil, retryAfterSeconds: Int? = nil,
        seed: UInt64? = nil, bytes: Int? = nil, megabytes: Int? = nil
    ) {
        switch controlName.lowercased() {
        case "random-bytes": self = .randomBytes(seed: seed ?? 1, length: max(0, bytes ?? 4096))
        case "wrong-types": self = .wrongTypes(seed: seed ?? 1)
        case "huge": self = .hugeBody(megabytes: max(1, megabytes ?? 40))
        case "trickle": self = .trickle(milliseconds: max(1, milliseconds ?? 200))
        case "stall": self = .stalledBody
        case "wrong-content-type": self = .wrongContentType
        case "random-status": self = .randomStatus(seed: seed ?? 1)
        case "latency": self = .latency(milliseconds: milliseconds ?? 1000)
        case "hang": self = .hang
        case "drop", "drop-connection": self = .dropConnection
        case "drop-answer": self = .dropAnswer
        case "429", "too-many-requests": self = .tooManyRequests(retryAfterSeconds: retryAfterSeconds ?? 1)
        case "500", "server-error": self = .serverError
        case "disconnected": self = .disconnected
        case "non-json": self = .nonJSONBody
        case "truncated": self = .truncatedBody
        default: return nil
        }
    }
}
