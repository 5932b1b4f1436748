/// Where the RyzeAPI success body carries `messageId`, `messageType` and `chat`.
///
/// RyzeAPI's docs name these fields without showing their nesting, so the sandbox can serve
/// either shape and let a client prove it reads both.
public enum RyzeMessageIdPlacement: String, Sendable, CaseIterable {
    /// `{"success":true,...,"messageId":...,"messageType":...,"chat":{...}}`
    case topLevel
    /// `{"success":true,...,"data":{"messageId":...,"messageType":...,"chat":{...}}}`
    case underData
}
