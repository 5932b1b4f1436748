/// A misbehaviour the sandbox can inject into gateway requests.
public enum SandboxFault: Sendable, Equatable {
    /// Answer normally after a delay.
    case latency(milliseconds: Int)
    /// Never answer, until the client gives up or the server shuts down.
    case hang
    /// Close the TCP connection without any response.
    case dropConnection
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
}

extension SandboxFault {
    /// The name used by the control API (`POST /_sandbox/faults`).
    public var controlName: String {
        switch self {
        case .latency: return "latency"
        case .hang: return "hang"
        case .dropConnection: return "drop"
        case .tooManyRequests: return "429"
        case .serverError: return "500"
        case .disconnected: return "disconnected"
        case .nonJSONBody: return "non-json"
        case .truncatedBody: return "truncated"
        }
    }

    /// Builds a fault from its control-API name and parameters; nil for an unknown name.
    /// Missing parameters default to 1000 ms of latency and a 1-second `Retry-After`.
    public init?(controlName: String, milliseconds: Int? = nil, retryAfterSeconds: Int? = nil) {
        switch controlName.lowercased() {
        case "latency": self = .latency(milliseconds: milliseconds ?? 1000)
        case "hang": self = .hang
        case "drop", "drop-connection": self = .dropConnection
        case "429", "too-many-requests": self = .tooManyRequests(retryAfterSeconds: retryAfterSeconds ?? 1)
        case "500", "server-error": self = .serverError
        case "disconnected": self = .disconnected
        case "non-json": self = .nonJSONBody
        case "truncated": self = .truncatedBody
        default: return nil
        }
    }
}
